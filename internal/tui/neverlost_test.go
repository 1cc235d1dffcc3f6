package tui

import (
	"slices"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/flow"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

// Nothing typed or confirmed is lost when another process writes the same
// date (issue 11): the conflict question, the jots of the shift.

// before is the entry as the flow opens it for editing; imported is what
// an import brings in for the same date while the flow is open.
func conflictEntries() (before, imported journal.Entry) {
	before = journal.Entry{ShiftDate: testToday, Shift: "day", Mood: 3,
		Helped: []string{"帮阿姨找回了订单"}, Cases: []journal.Case{{Title: "快递显示已签收"}}}
	imported = journal.Entry{ShiftDate: testToday, Shift: "night", Mood: 5, Contacts: ptr(80),
		Helped: []string{"帮阿姨找回了订单", "解释了退款规则"},
		Cases:  []journal.Case{{Title: "快递显示已签收"}, {Title: "发票开错了", Category: "发票"}}, Tomorrow: "先喝水"}
	return before, imported
}

// openAndEdit opens the flow on the saved entry and changes it: mood 4, a
// second helped line, a second case.
func openAndEdit(t *testing.T, ctx *app.Context) *tuitest.App {
	t.Helper()
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow, Date: testToday, Edit: true})
	a.WaitFor(ctx.T("tui.editing", testToday))
	a.Keys("tab")
	a.Type("4")
	a.Keys("pgdown")
	a.WaitFor("帮阿姨找回了订单")
	a.Keys("enter")
	a.Commit("安抚了一位着急的顾客")
	a.Keys("pgdown")
	a.WaitFor(ctx.T("tui.step.cases.hint"))
	a.Type("a")
	a.WaitFor(ctx.T("tui.f.need"))
	a.Commit("退款卡住了")
	a.Keys("esc")
	a.WaitFor("2. 退款卡住了")
	return a
}

// An import of the open date while the flow is open; ctrl+s shows what
// differs, and each answer saves what it says, with the new revision.
func TestImportWhileOpenAsksWhatToKeep(t *testing.T) {
	for _, c := range []struct {
		key            string
		mood           int
		helped, titles []string
		contacts       *int
	}{
		{"b", 4, []string{"帮阿姨找回了订单", "安抚了一位着急的顾客", "解释了退款规则"}, []string{"快递显示已签收", "退款卡住了", "发票开错了"}, ptr(80)},
		{"m", 4, []string{"帮阿姨找回了订单", "安抚了一位着急的顾客"}, []string{"快递显示已签收", "退款卡住了"}, nil},
		{"t", 5, []string{"帮阿姨找回了订单", "解释了退款规则"}, []string{"快递显示已签收", "发票开错了"}, ptr(80)},
	} {
		t.Run(c.key, func(t *testing.T) {
			ctx := newContext(t, i18n.ZH)
			before, imported := conflictEntries()
			tuitest.PutEntry(t, ctx, before)
			a := openAndEdit(t, ctx)
			tuitest.PutEntry(t, ctx, imported) // `debrief import` in another terminal
			a.Keys("ctrl+s")
			a.WaitFor(ctx.T("conflict.title.saved"), "解释了退款规则", "发票开错了", "安抚了一位着急的顾客")
			if e, _ := tuitest.Entry(t, ctx, testToday); e.Mood != 5 || e.Rev != 2 {
				t.Fatalf("the import was overwritten before choosing: %+v", e)
			}
			a.Type(c.key)
			a.WaitFor(ctx.T("tui.saved.keys"))
			a.Quit()
			e, _ := tuitest.Entry(t, ctx, testToday)
			var titles []string
			for _, cs := range e.Cases {
				titles = append(titles, cs.Title)
			}
			if e.Mood != c.mood || !slices.Equal(e.Helped, c.helped) || !slices.Equal(titles, c.titles) || e.Rev != 3 {
				t.Errorf("saved: mood %d helped %q cases %q rev %d\nwant mood %d helped %q cases %q rev 3",
					e.Mood, e.Helped, titles, e.Rev, c.mood, c.helped, c.titles)
			}
			if (e.Contacts == nil) != (c.contacts == nil) {
				t.Errorf("contacts %v, want %v", e.Contacts, c.contacts)
			}
			if _, ok := tuitest.Draft(t, ctx, testToday); ok {
				t.Error("a draft is left after saving")
			}
		})
	}
}

// esc leaves the question without choosing: nothing is saved, everything
// typed stays, and the next ctrl+s asks again.
func TestConflictBackAndAskAgain(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	before, imported := conflictEntries()
	tuitest.PutEntry(t, ctx, before)
	a := openAndEdit(t, ctx)
	tuitest.PutEntry(t, ctx, imported)
	a.Keys("ctrl+s")
	a.WaitFor(ctx.T("conflict.title.saved"))
	a.Keys("esc")
	a.WaitFor(ctx.T("conflict.pending"), "2. 退款卡住了")
	if e, _ := tuitest.Entry(t, ctx, testToday); e.Mood != 5 {
		t.Fatalf("saved without choosing: %+v", e)
	}
	a.Keys("ctrl+s")
	a.WaitFor(ctx.T("conflict.title.saved"))
	a.Type("m")
	a.WaitFor(ctx.T("tui.saved.keys"))
	a.Quit()
	if e, _ := tuitest.Entry(t, ctx, testToday); e.Mood != 4 || len(e.Cases) != 2 || e.Cases[1].Title != "退款卡住了" {
		t.Fatalf("kept mine: %+v", e)
	}
}

// The question in both languages at 80×24: title, what differs side by
// side, the answers.
func TestGoldenConflict(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			before, imported := conflictEntries()
			tuitest.PutEntry(t, ctx, before)
			m := tuitest.Settle(New(ctx, app.OpenMsg{Screen: app.ScreenFlow, Date: testToday, Edit: true}), 80, 24,
				tab, tuitest.Key("4"), pgDown, enter, text("安抚了一位着急的顾客"), pgDown,
				tuitest.Key("a"), text("退款卡住了"), esc, pgDown, paste("今天被骂了半小时。"))
			tuitest.PutEntry(t, ctx, imported)
			m, cmd := m.Update(tuitest.Key("ctrl+s"))
			m = tuitest.Run(m, cmd)
			out := tuitest.Render(m)
			tuitest.CheckBox(t, out, 80, 24)
			golden.RequireEqual(t, []byte(out))
		})
	}
}

func addJots(t *testing.T, ctx *app.Context, texts ...string) {
	t.Helper()
	tuitest.Write(t, ctx, func(tx *store.Tx) error {
		for _, s := range texts {
			if err := tx.AddJot(testToday, &journal.Jot{At: tuitest.FixedNow(), Text: s}); err != nil {
				return err
			}
		}
		return nil
	})
}

func storedJots(t *testing.T, ctx *app.Context) []string {
	t.Helper()
	var out []string
	tuitest.Read(t, ctx, func(tx *store.Tx) error {
		jots, err := tx.Jots(testToday)
		for _, j := range jots {
			out = append(out, j.Text)
		}
		return err
	})
	return out
}

// A case started from a jot and removed gives the jot back: j offers it
// again, and a save without the case keeps it with the shift.
func TestRemovedCaseGivesItsJotBack(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	addJots(t, ctx, "顾客要快递员电话", "退款卡住")
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("tab")
	a.Type("3")
	a.Keys("pgdown", "pgdown")
	a.WaitFor(ctx.N("tui.jots", 2))
	a.Type("j")
	a.WaitFor(ctx.T("tui.f.need"))
	a.Keys("esc")
	a.WaitFor("1. 顾客要快递员电话", ctx.N("tui.jots", 1))
	a.Type("x") // asked first (the app's one way for destructive keys)
	a.WaitFor(firstWords(ctx.T("tui.ask.remove_case", 1, "顾客要快递员电话")))
	a.Type("y")
	a.WaitFor(ctx.N("tui.jots", 2))
	a.WaitGone("1. 顾客要快递员电话")
	a.Type("j") // the same jot again, the oldest first
	a.WaitFor(ctx.T("tui.f.need"), "顾客要快递员电话")
	a.Keys("esc")
	a.WaitFor("1. 顾客要快递员电话")
	a.Type("x")
	a.WaitFor(firstWords(ctx.T("tui.ask.remove_case", 1, "顾客要快递员电话")))
	a.Type("y")
	a.WaitFor(ctx.N("tui.jots", 2))
	a.Keys("ctrl+s")
	a.WaitFor(ctx.T("tui.saved.keys"))
	a.Quit()
	if got := storedJots(t, ctx); !slices.Equal(got, []string{"顾客要快递员电话", "退款卡住"}) {
		t.Errorf("jots after saving without cases: %q", got)
	}
}

// Step 7 says how many jots were not used; the save removes only the used
// one, the others stay with the shift.
func TestReviewCountsUnusedJots(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			addJots(t, ctx, "顾客要快递员电话", "退款卡住", "发票开错")
			a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
			a.WaitFor(ctx.T("tui.step.shift.title"))
			a.Keys("tab")
			a.Type("3")
			a.Keys("pgdown", "pgdown")
			a.WaitFor(ctx.N("tui.jots", 3))
			a.Type("j")
			a.WaitFor(ctx.T("tui.f.need"))
			a.Keys("pgdown", "pgdown", "pgdown", "pgdown")
			a.WaitFor(ctx.T("tui.step.review.title"), ctx.N("tui.review.jots_kept", 2))
			a.Keys("enter")
			a.WaitFor(ctx.T("tui.saved.keys"))
			a.Quit()
			if got := storedJots(t, ctx); !slices.Equal(got, []string{"退款卡住", "发票开错"}) {
				t.Errorf("jots after saving: %q", got)
			}
			if e, _ := tuitest.Entry(t, ctx, testToday); len(e.Cases) != 1 || e.Cases[0].Title != "顾客要快递员电话" {
				t.Errorf("entry cases %+v", e.Cases)
			}
		})
	}
	ctx := newContext(t, i18n.ZH)
	if got := ctx.N("tui.review.jots_kept", 2); got != "2 条速记没有用到，会跟这个班次一起保留。" {
		t.Errorf("zh wording %q", got)
	}
}

// Jots taken with `debrief jot` while the flow is open show up in the
// cases step: when the step is entered, and after a draft write while on
// it.
func TestJotsTakenWhileOpenAppear(t *testing.T) {
	old := flow.IdleSave
	flow.IdleSave = 30 * time.Millisecond
	t.Cleanup(func() { flow.IdleSave = old })
	ctx := newContext(t, i18n.ZH)
	addJots(t, ctx, "A 顾客要快递员电话")
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	addJots(t, ctx, "B 退款卡住")
	a.Keys("tab")
	a.Type("3")
	a.Keys("pgdown", "pgdown")
	a.WaitFor("A 顾客要快递员电话", "B 退款卡住", ctx.N("tui.jots", 2))
	addJots(t, ctx, "C 发票开错")
	a.Type("a")
	a.WaitFor(ctx.T("tui.f.need"))
	a.Commit("一个新案例") // the idle save reads the jots again
	a.Keys("esc")
	a.WaitFor("C 发票开错", ctx.N("tui.jots", 3))
	a.Quit()
	if got := storedJots(t, ctx); len(got) != 3 {
		t.Errorf("jots %q", got)
	}
}

// A second window wrote the draft of the date: this one's idle save writes
// nothing over it and says so; ctrl+s asks; keep both merges.
func TestAnotherWindowsDraftIsNotOverwritten(t *testing.T) {
	old := flow.IdleSave
	flow.IdleSave = 30 * time.Millisecond
	t.Cleanup(func() { flow.IdleSave = old })
	ctx := newContext(t, i18n.ZH)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	// The other window saves its draft first.
	tuitest.Write(t, ctx, func(tx *store.Tx) error {
		return tx.PutDraft(&journal.Draft{Entry: journal.Entry{ShiftDate: testToday, Mood: 2, Helped: []string{"另一个窗口写的"}}, Step: 1})
	})
	a.Keys("tab")
	a.Type("4")
	a.Keys("pgdown")
	a.WaitFor(firstWords(ctx.T("conflict.draft_held")))
	a.Commit("这个窗口写的")
	if dr, _ := tuitest.Draft(t, ctx, testToday); dr.Entry.Mood != 2 || dr.Entry.Helped[0] != "另一个窗口写的" {
		t.Fatalf("the other window's draft was overwritten: %+v", dr.Entry)
	}
	a.Keys("ctrl+s")
	a.WaitFor(ctx.T("conflict.title.draft"), "另一个窗口写的", "这个窗口写的")
	a.Type("b")
	a.WaitFor(ctx.T("tui.saved.keys"))
	a.Quit()
	e, _ := tuitest.Entry(t, ctx, testToday)
	if e.Mood != 4 || !slices.Equal(e.Helped, []string{"这个窗口写的", "另一个窗口写的"}) {
		t.Errorf("kept both: mood %d helped %q", e.Mood, e.Helped)
	}
}

// Leaving while another window's draft is in the journal keeps both.
func TestLeavingMergesIntoAnotherWindowsDraft(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	tuitest.Write(t, ctx, func(tx *store.Tx) error {
		return tx.PutDraft(&journal.Draft{Entry: journal.Entry{ShiftDate: testToday, Mood: 2, Helped: []string{"theirs"}}})
	})
	a.Keys("tab")
	a.Type("4")
	a.Keys("pgdown")
	a.WaitFor(firstWords(ctx.T("conflict.draft_held")))
	a.Commit("mine")
	a.WaitFor("mine")
	a.Quit()
	dr, _ := tuitest.Draft(t, ctx, testToday)
	if dr.Entry.Mood != 4 || !slices.Equal(dr.Entry.Helped, []string{"mine", "theirs"}) {
		t.Errorf("draft after leaving: mood %d helped %q", dr.Entry.Mood, dr.Entry.Helped)
	}
}

// firstWords is the start of a status line, before the screen wraps it.
func firstWords(s string) string {
	r := []rune(s)
	return string(r[:min(len(r), 20)])
}
