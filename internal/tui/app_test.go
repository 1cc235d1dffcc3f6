package tui

import (
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
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

// probe wraps the root so a test can wait for what is on screen (the
// renderer only writes changed cells, so the raw output is no place to
// look for a phrase).
type probe struct {
	*Model
	mu   sync.Mutex
	last string
}

func (p *probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := p.Model.Update(msg)
	return p, cmd
}

func (p *probe) View() tea.View {
	v := p.Model.View()
	p.mu.Lock()
	p.last = ansi.Strip(v.Content)
	p.mu.Unlock()
	return v
}

func (p *probe) screen() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.last
}

type app struct {
	*teatest.TestModel
	p *probe
	t *testing.T
}

func startApp(t *testing.T, ctx *common.Context, open common.OpenMsg) *app {
	t.Helper()
	p := &probe{Model: New(ctx, open)}
	tm := teatest.NewTestModel(t, p, teatest.WithInitialTermSize(ctx.Width, ctx.Height),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	return &app{TestModel: tm, p: p, t: t}
}

// waitFor waits until the screen shows text.
func (a *app) waitFor(text string) {
	a.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(a.p.screen(), text) {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	a.t.Fatalf("the screen never showed %q; it shows:\n%s", text, a.p.screen())
}

// quit leaves with ctrl+c and waits for the program to end.
func (a *app) quit() {
	a.t.Helper()
	a.Send(ctrlC)
	a.WaitFinished(a.t, teatest.WithFinalTimeout(5*time.Second))
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
			tm.waitFor(ctx.T("tui.step.shift.title"))
			tm.Send(tab) // shift kind → mood
			tm.Type("4")
			tm.Send(press(tea.KeyPgDown)) // step 2: three things
			tm.waitFor(ctx.T("tui.step.helped.title"))
			tm.Type("帮阿姨找回了订单") // one key press per rune
			tm.Send(enter)
			tm.Send(tea.KeyPressMsg{Text: "你好"}) // an IME committing two runes at once
			tm.Send(enter)
			tm.Send(tea.PasteMsg{Content: "解释了退款规则\n两次"})
			tm.Send(ctrlS)
			tm.waitFor(ctx.T("tui.saved.keys"))
			tm.quit()

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

func ansiWidth(s string) int { return lipgloss.Width(s) }

func ansiStrip(s string) string { return ansi.Strip(s) }
