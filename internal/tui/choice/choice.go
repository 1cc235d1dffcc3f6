// Package choice is a one-line picker among a few labelled options (shift
// kind, channel, outcome, idea kind, yes/no): left and right or the
// option's digit choose, and an optional picker can be cleared.
package choice

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
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
	Selected lipgloss.Style
	Normal   lipgloss.Style
}

// New returns a picker with nothing chosen.
func New(opts []Option, optional bool) Model {
	return Model{
		Options: opts, Index: -1, Optional: optional,
		Selected: lipgloss.NewStyle().Bold(true).Reverse(true),
		Normal:   lipgloss.NewStyle(),
	}
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
	m.Index = -1
	for i, o := range m.Options {
		if o.Value == v && v != "" {
			m.Index = i
		}
	}
}

// Focus gives the picker the keyboard.
func (m *Model) Focus() tea.Cmd { m.focused = true; return nil }

// Blur takes it away.
func (m *Model) Blur() { m.focused = false }

// Focused reports whether the picker has the keyboard.
func (m Model) Focused() bool { return m.focused }

// Update moves the choice.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || !m.focused || len(m.Options) == 0 {
		return m, nil
	}
	switch s := k.String(); s {
	case "left", "h", "up", "k":
		if m.Index <= 0 {
			m.Index = len(m.Options) - 1
		} else {
			m.Index--
		}
	case "right", "l", "down", "j", "space":
		m.Index = (m.Index + 1) % len(m.Options)
	case "backspace", "delete", "0":
		if m.Optional {
			m.Index = -1
		}
	default:
		if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= len(m.Options) {
			m.Index = n - 1
		}
	}
	return m, nil
}

// View draws every option on one line, the chosen one marked, wrapped to
// width when it does not fit.
func (m Model) View(width int) string {
	parts := make([]string, len(m.Options))
	for i, o := range m.Options {
		label := o.Label
		if len(m.Options) > 2 && len(m.Options) <= 9 {
			label = strconv.Itoa(i+1) + " " + label
		}
		if i == m.Index {
			// Brackets as well as reverse video: the choice stays visible
			// in a monochrome terminal, a screen reader or a text capture.
			parts[i] = m.Selected.Render("[" + label + "]")
		} else {
			parts[i] = m.Normal.Render(" " + label + " ")
		}
	}
	var lines []string
	line := ""
	for _, p := range parts {
		if line != "" && width > 0 && lipgloss.Width(line)+1+lipgloss.Width(p) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += p
	}
	lines = append(lines, line)
	return strings.Join(lines, "\n")
}
