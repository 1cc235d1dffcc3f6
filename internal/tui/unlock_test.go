package tui

import (
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/seal"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

const sealedPass = "夜班口令"

// withSealedVent is a few shifts and today's, whose vent is sealed.
func withSealedVent(t *testing.T, ctx *app.Context) {
	t.Helper()
	fewShifts(t, ctx)
	tuitest.PutEntry(t, ctx, journal.Entry{ShiftDate: testToday, Shift: "night", Mood: 2, Vent: "今天被骂了三次"})
	// A low work factor: the states set this journal up many times.
	defer func(f int) { seal.WorkFactor = f }(seal.WorkFactor)
	seal.WorkFactor = 10
	if _, err := ctx.Journal.EnablePrivacy([]byte(sealedPass)); err != nil {
		t.Fatal(err)
	}
}

// The reader's passphrase prompt: while it has the keyboard the footer
// shows its keys (not the reader's, which would be typed), backspace and
// ctrl+u erase, esc gives up, and a letter that is a reader key (e, u) is
// part of the passphrase.
func TestPassphrasePromptKeys(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	withSealedVent(t, ctx)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenHistory})
	a.WaitFor(ctx.T("tui.history.count", 6, 6)) // the list is loaded
	a.Keys("enter")
	a.WaitFor(ctx.T("tui.vent.sealed_locked"))
	a.Type("u")
	prompt := a.WaitFor(ctx.T("tui.unlock.prompt"), "enter "+ctx.T("tui.key.unlock")+" • esc "+ctx.T("tui.unlock.key_cancel"))
	if strings.Contains(prompt, ctx.T("tui.key.edit")) || strings.Contains(prompt, ctx.T("tui.key.pin")) {
		t.Errorf("the footer offers the reader's keys while the prompt types them:\n%s", prompt)
	}
	a.Keys("esc")
	a.WaitGone(ctx.T("tui.unlock.prompt"))
	a.WaitFor(ctx.T("tui.key.edit"))

	a.Type("u")
	a.Type("eu")
	a.WaitFor(ctx.T("tui.unlock.prompt") + "••")
	a.Keys("backspace")
	a.WaitGone(ctx.T("tui.unlock.prompt") + "••")
	a.WaitFor(ctx.T("tui.unlock.prompt") + "•")
	a.Keys("ctrl+u")
	a.WaitGone(ctx.T("tui.unlock.prompt") + "•")
	a.Type("eu" + sealedPass)
	a.Keys("enter")
	a.WaitFor(ctx.T("tui.unlock.wrong"))
	if strings.Contains(a.Screen(), "今天被骂了三次") {
		t.Fatal("a wrong passphrase opened the vent")
	}
	// Typed as a terminal delivers a paste without brackets: the line end
	// is enter.
	a.Burst(sealedPass + "\n")
	a.WaitFor("今天被骂了三次")
	a.Quit()
}
