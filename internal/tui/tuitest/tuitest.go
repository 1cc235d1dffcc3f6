// Package tuitest is the one set of helpers for testing the app's screens
// (imported only by tests): a context on a fresh journal, the app run
// under teatest with a probe that keeps what is on screen, input the way a
// person types (keys by name, text one grapheme a key, an input method's
// commit, a paste), waiting for text, synchronous frames for goldens, and
// reading back what was kept.
package tuitest

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/app"
)

// Today is the tests' day: Wednesday 2026-11-25 (2026-W48), not logged.
var Today = journal.NewDate(2026, time.November, 25)

// FixedNow is a stable clock so drafts and goldens do not move.
func FixedNow() time.Time { return time.Date(2026, 11, 25, 18, 30, 0, 0, time.UTC) }

// NewContext is the app's context on a fresh journal in a temporary
// directory, in lang, on Today.
func NewContext(t testing.TB, lang i18n.Lang) *app.Context {
	t.Helper()
	dir := t.TempDir()
	paths := config.Paths{DataDir: dir, DB: filepath.Join(dir, "journal.db"), Backups: filepath.Join(dir, "backups")}
	cfg := config.Default()
	return &app.Context{
		P: i18n.New(lang), Paths: paths,
		Journal: &day.Journal{Path: paths.DB, Config: cfg, Options: store.Options{BackupDir: paths.Backups, Now: FixedNow}},
		Today:   Today, Now: FixedNow,
		Getenv: func(string) string { return "" },
	}
}

// timeout is how long a wait lasts: 10 s, times DEBRIEF_TEST_SLOW on a slow
// machine.
func timeout() time.Duration {
	d := 10 * time.Second
	if f, err := strconv.ParseFloat(os.Getenv("DEBRIEF_TEST_SLOW"), 64); err == nil && f > 0 {
		d = time.Duration(float64(d) * f)
	}
	return d
}

// probe wraps the app's root so a test can read what is on screen: the
// renderer writes only changed cells, so the raw output is no place to
// look for a phrase.
type probe struct {
	tea.Model
	mu    sync.Mutex
	last  string
	views int // frames that showed something new
}

func (p *probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if t, ok := msg.(thawMsg); ok {
		t.c.thaw()
		return p, nil
	}
	var cmd tea.Cmd
	p.Model, cmd = p.Model.Update(msg)
	return p, cmd
}

func (p *probe) View() tea.View {
	v := p.Model.View()
	s := ansi.Strip(v.Content)
	p.mu.Lock()
	if s != p.last {
		p.views++
	}
	p.last = s
	p.mu.Unlock()
	return v
}

// App is the app running under teatest.
type App struct {
	*teatest.TestModel
	t     *testing.T
	p     *probe
	clock *Clock
}

// Clocked is a root whose sense of time a test can set (the app tells a
// burst of keys from typing by it).
type Clocked interface {
	SetClock(func() time.Time)
}

// Clock is a test's clock: each reading is an hour after the one before
// (every key comes at a person's pace) unless it is frozen (keys come all
// at once, as an unbracketed paste does).
type Clock struct {
	mu     sync.Mutex
	now    time.Time
	frozen bool
}

// Now reads the clock.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.frozen {
		c.now = c.now.Add(time.Hour)
	}
	return c.now
}

func (c *Clock) freeze() {
	c.mu.Lock()
	c.frozen = true
	c.mu.Unlock()
}

func (c *Clock) thaw() {
	c.mu.Lock()
	c.frozen = false
	c.mu.Unlock()
}

// thawMsg lets the clock run again once every key sent before it was
// handled.
type thawMsg struct{ c *Clock }

// Start runs root in a w×h terminal with the ASCII colour profile. A root
// with a clock gets one where every key comes at a person's pace.
func Start(t *testing.T, root tea.Model, w, h int) *App {
	t.Helper()
	c := &Clock{now: time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)}
	if cl, ok := root.(Clocked); ok {
		cl.SetClock(c.Now)
	}
	p := &probe{Model: root}
	tm := teatest.NewTestModel(t, p, teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	return &App{TestModel: tm, t: t, p: p, clock: c}
}

// Screen is the text of the last frame, styles stripped.
func (a *App) Screen() string {
	a.p.mu.Lock()
	defer a.p.mu.Unlock()
	return a.p.last
}

// Views counts the frames so far that showed something new.
func (a *App) Views() int {
	a.p.mu.Lock()
	defer a.p.mu.Unlock()
	return a.p.views
}

// WaitFor waits until the screen shows every text, and returns it.
func (a *App) WaitFor(texts ...string) string {
	a.t.Helper()
	return a.WaitUntil(func(s string) bool {
		for _, text := range texts {
			if !strings.Contains(s, text) {
				return false
			}
		}
		return true
	}, texts)
}

// WaitGone waits until the screen no longer shows text.
func (a *App) WaitGone(text string) string {
	a.t.Helper()
	return a.WaitUntil(func(s string) bool { return !strings.Contains(s, text) }, "not "+text)
}

// WaitUntil waits until ok(screen); what names the wait in a failure.
func (a *App) WaitUntil(ok func(string) bool, what any) string {
	a.t.Helper()
	deadline := time.Now().Add(timeout())
	for {
		s := a.Screen()
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			a.t.Fatalf("the screen never showed %q; it shows:\n%s", what, s)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Keys presses keys by name: "tab", "shift+tab", "enter", "esc", "ctrl+s",
// "pgdown", "up", "a", "4"…
func (a *App) Keys(names ...string) {
	for _, n := range names {
		a.Send(Key(n))
	}
}

// Type types s one key press per character, as a person does.
func (a *App) Type(s string) {
	for _, r := range s {
		a.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// Commit sends s as one key press carrying all of it, as an input method
// commits a word.
func (a *App) Commit(s string) { a.Send(tea.KeyPressMsg{Text: s}) }

// Burst types s as a terminal without bracketed paste delivers a paste:
// a key press per character (enter for a new line), all at once.
func (a *App) Burst(s string) {
	a.clock.freeze()
	for _, r := range s {
		if r == '\n' {
			a.Send(Key("enter"))
			continue
		}
		a.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	a.Send(thawMsg{c: a.clock})
}

// Paste sends s as a bracketed paste.
func (a *App) Paste(s string) { a.Send(tea.PasteMsg{Content: s}) }

// Quit leaves with ctrl+c and waits for the program to end.
func (a *App) Quit() {
	a.t.Helper()
	a.Send(Key("ctrl+c"))
	a.WaitFinished(a.t, teatest.WithFinalTimeout(timeout()))
}
