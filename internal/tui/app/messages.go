package app

import (
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/journal"
)

// OpenMsg asks the root to open a registered screen. Date is the shift
// date the screen is about (0: today or none).
type OpenMsg struct {
	Screen string
	Date   journal.Date
	// Edit opens the debrief flow on a saved entry.
	Edit bool
	// Replace: the new screen takes the current one's place, which going
	// back does not return to (the welcome, once read).
	Replace bool
	// Loading is the screen's data already being read, as the command that
	// delivers it (home at start-up: read while the terminal is set up);
	// the screen's Init returns it once instead of reading again.
	Loading tea.Cmd
}

// Open returns a command sending OpenMsg.
func Open(screen string, date journal.Date, edit bool) tea.Cmd {
	return func() tea.Msg { return OpenMsg{Screen: screen, Date: date, Edit: edit} }
}

// HomeMsg asks the root to go back to the home screen (reloaded).
type HomeMsg struct{}

// GoHome returns a command sending HomeMsg.
func GoHome() tea.Msg { return HomeMsg{} }

// BackMsg asks the root to go back to the screen this one was opened from
// (History after editing an entry opened there), as it was left and
// reloaded; home when there is none.
type BackMsg struct{}

// GoBack sends BackMsg: what esc does on a screen's top level.
func GoBack() tea.Msg { return BackMsg{} }

// Screen names the root knows; other screens register their own.
const (
	ScreenHome    = "home"
	ScreenFlow    = "flow"
	ScreenHistory = "history"
)
