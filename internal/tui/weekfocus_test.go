package tui

import (
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

// The first debrief of a week shows the focus chosen in last week's review;
// later debriefs of the same week don't repeat it.
func TestFlowShowsLastWeeksFocusOnTheWeeksFirstDebrief(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			review := journal.WeeklyReview{Week: journal.WeekOf(testToday).Prev(), Focus: "按时吃饭,少加班"}
			tuitest.Write(t, ctx, func(tx *store.Tx) error { return tx.PutReview(&review, false) })
			tuitest.PutEntry(t, ctx, journal.Entry{ShiftDate: journal.WeekOf(testToday).Monday().AddDays(-3), Mood: 3, Tomorrow: "先喝水"})
			a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
			a.WaitFor(ctx.T("tui.week_focus"))
			a.WaitFor("按时吃饭,少加班")
			a.Quit()

			// A shift earlier this week was logged: no repeat.
			tuitest.PutEntry(t, ctx, journal.Entry{ShiftDate: journal.WeekOf(testToday).Monday(), Mood: 3, Tomorrow: "慢一点说话"})
			b := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
			b.WaitFor("慢一点说话")
			if strings.Contains(b.Screen(), "按时吃饭") {
				t.Errorf("week focus repeated mid-week:\n%s", b.Screen())
			}
			b.Quit()
		})
	}
}
