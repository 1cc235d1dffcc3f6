// Package common is what every screen of the app shares: the Context
// (size, styles, keys, the language, the config, where the journal is and
// what day it is), the Screen interface a screen implements to be routed by
// the root, and the messages screens use to ask the root to move.
package common

import (
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// Context is shared by pointer between the root and every screen. The root
// owns it and updates Width, Height and Styles; screens only read it.
type Context struct {
	Width, Height int // the whole window
	Styles        Styles
	Keys          GlobalKeys
	P             *i18n.Printer
	Cfg           config.Config
	Paths         config.Paths
	StoreOpt      store.Options
	Today         journal.Date
	Now           func() time.Time
	// Getenv reads the environment ($VISUAL, $EDITOR); tests replace it.
	Getenv func(string) string
	// Shortcuts are the screens reachable from home by one key, in the order
	// they were registered with the root.
	Shortcuts []Shortcut
}

// Shortcut is a screen the home screen offers under one key.
type Shortcut struct {
	Key    string // the key on home, e.g. "t"
	Screen string // the screen's registered name
	Help   string // i18n key of the short description
}

// Read opens the journal read-only for one transaction. Call it only inside
// a tea.Cmd: it does I/O.
func (c *Context) Read(fn func(*store.Tx) error) error {
	return store.Read(c.Paths.DB, c.StoreOpt, fn)
}

// Write opens the journal for one write transaction. Call it only inside a
// tea.Cmd.
func (c *Context) Write(fn func(*store.Tx) error) error {
	return store.Write(c.Paths.DB, c.StoreOpt, fn)
}

// T is a shortcut for the printer.
func (c *Context) T(key string, args ...any) string { return c.P.T(key, args...) }

// N is T for a count: key+"_one" when n is 1 and the catalog has it
// ("1 case", not "1 cases"), key otherwise.
func (c *Context) N(key string, n int) string {
	if n == 1 && i18n.Has(key+"_one") {
		return c.P.T(key+"_one", n)
	}
	return c.P.T(key, n)
}

// Clock is the current time (Now, or time.Now).
func (c *Context) Clock() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

// Screen is one screen of the app, routed by the root. Update returns the
// screen itself (not a tea.Model): only the root produces a tea.View.
// View draws the screen into exactly width×height cells (the root has
// already taken its header and footer). ShortHelp/FullHelp (help.KeyMap)
// are the screen's keys for the footer and the "?" help.
type Screen interface {
	Init() tea.Cmd
	Update(tea.Msg) (Screen, tea.Cmd)
	View(width, height int) string
	help.KeyMap
	SetSize(width, height int)
}

// Cursorer is a Screen with a focused text field: Cursor returns where the
// real terminal cursor goes, relative to the screen's top-left corner (nil:
// hidden). The root shifts it by the header. The real cursor is what puts
// an input method's candidate window where the person is typing.
type Cursorer interface {
	Cursor() *tea.Cursor
}

// Dated is a Screen about one shift date (the debrief flow): the header
// shows that date instead of today's.
type Dated interface {
	Date() journal.Date
}

// Leaver is a Screen holding typed text that must not be lost. Leave
// returns a command that saves a snapshot taken at the call (nil: nothing
// to save). The root runs it before the app ends for any reason (ctrl+c,
// SIGTERM, SIGHUP); calling it twice must be harmless.
type Leaver interface {
	Leave() tea.Cmd
}

// Capturer is a Screen that is currently capturing text (a focused field):
// the root then does not treat plain letters as global keys.
type Capturer interface {
	Capturing() bool
}

// OpenMsg asks the root to open a registered screen. Date is the shift
// date the screen is about (0: today or none).
type OpenMsg struct {
	Screen string
	Date   journal.Date
	// Edit opens the debrief flow on a saved entry.
	Edit bool
}

// Open returns a command sending OpenMsg.
func Open(screen string, date journal.Date, edit bool) tea.Cmd {
	return func() tea.Msg { return OpenMsg{Screen: screen, Date: date, Edit: edit} }
}

// HomeMsg asks the root to go back to the home screen (reloaded).
type HomeMsg struct{}

// GoHome returns a command sending HomeMsg.
func GoHome() tea.Msg { return HomeMsg{} }

// Screen names the root knows; other screens register their own.
const (
	ScreenHome    = "home"
	ScreenFlow    = "flow"
	ScreenHistory = "history"
)
