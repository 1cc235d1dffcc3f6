// Package choice is a one-line picker among a few labelled options (shift
// kind, channel, outcome, idea kind, yes/no): the arrow keys or the
// option's digit choose, and an optional picker can be cleared.
package choice

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/theme"
)

// Option is one value and the words shown for it.
type Option struct {
	Value string
	Label string
}

// Model is a picker. Index -1 means nothing chosen.
type Model struct {
	Options  []Option
	Index    int
	Optional bool // backspace/delete clears the choice
	focused  bool
	keys     keys.Choice
	on, off  lipgloss.Style
	width    int
	rev      int
}

// New returns a picker with nothing chosen.
func New(opts []Option, optional bool, k keys.Choice, st theme.Styles) Model {
	k.Clear.SetEnabled(optional)
	k.Pick.SetKeys(digits(len(opts))...)
	k.Pick.SetHelp(fmt.Sprintf("1–%d", min(len(opts), 9)), k.Pick.Help().Desc)
	return Model{Options: opts, Index: -1, Optional: optional, keys: k, on: st.ChoiceOn, off: st.ChoiceOff}
}

func digits(n int) []string {
	out := []string{}
	for i := 1; i <= min(n, 9); i++ {
		out = append(out, strconv.Itoa(i))
	}
	return out
}

// Value is the chosen value, "" when none.
func (m Model) Value() string {
	if m.Index < 0 || m.Index >= len(m.Options) {
		return ""
	}
	return m.Options[m.Index].Value
}

// SetValue chooses the option with value v (none when absent).
func (m *Model) SetValue(v string) {
	m.rev++
	m.Index = -1
	for i, o := range m.Options {
		if o.Value == v && v != "" {
			m.Index = i
		}
	}
}

// Rev counts the changes of the choice.
func (m Model) Rev() int { return m.rev }

// Focus gives the picker the keyboard.
func (m *Model) Focus() tea.Cmd { m.focused = true; return nil }

// Blur takes it away.
func (m *Model) Blur() { m.focused = false }

// Focused reports whether the picker has the keyboard.
func (m Model) Focused() bool { return m.focused }

// Keys are the picker's bindings (for the help).
func (m Model) Keys() []key.Binding {
	return []key.Binding{m.keys.Prev, m.keys.Next, m.keys.Pick, m.keys.Clear}
}

// Update moves the choice.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || !m.focused || len(m.Options) == 0 {
		return m, nil
	}
	before := m.Index
	switch {
	case key.Matches(k, m.keys.Prev):
		if m.Index <= 0 {
			m.Index = len(m.Options) - 1
		} else {
			m.Index--
		}
	case key.Matches(k, m.keys.Next):
		m.Index = (m.Index + 1) % len(m.Options)
	case key.Matches(k, m.keys.Clear):
		m.Index = -1
	case key.Matches(k, m.keys.Pick):
		n, _ := keys.Digit(k)
		m.Index = n - 1
	}
	if m.Index != before {
		m.rev++
	}
	return m, nil
}

// SetWidth is the width the options wrap at.
func (m *Model) SetWidth(w int) { m.width = w }

// Lines draws every option on one line, the chosen one marked, wrapped to
// the width when they do not fit.
func (m Model) Lines() []string {
	parts := make([]string, len(m.Options))
	for i, o := range m.Options {
		label := o.Label
		if len(m.Options) > 2 && len(m.Options) <= 9 {
			label = strconv.Itoa(i+1) + " " + label
		}
		if i == m.Index {
			// Brackets as well as reverse video: the choice stays visible
			// in a monochrome terminal, a screen reader or a text capture.
			parts[i] = m.on.Render("[" + label + "]")
		} else {
			parts[i] = m.off.Render(" " + label + " ")
		}
	}
	var lines []string
	line := ""
	for _, p := range parts {
		if line != "" && m.width > 0 && lipgloss.Width(line)+1+lipgloss.Width(p) > m.width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += p
	}
	return append(lines, line)
}

// View is Lines joined.
func (m Model) View() string { return strings.Join(m.Lines(), "\n") }

// Height is how many lines the options take at the width.
func (m Model) Height() int { return len(m.Lines()) }
