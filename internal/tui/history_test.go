package tui

import (
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

// History filters as you type (Chinese included), opens an entry to read,
// and deletes one only after a yes.
func TestHistoryFilterReadDelete(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	fewShifts(t, ctx)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenHome})
	a.WaitFor(ctx.T("tui.home.recent"))
	a.Type("h")
	a.WaitFor(ctx.T("tui.history.count", 5, 5))
	a.Type("/")
	a.Commit("收货")
	a.WaitFor(ctx.T("tui.history.count", 1, 5))
	if s := a.Screen(); strings.Contains(s, "帮阿姨找回了订单") || !strings.Contains(s, "改好了收货地址") {
		t.Fatalf("filter 收货 shows:\n%s", s)
	}
	a.Keys("enter") // leave the filter
	a.Keys("enter") // read
	a.WaitFor(ctx.T("tui.key.edit"), "●")
	a.WaitFor("快递丢件")
	a.Keys("esc")
	a.WaitFor(ctx.T("tui.history.count", 1, 5))
	a.Type("d")
	a.WaitFor(ctx.T("tui.ask.delete_entry", testToday.AddDays(-3)))
	a.Type("n")
	a.WaitFor(ctx.T("tui.history.count", 1, 5))
	if _, ok := tuitest.Entry(t, ctx, testToday.AddDays(-3)); !ok {
		t.Fatal("deleted without a yes")
	}
	a.Type("d")
	a.WaitFor(ctx.T("tui.ask.delete_entry", testToday.AddDays(-3)))
	a.Type("y")
	a.WaitFor(ctx.T("tui.history.deleted", testToday.AddDays(-3)))
	a.Quit()
	if _, ok := tuitest.Entry(t, ctx, testToday.AddDays(-3)); ok {
		t.Fatal("not deleted after yes")
	}
	if _, ok := tuitest.Entry(t, ctx, testToday.AddDays(-4+(-2))); !ok {
		t.Fatal("another entry went too")
	}
}

// e in history opens the entry in the flow, prefilled.
func TestHistoryEditOpensFlow(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	fewShifts(t, ctx)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenHistory})
	a.WaitFor(ctx.T("tui.history.count", 5, 5))
	a.Keys("down")
	a.Type("e")
	a.WaitFor(ctx.T("tui.editing", testToday.AddDays(-3)))
	a.Quit()
}

// Home: today's state, then n opens the debrief; a day off says so.
func TestHomeStates(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	fewShifts(t, ctx)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenHome})
	a.WaitFor(ctx.T("tui.home.open", testToday))
	a.WaitFor(ctx.T("tui.home.mood", 4))
	a.Type("n")
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Quit()
}
