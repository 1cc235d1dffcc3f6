package app

import tea "charm.land/bubbletea/v2"

// AskMsg asks the person before something is removed or undone, the same
// way on every screen: the root shows Question above the footer and takes
// the keys until it is answered; y sends Yes to the screen, n or esc drop
// it. ctrl+c still leaves (nothing is removed then). A screen's Update
// handles Yes exactly as it would have handled the key without a question.
type AskMsg struct {
	Question string
	Yes      tea.Msg
}

// Ask returns a command asking question; yes is what the screen receives
// when the answer is yes.
func Ask(question string, yes tea.Msg) tea.Cmd {
	return func() tea.Msg { return AskMsg{Question: question, Yes: yes} }
}
