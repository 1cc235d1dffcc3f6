package trends_test

import (
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

// ← on the Year page shows the year before (as far back as the journal
// goes), → comes back; tab still turns the page. A missed workday is a
// neutral mark, never the colour of a bad mood.
func TestYearStepsToEarlierYears(t *testing.T) {
	ctx := tuitest.NewContext(t, i18n.ZH)
	tuitest.Write(t, ctx, func(tx *store.Tx) error {
		for _, d := range []journal.Date{journal.NewDate(2025, 3, 3), journal.NewDate(2025, 3, 4), journal.NewDate(2026, 11, 24)} {
			e := journal.Entry{ShiftDate: d, Shift: "day", Mood: 4}
			if err := tx.PutEntry(&e, false); err != nil {
				return err
			}
		}
		return nil
	})
	a := startApp(t, ctx)
	a.WaitFor("t  趋势和统计")
	a.Keys("t")
	a.WaitFor("最近 3 个班次")
	a.Keys("tab")
	a.WaitFor("最近 53 周：1 个班次")
	a.Keys("left")
	s := a.WaitFor("（到 2025-11-25 为止的一年；→ 回到最近）", "最近 53 周：2 个班次")
	if !strings.Contains(s, "3月") {
		t.Errorf("the year before has no month labels:\n%s", s)
	}
	// 2024-11-25 is before the first entry: no further back.
	a.Keys("left")
	a.WaitFor("（到 2025-11-25 为止的一年")
	a.Keys("right")
	a.WaitFor("最近 53 周：1 个班次")
	a.Keys("tab")
	a.WaitFor("2025-03-03 以来")
}
