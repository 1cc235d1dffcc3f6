package tui

import (
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
	"github.com/debrief-app/debrief/internal/tui/welcome"
)

// A journal with nothing in it opens on the welcome: what debrief is for,
// where the journal is, that the vent is private, ? for the keys. enter
// starts the first debrief, and esc in it goes home, not back to the
// welcome. Once anything is written the welcome is gone.
func TestWelcomeOnAFreshJournal(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			open, err := StartScreen(ctx)
			if err != nil || open.Screen != welcome.Name {
				t.Fatalf("a fresh journal opens on %q (%v), want the welcome", open.Screen, err)
			}
			a := startApp(t, ctx, open)
			s := a.WaitFor(ctx.T("tui.welcome.title"))
			for _, want := range []string{ctx.Journal.Path, ctx.T("tui.welcome.private"), ctx.T("tui.welcome.keys"), ctx.T("tui.welcome.key_start")} {
				if !strings.Contains(unwrap(s), unwrap(want)) {
					t.Errorf("the welcome does not say %q:\n%s", want, s)
				}
			}
			a.Keys("enter")
			a.WaitFor(ctx.T("tui.step.shift.title"))
			a.Keys("esc")
			home := a.WaitFor(ctx.T("tui.home.open", testToday), ctx.T("tui.home.key_new"))
			if none := ctx.N("tui.home.count", 0); strings.Contains(home, none) {
				t.Errorf("home on a new journal counts %q:\n%s", none, home)
			}
			a.Quit()

			tuitest.Write(t, ctx, func(tx *store.Tx) error {
				return tx.AddJot(testToday, &journal.Jot{At: tuitest.FixedNow(), Text: "客户要快递员电话"})
			})
			if open, _ := StartScreen(ctx); open.Screen == welcome.Name {
				t.Fatal("the welcome again after a jot was written")
			}
		})
	}
}

// The real binary on a fresh journal path, in Chinese: the welcome, ctrl+c
// leaves quietly and writes nothing (the next start welcomes again), enter
// starts the debrief, and once a field was typed in, the next start offers
// the draft instead of the welcome.
func TestWelcomeInTmux(t *testing.T) {
	h := newPerson(t, "zh_CN.UTF-8")
	one := h.start(80, 24)
	s := one.WaitFor("欢迎使用 debrief", "只有你自己看得到", "? 查看全部按键")
	if !strings.Contains(s, "journal.db") {
		t.Errorf("the welcome does not say where the journal is:\n%s", s)
	}
	one.Keys("C-c")
	one.WaitExit()
	if out := h.debrief("list"); strings.Contains(out, "2026-11-25") {
		t.Fatalf("ctrl+c on the welcome wrote something:\n%s", out)
	}

	two := h.start(80, 24)
	two.WaitFor("欢迎使用 debrief")
	two.Keys("Enter")
	two.WaitFor("这个班次怎么样？")
	two.Keys("Tab", "4")
	h.waitDraft(journal.NewDate(2026, 11, 25), func(dr journal.Draft) bool { return dr.Entry.Mood == 4 })
	two.Keys("C-c")
	two.WaitExit()

	three := h.start(80, 24)
	s = three.WaitFor("有一份没写完的复盘")
	if strings.Contains(s, "欢迎使用") {
		t.Errorf("the welcome came twice:\n%s", s)
	}
	three.Keys("C-c")
}

// unwrap is text as one line without its wrapping: lines joined, spaces
// dropped (a wrapped English line loses the space it was broken at).
func unwrap(s string) string {
	return strings.Join(strings.Fields(s), "")
}
