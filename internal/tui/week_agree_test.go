package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
	"github.com/debrief-app/debrief/internal/tui/week"
)

// The Week screen shows the lines `debrief week` prints (day.WeekReading):
// no contacts row when none were recorded, the cases without an outcome
// counted.
func TestWeekScreenSaysWhatDebriefWeekSays(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			tuitest.PutEntry(t, ctx, journal.Entry{ShiftDate: testToday.AddDays(-1), Mood: 3,
				Cases: []journal.Case{{Title: "退款慢"}, {Title: "丢件", Outcome: "resolved"}}})
			wk, err := ctx.Journal.Week(journal.WeekOf(testToday), testToday)
			if err != nil {
				t.Fatal(err)
			}
			a := startApp(t, ctx, app.OpenMsg{Screen: week.Name})
			s := a.WaitFor(ctx.T("stats.outcome_none") + " 1")
			if strings.Contains(s, ctx.T("week.contacts")) {
				t.Fatalf("a contacts row with nothing recorded:\n%s", s)
			}
			for _, l := range day.WeekReading(wk.Summary, ctx.T("tui.week.no_review"), ctx.P).Render(0, day.Style{}) {
				if l = strings.TrimSpace(ansi.Strip(l)); !strings.Contains(s, l) {
					t.Errorf("the screen lacks %q:\n%s", l, s)
				}
			}
			a.Quit()
		})
	}
}
