package trends_test

import (
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

// The Trends screen shows averages ending in .x5 rounded half away from
// zero, as `debrief stats` does: four shifts of moods 3, 3, 3, 4 (3.25),
// contacts 10, 10, 10, 11 (10.25) and CSAT 95.5 and 95.6 (95.55) read 3.3,
// 10.3 and 95.6%, where fmt's %.1f says 3.2, 10.2 and 95.5%.
func TestTrendsRoundHalfAwayFromZero(t *testing.T) {
	for _, tt := range []struct {
		lang i18n.Lang
		want []string
	}{
		{i18n.EN, []string{"avg 3.3 · last 7 3.3", "10.3 per shift", "95.6%", "mood avg 3.3"}},
		{i18n.ZH, []string{"平均 3.3 · 近 7 次 3.3", "每班 10.3", "95.6%", "心情平均 3.3"}},
	} {
		t.Run(string(tt.lang), func(t *testing.T) {
			ctx := tuitest.NewContext(t, tt.lang)
			for i, mood := range []int{3, 3, 3, 4} {
				e := journal.Entry{ShiftDate: journal.Date(20261116 + i), Shift: "day", Mood: mood,
					Contacts: ptr(10 + mood/4)}
				if i < 2 {
					e.CSAT = ptr([]float64{95.5, 95.6}[i])
				}
				tuitest.PutEntry(t, ctx, e)
			}
			screens := render(t, ctx, 100, 30, "1") + render(t, ctx, 100, 30, "2")
			for _, w := range tt.want {
				if !strings.Contains(screens, w) {
					t.Errorf("%q is not shown:\n%s", w, screens)
				}
			}
			for _, bad := range []string{" 3.2", " 10.2", "95.5%"} {
				if strings.Contains(screens, bad) {
					t.Errorf("%q shown (rounded half to even):\n%s", bad, screens)
				}
			}
		})
	}
}
