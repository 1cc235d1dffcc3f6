// Package app is what every screen of the app shares: the Context (styles,
// keys, the language, the config, where the journal is and what day it
// is), the interfaces a screen and its parts implement to be routed and
// sized by the root, and the messages screens use to ask the root to move.
package app

import (
	"errors"

	"charm.land/bubbles/v2/key"
	"time"

	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/theme"
)

// Context is shared by pointer between the root and every screen. The root
// owns it and replaces Styles when the terminal says its background; the
// screens only read it. The window's size is not here: the root gives each
// screen its box with SetSize. The config is the journal's
// (Journal.Config): the work schedule decides streaks and the start screen.
type Context struct {
	Styles theme.Styles
	Keys   *keys.Map
	P      *i18n.Printer
	Paths  config.Paths
	// Journal is every read and write of the journal (the use cases); call
	// it only inside a tea.Cmd: it does I/O.
	Journal *day.Journal
	Today   journal.Date
	Now     func() time.Time
	// Getenv reads the environment ($VISUAL, $EDITOR); tests replace it.
	Getenv func(string) string
	// Shortcuts are the screens reachable from home by one key, in the order
	// they were registered with the root.
	Shortcuts []Shortcut
	// Unlocked is the key of a sealed journal once unlocked in this run.
	Unlocked Unlocked
}

// Shortcut is a screen the home screen offers under one key.
type Shortcut struct {
	Key    key.Binding // the key on home, e.g. t, with its description
	Screen string      // the screen's registered name
}

// T is a shortcut for the printer.
func (c *Context) T(key string, args ...any) string { return c.P.T(key, args...) }

// N is the printer's N: a message about a count ("1 case", not "1 cases").
func (c *Context) N(key string, n int, args ...any) string { return c.P.N(key, n, args...) }

// Clock is the current time (Now, or time.Now).
func (c *Context) Clock() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

// Explain turns an error from the journal into one line in the person's
// words.
func (c *Context) Explain(err error) string {
	var fe *journal.FieldError
	switch {
	case errors.Is(err, day.ErrFull):
		return c.T("err.full")
	case errors.Is(err, day.ErrLocked):
		return c.T("err.locked")
	case errors.Is(err, day.ErrNotJournal):
		return c.T("err.not_journal", c.Journal.Path)
	case errors.Is(err, day.ErrNewerSchema):
		return c.T("err.newer_schema", c.Journal.Path)
	case errors.Is(err, day.ErrDamaged):
		return c.T("err.damaged", c.Journal.Path)
	case errors.As(err, &fe):
		return c.T("rule."+string(fe.Rule), fe.Field, fe.Value, fe.Arg)
	}
	return c.T("tui.err_other", err.Error())
}
