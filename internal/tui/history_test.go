package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/tui/common"
)

// History filters as you type (Chinese included), opens an entry to read,
// and deletes one only after a yes.
func TestHistoryFilterReadDelete(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	fewShifts(t, ctx)
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenHome})
	a.waitFor(ctx.T("tui.home.recent"))
	a.Type("h")
	a.waitFor(ctx.T("tui.history.count", 5, 5))
	a.Type("/")
	typeText(a, "收货")
	a.waitFor(ctx.T("tui.history.count", 1, 5))
	if s := a.p.screen(); strings.Contains(s, "帮阿姨找回了订单") || !strings.Contains(s, "改好了收货地址") {
		t.Fatalf("filter 收货 shows:\n%s", s)
	}
	a.Send(enter) // leave the filter
	a.Send(enter) // read
	a.waitFor(ctx.T("tui.history.read_keys"))
	a.waitFor("快递丢件")
	a.Send(esc)
	a.waitFor(ctx.T("tui.history.count", 1, 5))
	a.Type("d")
	a.waitFor(ctx.T("tui.history.confirm", testToday.AddDays(-3)))
	a.Type("n")
	a.waitFor(ctx.T("tui.history.count", 1, 5))
	if _, ok := readEntry(t, ctx, testToday.AddDays(-3)); !ok {
		t.Fatal("deleted without a yes")
	}
	a.Type("d")
	a.Type("y")
	a.waitFor(ctx.T("tui.history.deleted", testToday.AddDays(-3)))
	a.quit()
	if _, ok := readEntry(t, ctx, testToday.AddDays(-3)); ok {
		t.Fatal("not deleted after yes")
	}
	if _, ok := readEntry(t, ctx, testToday.AddDays(-4+(-2))); !ok {
		t.Fatal("another entry went too")
	}
}

// e in history opens the entry in the flow, prefilled.
func TestHistoryEditOpensFlow(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	fewShifts(t, ctx)
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenHistory})
	a.waitFor(ctx.T("tui.history.count", 5, 5))
	a.Send(press(tea.KeyDown))
	a.Type("e")
	a.waitFor(ctx.T("tui.editing", testToday.AddDays(-3)))
	a.quit()
}

// Home: today's state, then n opens the debrief; a day off says so.
func TestHomeStates(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	fewShifts(t, ctx)
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenHome})
	a.waitFor(ctx.T("tui.home.open", testToday))
	a.waitFor(ctx.T("tui.home.mood", 4))
	a.Type("n")
	a.waitFor(ctx.T("tui.step.shift.title"))
	a.quit()
}
