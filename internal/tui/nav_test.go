package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

// e in History opens the entry in the debrief; esc comes back to History
// where it was (the entry still selected, or still being read).
func TestEditFromHistoryComesBackToHistory(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	fewShifts(t, ctx)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenHome})
	a.WaitFor(ctx.T("tui.home.recent"))
	a.Type("h")
	a.WaitFor("› 2026-11-23")
	a.Keys("down")
	a.WaitFor("› 2026-11-22")
	a.Type("e")
	a.WaitFor(ctx.T("tui.editing", testToday.AddDays(-3)))
	a.Keys("esc")
	s := a.WaitFor(ctx.T("tui.title.history"), "› 2026-11-22")
	if strings.Contains(s, ctx.T("tui.home.recent")) {
		t.Fatalf("esc went home:\n%s", s)
	}
	a.Keys("enter")
	a.WaitFor("改好了收货地址", ctx.T("tui.key.edit"))
	a.Type("e")
	a.WaitFor(ctx.T("tui.editing", testToday.AddDays(-3)))
	a.Keys("tab")
	a.Type("5") // the mood changes
	a.Keys("ctrl+s")
	a.WaitFor(ctx.T("tui.saved.keys"))
	a.Keys("enter")
	// Back in the reader, which shows the entry as saved now.
	a.WaitFor("改好了收货地址", "●●●●●")
	a.Keys("esc")
	a.WaitFor("› 2026-11-22")
	a.Keys("esc")
	a.WaitFor(ctx.T("tui.home.recent"))
	a.Quit()
}

// Leaving an edit with esc keeps the changes as a draft, and Home says so
// instead of "done".
func TestHomeSaysAnEditIsNotSaved(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			fewShifts(t, ctx)
			tuitest.PutEntry(t, ctx, journal.Entry{ShiftDate: testToday, Shift: "day", Mood: 3})
			a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow, Date: testToday, Edit: true})
			a.WaitFor(ctx.T("tui.editing", testToday))
			a.Keys("tab")
			a.Type("2")
			a.Keys("esc")
			s := a.WaitFor(ctx.T("tui.home.recent"))
			if !strings.Contains(strings.Join(strings.Fields(s), ""), strings.Join(strings.Fields(ctx.T("tui.home.logged_edit", testToday)), "")) ||
				strings.Contains(s, ctx.T("tui.home.logged", testToday)) {
				t.Fatalf("home does not say the edit is not saved:\n%s", s)
			}
			a.Quit()

			a = startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow, Date: testToday.AddDays(-2), Edit: true})
			a.WaitFor(ctx.T("tui.editing", testToday.AddDays(-2)))
			a.Keys("tab")
			a.Type("1")
			a.Keys("esc")
			s = a.WaitFor(ctx.T("tui.home.recent"))
			if !strings.Contains(strings.Join(strings.Fields(s), ""), strings.Join(strings.Fields(ctx.T("tui.home.edits", testToday.AddDays(-2))), "")) {
				t.Fatalf("home does not name the other date's changes:\n%s", s)
			}
			a.Quit()
		})
	}
}

// A draft written while a case was open resumes inside that case, at the
// field after the last one filled in.
func TestResumedDraftLandsInsideTheCase(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("tab")
	a.Type("3")
	a.Keys("pgdown", "pgdown")
	// The step changes' drafts are written before typing goes on: a
	// write still in flight at ctrl+c could land after the last one.
	a.WaitFor(ctx.T("tui.step.cases.hint"))
	waitDraft(t, ctx, func(d journal.Draft) bool { return d.Step == 2 })
	a.Type("a")
	a.Commit("快递丢件")
	a.Keys("tab")
	a.Commit("物流")
	a.Quit()
	dr, ok := tuitest.Draft(t, ctx, testToday)
	if !ok || dr.OpenCase != 1 || len(dr.Entry.Cases) != 1 {
		t.Fatalf("draft %+v", dr)
	}
	a = startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.resume.title"))
	a.Keys("enter")
	s := a.WaitFor("› "+ctx.T("tui.f.channel"), "快递丢件", "物流")
	if strings.Contains(s, ctx.T("tui.step.cases.hint")+"\n\n1. ") {
		t.Fatalf("resumed on the list:\n%s", s)
	}
	a.Type("1")
	a.Keys("esc")
	a.WaitFor("1. 快递丢件")
	a.Quit()
	if dr, _ := tuitest.Draft(t, ctx, testToday); len(dr.Entry.Cases) != 1 || dr.Entry.Cases[0].Channel != "phone" || dr.OpenCase != 0 {
		t.Fatalf("after resuming: %+v", dr)
	}
}

// waitDraft waits until the draft of today satisfies ok.
func waitDraft(t *testing.T, ctx *app.Context, ok func(journal.Draft) bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		if d, found := tuitest.Draft(t, ctx, testToday); found && ok(d) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the draft was never written")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
