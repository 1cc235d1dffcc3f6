package tui

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/common"
)

var testToday = journal.NewDate(2026, time.November, 25)

// fixedNow is a stable clock so drafts and golden files do not move.
func fixedNow() time.Time { return time.Date(2026, 11, 25, 18, 30, 0, 0, time.UTC) }

// newContext is the app's context on a fresh journal in a temp directory.
func newContext(t testing.TB, lang i18n.Lang) *common.Context {
	t.Helper()
	dir := t.TempDir()
	paths := config.Paths{DataDir: dir, DB: filepath.Join(dir, "journal.db"), Backups: filepath.Join(dir, "backups")}
	ctx := &common.Context{
		P: i18n.New(lang), Cfg: config.Default(), Paths: paths,
		StoreOpt: store.Options{BackupDir: paths.Backups, Now: fixedNow},
		Today:    testToday, Now: fixedNow, Width: 100, Height: 30,
		Getenv: func(string) string { return "" },
	}
	ctx.Styles.Dark = true
	return ctx
}

func startApp(t *testing.T, ctx *common.Context, open common.OpenMsg) *teatest.TestModel {
	t.Helper()
	m := New(ctx, open)
	return teatest.NewTestModel(t, m, teatest.WithInitialTermSize(ctx.Width, ctx.Height),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
}

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

func press(code rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: code} }

var (
	tab   = press(tea.KeyTab)
	enter = press(tea.KeyEnter)
	esc   = press(tea.KeyEscape)
	ctrlS = tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}
	ctrlC = tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
)

func readEntry(t *testing.T, ctx *common.Context, d journal.Date) (journal.Entry, bool) {
	t.Helper()
	var e journal.Entry
	var ok bool
	err := ctx.Read(func(tx *store.Tx) error {
		var err error
		e, ok, err = tx.Entry(d)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return e, ok
}

func readDraft(t *testing.T, ctx *common.Context, d journal.Date) (journal.Draft, bool) {
	t.Helper()
	var dr journal.Draft
	var ok bool
	err := ctx.Read(func(tx *store.Tx) error {
		var err error
		dr, ok, err = tx.Draft(d)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return dr, ok
}

func TestFlowSavesChineseTypedIMEAndPasted(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			tm := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
			waitFor(t, tm, ctx.T("tui.step.shift.title"))
			tm.Send(tab) // shift kind → mood
			tm.Type("4")
			tm.Send(press(tea.KeyPgDown)) // step 2: three things
			waitFor(t, tm, ctx.T("tui.step.helped.title"))
			tm.Type("帮阿姨找回了订单") // one key press per rune
			tm.Send(enter)
			tm.Send(tea.KeyPressMsg{Text: "你好"}) // an IME committing two runes at once
			tm.Send(enter)
			tm.Send(tea.PasteMsg{Content: "解释了退款规则\n两次"})
			tm.Send(ctrlS)
			waitFor(t, tm, ctx.T("tui.saved.keys"))
			tm.Send(ctrlC)
			tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))

			e, ok := readEntry(t, ctx, testToday)
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
			if _, ok := readDraft(t, ctx, testToday); ok {
				t.Fatal("the draft is still there after saving")
			}
		})
	}
}
