package tui

import (
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

// lineAfter is the line of screen after the first line holding label.
func lineAfter(screen, label string) string {
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		if strings.Contains(l, label) && i+1 < len(lines) {
			return lines[i+1]
		}
	}
	return ""
}

// Times are read the way people type them and shown as what they became;
// a time, a count or a CSAT that cannot be right is named on leaving the
// field, right under it, and the message goes once it is fixed.
func TestChecksOnLeavingAField(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
			a.WaitFor(ctx.T("tui.step.shift.title"))
			a.Keys("tab")
			a.Type("4")
			a.Keys("tab", "tab", "tab") // the start time
			a.Type("930")
			a.Keys("tab")
			a.Type("21.30")
			a.Keys("tab")
			s := a.WaitFor("09:30", "21:30")
			if strings.Contains(s, "930 ") || strings.Contains(s, "21.30") {
				t.Fatalf("the times are not shown as what they became:\n%s", s)
			}
			a.Type("-3")
			a.Keys("tab")
			a.Type("150")
			a.Keys("shift+tab") // leaving upward checks too
			s = a.WaitFor(ctx.T("tui.check.contacts", "-3", 100000), ctx.T("tui.check.csat", "150"))
			if l := lineAfter(s, ctx.T("tui.f.contacts")); !strings.Contains(l, ctx.T("tui.check.contacts", "-3", 100000)) {
				t.Fatalf("the message is not under the field: %q\n%s", l, s)
			}
			a.Keys("shift+tab") // the end time
			a.Keys("backspace", "backspace", "backspace", "backspace", "backspace")
			a.Type("25:99")
			a.Keys("tab")
			a.WaitFor(ctx.T("tui.check.time", "25:99"))
			// Fixing the count takes its message away as it is typed.
			a.Keys("backspace", "backspace")
			a.Type("61")
			a.WaitGone(ctx.T("tui.check.contacts", "-3", 100000))
			a.Keys("ctrl+s")
			a.WaitFor(ctx.N("tui.check.problems", 2))
			if _, ok := tuitest.Entry(t, ctx, testToday); ok {
				t.Fatal("saved with problems")
			}
			a.Quit()
		})
	}
}

// ctrl+s from a later step takes the cursor to the first field to fix (the
// mood, not the shift kind), shows every problem at once, and the messages
// go as each is fixed and never follow into the next step.
func TestCtrlSGoesToTheFirstProblem(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("tab", "tab", "tab", "tab") // the start time
	a.Type("25:99")
	a.Keys("pgdown")
	a.WaitFor(ctx.T("tui.step.helped.title"))
	a.Keys("ctrl+s")
	s := a.WaitFor(ctx.T("tui.need_mood"), ctx.T("tui.check.time", "25:99"), ctx.N("tui.check.problems", 2))
	if !strings.Contains(s, "› "+ctx.T("tui.f.mood")) {
		t.Fatalf("the cursor is not on the mood:\n%s", s)
	}
	a.Type("3")
	s = a.WaitGone(ctx.T("tui.need_mood"))
	if !strings.Contains(s, ctx.N("tui.check.problems", 2)) || !strings.Contains(s, ctx.T("tui.check.time", "25:99")) {
		t.Fatalf("the time's problem went with the mood's:\n%s", s)
	}
	a.Keys("pgdown")
	s = a.WaitFor(ctx.T("tui.step.helped.title"))
	if strings.Contains(s, ctx.N("tui.check.problems", 2)) || strings.Contains(s, ctx.T("tui.need_mood")) {
		t.Fatalf("the problems followed into step 2:\n%s", s)
	}
	a.Keys("pgup")
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("tab", "tab", "tab", "tab")
	for range 5 {
		a.Keys("backspace")
	}
	a.Type("2130")
	a.WaitGone(ctx.T("tui.check.time", "25:99"))
	a.Keys("ctrl+s")
	a.WaitFor(ctx.T("tui.saved.keys"))
	a.Quit()
	e, ok := tuitest.Entry(t, ctx, testToday)
	if !ok || e.Mood != 3 || e.StartedAt != "21:30" {
		t.Fatalf("saved %+v (ok %v)", e, ok)
	}
}
