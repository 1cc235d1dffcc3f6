package tui

import (
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/common"
)

// The first debrief of a week shows the focus chosen in last week's review;
// later debriefs of the same week don't repeat it.
func TestFlowShowsLastWeeksFocusOnTheWeeksFirstDebrief(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			review := journal.WeeklyReview{Week: journal.WeekOf(testToday).Prev(), Focus: "按时吃饭,少加班"}
			if err := ctx.Write(func(tx *store.Tx) error { return tx.PutReview(&review, false) }); err != nil {
				t.Fatal(err)
			}
			putEntry(t, ctx, journal.Entry{ShiftDate: journal.WeekOf(testToday).Monday().AddDays(-3), Mood: 3, Tomorrow: "先喝水"})
			a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
			a.waitFor(ctx.T("tui.week_focus"))
			a.waitFor("按时吃饭,少加班")
			a.quit()

			// A shift earlier this week was logged: no repeat.
			putEntry(t, ctx, journal.Entry{ShiftDate: journal.WeekOf(testToday).Monday(), Mood: 3, Tomorrow: "慢一点说话"})
			b := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
			b.waitFor("慢一点说话")
			if strings.Contains(b.p.screen(), "按时吃饭") {
				t.Errorf("week focus repeated mid-week:\n%s", b.p.screen())
			}
			b.quit()
		})
	}
}
