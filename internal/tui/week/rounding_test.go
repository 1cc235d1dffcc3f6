package week_test

import (
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

// The Week screen shows averages ending in .x5 rounded half away from
// zero, as `debrief week` does, and the difference the trend rule used:
// last week moods 3, 3, 3, 4 (3.25 → 3.3, where fmt's %.1f says 3.2) and
// CSAT 95.5, 95.6 (95.55 → 95.6%); this week mood 2, a change of −1.25.
func TestWeekRoundsHalfAwayFromZero(t *testing.T) {
	for _, tt := range []struct {
		lang           i18n.Lang
		this, lastWeek []string
	}{
		{i18n.EN, []string{"2.0 (last week 3.3, -1.25) ↓ down"}, []string{"2026-W47", "Mood        3.3", "CSAT 95.6%"}},
		{i18n.ZH, []string{"2.0（上周 3.3，变化 -1.25）↓ 下降"}, []string{"2026-W47", "心情      3.3", "满意度 95.6%"}},
	} {
		t.Run(string(tt.lang), func(t *testing.T) {
			ctx := tuitest.NewContext(t, tt.lang)
			for i, mood := range []int{3, 3, 3, 4} {
				e := journal.Entry{ShiftDate: journal.Date(20261116 + i), Shift: "day", Mood: mood, Contacts: ptr(10)}
				if i < 2 {
					e.CSAT = ptrF([]float64{95.5, 95.6}[i])
				}
				tuitest.PutEntry(t, ctx, e)
			}
			tuitest.PutEntry(t, ctx, journal.Entry{ShiftDate: 20261123, Shift: "day", Mood: 2})
			a := startApp(t, ctx, 100, 40)
			a.Keys("w")
			a.WaitFor(tt.this...)
			a.Keys("left")
			if s := a.WaitFor(tt.lastWeek...); strings.Contains(s, "3.2") || strings.Contains(s, "95.5%") {
				t.Errorf("last week rounded half to even:\n%s", s)
			}
			a.Quit()
		})
	}
}
