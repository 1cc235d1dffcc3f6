// Package scale is the 1–5 picker for mood, energy and stress: each point
// has its word (mood.1 "很糟" … mood.5 "很好") and a small face, chosen with
// the arrows or the digits 1–5.
package scale

import (
	"strconv"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/theme"
	"github.com/debrief-app/debrief/internal/tui/ui/choice"
)

// faces are plain ASCII on purpose: emoji widths differ between terminals
// and would break the line.
var faces = map[string][5]string{
	"mood":   {"T_T", ":-(", ":-|", ":-)", "^_^"},
	"energy": {"z_z", "-_-", "o_o", "O_O", "\\o/"},
	"stress": {"^_^", ":-)", ":-|", ":-S", "@_@"},
}

// New returns a picker for the scale named kind ("mood", "energy",
// "stress"), labelled in the printer's language.
func New(kind string, p *i18n.Printer, optional bool, k keys.Choice, st theme.Styles) choice.Model {
	opts := make([]choice.Option, 5)
	for i := range 5 {
		n := strconv.Itoa(i + 1)
		opts[i] = choice.Option{Value: n, Label: faces[kind][i] + " " + p.T(kind+"."+n)}
	}
	return choice.New(opts, optional, k, st)
}

// Value reads a picker's value as 1–5, 0 when nothing is chosen.
func Value(m choice.Model) int {
	n, _ := strconv.Atoi(m.Value())
	return n
}

// Set chooses n (1–5); anything else clears.
func Set(m *choice.Model, n int) {
	if n < 1 || n > 5 {
		m.Index = -1
		return
	}
	m.Index = n - 1
}
