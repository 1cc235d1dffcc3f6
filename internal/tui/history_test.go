package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
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

// In the reader no line starts with closing punctuation (。，、！？…): the
// CJK line-breaking rule of layout.Wrap, whatever the text's length.
func TestReaderNeverStartsALineWithClosingPunctuation(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	base := "客户说快递三天没动我先道歉再查物流然后联系了驿站的师傅请他当天送到顾客最后说谢谢"
	for n := 10; n < len([]rune(base)); n++ {
		text := string([]rune(base)[:n]) + "。后来又来电话，说东西收到了！"
		tuitest.PutEntry(t, ctx, journal.Entry{ShiftDate: testToday.AddDays(-n), Mood: 3, Helped: []string{text},
			Cases: []journal.Case{{Title: "丢件", Need: text, Better: text}}, Tomorrow: text})
	}
	for _, w := range []int{60, 80} {
		m := tuitest.Boot(New(ctx, app.OpenMsg{Screen: app.ScreenHistory}), w, 40)
		for range len([]rune(base)) - 10 {
			m = tuitest.Drive(m, tuitest.Key("enter"))
			for _, l := range strings.Split(ansi.Strip(tuitest.Render(m)), "\n") {
				if l = strings.TrimLeft(l, " •"); l != "" && strings.ContainsRune("，。、！？；：）」』…", []rune(l)[0]) {
					t.Fatalf("%d cells: a line starts with %q:\n%s", w, []rune(l)[0], ansi.Strip(tuitest.Render(m)))
				}
			}
			m = tuitest.Drive(m, tuitest.Key("esc"), tuitest.Key("down"))
		}
	}
}
