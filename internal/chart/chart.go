// Package chart holds the small text charts of the app and the CLI:
// horizontal bars with labels and counts, and a GitHub-style calendar of
// weeks as columns. They
// draw plain cells (one per day, one per unit of bar) measured in display
// width, so Chinese labels line up; colour is the caller's choice.
package chart

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Bar is one labelled count.
type Bar struct {
	Label string
	Value int
}

// barCell is the unit of a bar; a bar of 0 draws nothing, any positive
// count draws at least one cell so it is never mistaken for zero.
const barCell = "█"

// Bars draws one line per bar: the label padded (or cut) to labelWidth
// display cells, the bar scaled so the largest value fills barWidth, and the
// count. style colours the bar (nil: none).
func Bars(bars []Bar, labelWidth, barWidth int, style func(string) string) []string {
	peak := 0
	for _, b := range bars {
		peak = max(peak, b.Value)
	}
	lines := make([]string, 0, len(bars))
	for _, b := range bars {
		n := 0
		if peak > 0 && b.Value > 0 {
			n = max(1, (b.Value*barWidth+peak/2)/peak)
		}
		bar := strings.Repeat(barCell, n)
		if style != nil && bar != "" {
			bar = style(bar)
		}
		lines = append(lines, Pad(b.Label, labelWidth)+" "+bar+" "+strconv.Itoa(b.Value))
	}
	return lines
}

// Pad cuts s to width display cells (ending in "…" when cut) and pads it
// with spaces to exactly width.
func Pad(s string, width int) string {
	if lipgloss.Width(s) > width {
		s = ansi.Truncate(s, width, "…")
	}
	return s + strings.Repeat(" ", max(0, width-lipgloss.Width(s)))
}
