package tui

import (
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

var testToday = tuitest.Today

// newContext is the app's context on a fresh journal.
func newContext(t testing.TB, lang i18n.Lang) *app.Context { return tuitest.NewContext(t, lang) }

// startApp runs the whole app at 100×30 on the screen named in open.
func startApp(t *testing.T, ctx *app.Context, open app.OpenMsg) *tuitest.App {
	return startSized(t, ctx, open, 100, 30)
}

func startSized(t *testing.T, ctx *app.Context, open app.OpenMsg, w, h int) *tuitest.App {
	t.Helper()
	return tuitest.Start(t, New(ctx, open), w, h)
}

func TestFlowSavesChineseTypedIMEAndPasted(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			tm := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
			tm.WaitFor(ctx.T("tui.step.shift.title"))
			tm.Keys("tab") // shift kind → mood
			tm.Type("4")
			tm.Keys("pgdown") // step 2: three things
			tm.WaitFor(ctx.T("tui.step.helped.title"))
			tm.Type("帮阿姨找回了订单") // one key press per rune
			tm.Keys("enter")
			tm.Commit("你好") // an IME committing two runes at once
			tm.Keys("enter")
			tm.Paste("解释了退款规则\n两次")
			tm.Keys("ctrl+s")
			tm.WaitFor(ctx.T("tui.saved.keys"))
			tm.Quit()

			e, ok := tuitest.Entry(t, ctx, testToday)
			if !ok {
				t.Fatal("no entry saved")
			}
			want := []string{"帮阿姨找回了订单", "你好", "解释了退款规则 两次"}
			if len(e.Helped) != 3 || e.Helped[0] != want[0] || e.Helped[1] != want[1] || e.Helped[2] != want[2] {
				t.Fatalf("helped = %q, want %q", e.Helped, want)
			}
			if e.Mood != 4 || e.Shift != journal.ShiftDay {
				t.Fatalf("mood %d shift %q", e.Mood, e.Shift)
			}
			if _, ok := tuitest.Draft(t, ctx, testToday); ok {
				t.Fatal("the draft is still there after saving")
			}
		})
	}
}
