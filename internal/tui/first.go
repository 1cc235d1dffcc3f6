package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// The first screen's data is read ahead by Run (app.OpenMsg.Loading). The
// root holds its first frame back until that data is there, for at most
// holdFirst: a frame of the loading line that the next frame replaces
// would be a flash and a whole frame's work for the renderer. When the
// read takes longer, the loading line is drawn at holdFirst and the data
// when it comes.
const holdFirst = 100 * time.Millisecond

// firstLoaded is the first screen's data, read ahead, arriving within
// holdFirst: the root hands msg to the screen.
type firstLoaded struct{ msg tea.Msg }

// firstLate says holdFirst passed first; rest waits for the data.
type firstLate struct{ rest tea.Cmd }

// holdFor wraps the read ahead so the root sees it arrive or time out.
// The read itself is load's: the wrapper only waits for it.
func holdFor(load tea.Cmd) tea.Cmd {
	return func() tea.Msg {
		done := make(chan tea.Msg, 1)
		go func() { done <- load() }()
		select {
		case msg := <-done:
			return firstLoaded{msg}
		case <-time.After(holdFirst):
			return firstLate{func() tea.Msg { return <-done }}
		}
	}
}
