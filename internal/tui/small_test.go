package tui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

// column is the cell where text starts on the first line of screen that
// holds it (-1: nowhere).
func column(screen, text string) int {
	for _, l := range strings.Split(screen, "\n") {
		if i := strings.Index(l, text); i >= 0 {
			return layout.Width(l[:i])
		}
	}
	return -1
}

// enter on the idea's kind adds the idea (and the keyboard goes back to
// the text for the next one); one › shows where the keyboard is.
func TestEnterOnIdeaKindAddsIt(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("pgdown", "pgdown", "pgdown", "pgdown")
	a.WaitFor(ctx.T("tui.step.ideas.title"))
	a.Commit("夜班交接单")
	a.Keys("tab")
	a.Type("2")
	a.Keys("enter")
	s := a.WaitFor("[" + ctx.T("kind.process") + "] 夜班交接单")
	if n := strings.Count(s, "›"); n != 1+6 { // the step line's six, and one
		t.Fatalf("%d markers:\n%s", n-6, s)
	}
	if !strings.Contains(s, "› "+ctx.T("tui.f.idea")) {
		t.Fatalf("the keyboard is not back in the text:\n%s", s)
	}
	a.Quit()
}

// ↓ in a case's category offers the categories typed earlier in this
// debrief first; the hint lines up with the values; a label too long for
// its column never runs into its value.
func TestCategorySuggestionsAndAlignment(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	fewShifts(t, ctx) // saved cases are in 物流
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("pgdown", "pgdown")
	a.WaitFor(ctx.T("tui.step.cases.hint"))
	a.Type("a")
	a.Commit("退款慢")
	a.Keys("tab")
	a.Commit("退款")
	a.Keys("esc")
	a.WaitFor("1. 退款慢")
	a.Type("a")
	a.Commit("又一个")
	a.Keys("tab")
	s := a.WaitFor(ctx.T("tui.used_before", "退款 · 物流"))
	if hint, value := column(s, ctx.T("tui.used_before", "退款 · 物流")), column(s, ctx.T("tui.ph.category")); hint != value {
		t.Fatalf("the hint starts at %d, the value at %d:\n%s", hint, value, s)
	}
	a.Keys("down")
	a.WaitFor("Category           退款")
	for range 6 {
		a.Keys("tab")
	}
	s = a.WaitFor("[" + ctx.T("tui.no") + "]")
	if praise, outcome := column(s, "["+ctx.T("tui.no")+"]"), column(s, "1 "+ctx.T("outcome.resolved")); praise+1 != outcome {
		t.Fatalf("the praise choice starts at %d, the outcome's options at %d:\n%s", praise, outcome, s)
	}
	a.Quit()
}

// A pasted line starting with two spaces keeps its indent in the vent, on
// the field's first row (no blank line before it), and is saved as pasted.
func TestPastedIndentIsKept(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("tab")
	a.Type("3")
	a.Keys("pgdown", "pgdown", "pgdown")
	a.WaitFor(ctx.T("tui.step.vent.hint"))
	pasted := "  两个空格开头的一行\n第二行"
	a.Paste(pasted)
	s := a.WaitFor("两个空格开头的一行", "第二行")
	lines := strings.Split(s, "\n")
	found := false
	for i, l := range lines {
		if strings.Contains(l, "› "+ctx.T("tui.f.vent")) {
			found = true
			first := column(s, "两个空格开头的一行")
			second := column(s, "第二行")
			if i+1 >= len(lines) || !strings.Contains(lines[i+1], "两个空格开头的一行") || first != second+2 {
				t.Fatalf("the indent is lost (columns %d and %d) or a line comes first:\n%s", first, second, s)
			}
		}
	}
	if !found {
		t.Fatalf("no vent label on screen:\n%s", s)
	}
	a.Keys("ctrl+s")
	a.WaitFor(ctx.T("tui.saved.keys"))
	a.Quit()
	if e, ok := tuitest.Entry(t, ctx, testToday); !ok || e.Vent != pasted {
		t.Fatalf("the vent saved is %q", e.Vent)
	}
}

// At 60×20 with the cursor on "did it happen?", the line it answers —
// what the last shift wanted — is still on screen above it, in zh and en.
func TestLastShiftsPlanStaysAboveItsQuestion(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			fewShifts(t, ctx)
			m := drive(t, ctx, state{open: flowOpen, keys: k("shift+tab", "tab", "tab", "tab", "tab", "tab", "tab", "tab", "tab")}, 60, 20)
			s := ansi.Strip(tuitest.Render(m))
			plan := ctx.T("tui.last_tomorrow") + "先共情,再解决问题"
			if !strings.Contains(s, "› "+ctx.T("tui.f.focus_done")) || !strings.Contains(strings.ReplaceAll(s, " ", ""), strings.ReplaceAll(plan, " ", "")) {
				t.Fatalf("the cursor on %q without %q above it:\n%s", ctx.T("tui.f.focus_done"), plan, s)
			}
		})
	}
}

// The Chinese help names the arrow keys in Chinese and says "back" one
// way: ↓ is 下移, every esc is 返回.
func TestChineseHelpWords(t *testing.T) {
	for _, s := range []state{
		{name: "history", open: app.OpenMsg{Screen: app.ScreenHistory}, setup: fewShifts, keys: k("?")},
		{name: "flow", open: flowOpen, setup: fewShifts, keys: k("pgdown", "?")},
		{name: "resume", open: flowOpen, setup: withDraft},
		{name: "resume help", open: flowOpen, setup: withDraft, keys: k("?")},
	} {
		ctx := newContext(t, i18n.ZH)
		s.setup(t, ctx)
		m := drive(t, ctx, s, 80, 24)
		if s.name == "resume" && !strings.Contains(tuitest.Render(m), ctx.T("tui.key.restart")) {
			t.Fatalf("not the resume question:\n%s", tuitest.Render(m))
		}
		screen := ansi.Strip(tuitest.Render(m))
		if s.name == "history" && (!regexp.MustCompile(`↓ +下移`).MatchString(screen) || regexp.MustCompile(`(^|\s)down(\s|$)`).MatchString(screen)) {
			t.Errorf("%s: the help does not say ↓ 下移:\n%s", s.name, screen)
		}
		for _, l := range strings.Split(screen, "\n") {
			for _, m := range regexp.MustCompile(`esc +([^ ，。]+)`).FindAllStringSubmatch(l, -1) {
				if m[1] != "返回" && m[1] != "取消" {
					t.Errorf("%s: esc is %q, not 返回, here: %q", s.name, m[1], l)
				}
			}
		}
	}
}
