package tui

import (
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/trends"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

// heavyShifts are five hard shifts before today: stress 5 and mood 2 on
// each, which turns the wellbeing signal on (high stress).
func heavyShifts(t *testing.T, ctx *app.Context) {
	t.Helper()
	tuitest.Write(t, ctx, func(tx *store.Tx) error {
		for i := 1; i <= 5; i++ {
			e := journal.Entry{ShiftDate: testToday.AddDays(-i), Shift: "day", Mood: 2, Stress: 5, Helped: []string{"耐心解释运费规则"}}
			if err := tx.PutEntry(&e, false); err != nil {
				return err
			}
		}
		return nil
	})
}

// With the wellbeing signal on, Home and the saved screen show it in the
// words of the Trends Care page (why, where the ways to look after oneself
// are, how to turn it off); with it off in the config they show nothing.
func TestCareIsVisible(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			heavyShifts(t, ctx)
			words := []string{ctx.T("wellbeing.title"), ctx.T("wellbeing.high_stress"), ctx.T("tui.care.more"), ctx.T("wellbeing.note")}
			has := func(where, screen string) {
				t.Helper()
				for _, w := range words {
					if !strings.Contains(unwrap(screen), unwrap(w)) {
						t.Errorf("%s does not say %q:\n%s", where, w, screen)
					}
				}
			}
			a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenHome})
			has("home", a.WaitFor(ctx.T("tui.home.count", 5)))
			a.Type("n")
			a.WaitFor(ctx.T("tui.step.shift.title"))
			a.Keys("tab")
			a.Type("2")
			a.Keys("ctrl+s")
			has("the saved screen", a.WaitFor(ctx.T("tui.saved.keys")))
			a.Keys("enter")
			a.WaitFor(ctx.T("tui.home.count", 6))
			a.Quit()
			// The Trends Care page says the same words, and what helps.
			c := startApp(t, ctx, app.OpenMsg{Screen: trends.Name})
			c.WaitFor(ctx.T("trends.signal"))
			c.Type("4")
			s := c.WaitFor(ctx.T("trends.care_intro"), ctx.T("wellbeing.high_stress"))
			if !strings.Contains(unwrap(s), unwrap(ctx.T("wellbeing.note"))) || !strings.Contains(s, ctx.T("wellbeing.title")) {
				t.Errorf("the Care page lacks the words:\n%s", s)
			}
			c.Quit()

			off := false
			ctx.Journal.Config.Wellbeing.Signals = &off
			b := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenHome})
			s = b.WaitFor(ctx.T("tui.home.count", 6))
			if strings.Contains(s, ctx.T("wellbeing.title")) {
				t.Errorf("the signal shows while it is off:\n%s", s)
			}
			b.Quit()
		})
	}
}
