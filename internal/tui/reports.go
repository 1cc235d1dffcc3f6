package tui

import tea "charm.land/bubbletea/v2"

// unseen reports whether msg is one of the terminal's answers that
// nothing the app draws depends on: Bubble Tea reads them itself (modes,
// keyboard enhancements, the environment, the colour profile it
// downsamples to, capabilities, the terminal's name), and a background
// that says what the styles in use were built for (dark or light). The
// root takes them without a screen seeing them and without drawing a
// frame: at start-up four of them come right after the first frame, and
// each frame of home is a whole layout. A screen that needs one of them
// must be given it here first.
func unseen(msg tea.Msg, dark bool) bool {
	switch msg := msg.(type) {
	case tea.ModeReportMsg, tea.KeyboardEnhancementsMsg, tea.EnvMsg, tea.ColorProfileMsg,
		tea.CapabilityMsg, tea.TerminalVersionMsg:
		return true
	case tea.BackgroundColorMsg:
		return msg.IsDark() == dark
	}
	return false
}
