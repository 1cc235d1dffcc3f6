package app

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/theme"
)

// Component is a drawn part of a screen (a step of the debrief, a list, a
// reader). Its parent gives it a box with SetSize and draws it with View,
// which changes nothing: scrolling and selection are kept in view by
// Update and SetSize. ShortHelp/FullHelp (help.KeyMap) are the keys it
// answers to in its current state.
type Component interface {
	SetSize(width, height int)
	View() layout.Frame
	help.KeyMap
}

// Screen is one screen of the app, routed by the root. Update returns the
// screen itself (not a tea.Model): only the root produces a tea.View.
// View draws exactly the box SetSize gave (the root has taken its header
// and footer), with the real cursor when a field has the keyboard.
type Screen interface {
	Component
	Init() tea.Cmd
	Update(tea.Msg) (Screen, tea.Cmd)
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

// Restyler is a Screen whose text fields copied the styles: the root calls
// Restyle when the terminal's background changes them.
type Restyler interface {
	Restyle(theme.Styles)
}

// Failure is a message reporting the outcome of a write: the runner
// reports a failed draft written after the program ended.
type Failure interface {
	Err() error
}
