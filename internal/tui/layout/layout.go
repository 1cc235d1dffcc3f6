// Package layout is the app's one set of text-measuring tools: width,
// truncation, padding, fitting a block into a box, wrapping (Chinese-aware)
// and stacking drawn blocks with their cursor. Everything is measured in
// terminal cells the way lipgloss and x/ansi measure them (a Chinese
// character is two cells), and every function leaves ANSI styling intact.
package layout

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Ellipsis marks text cut at the right edge.
const Ellipsis = "…"

// Width is how many cells s takes on screen (escape sequences take none).
func Width(s string) int { return ansi.StringWidth(s) }

// Truncate cuts s to at most w cells, ending with an ellipsis when it was
// cut. When the cut falls inside a wide character the line is padded, so a
// cut line is always exactly w cells.
func Truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if Width(s) <= w {
		return s
	}
	t := ansi.Truncate(s, w, Ellipsis)
	if d := w - Width(t); d > 0 {
		t += strings.Repeat(" ", d)
	}
	return t
}

// Pad adds spaces on the right up to w cells; longer text is left as is.
func Pad(s string, w int) string {
	if d := w - Width(s); d > 0 {
		return s + strings.Repeat(" ", d)
	}
	return s
}

// Lines splits a drawn block into its lines ("" is one empty line).
func Lines(s string) []string { return strings.Split(s, "\n") }

// Fit makes lines exactly w cells wide and exactly h lines tall: longer
// lines are truncated, shorter ones padded, extra lines dropped and missing
// ones added blank.
func Fit(lines []string, w, h int) []string {
	if h <= 0 || w <= 0 {
		return nil
	}
	out := make([]string, h)
	blank := strings.Repeat(" ", w)
	for i := range out {
		if i >= len(lines) {
			out[i] = blank
			continue
		}
		// One measure a line: Fit runs on every frame.
		l := lines[i]
		n := Width(l)
		if n > w {
			l = ansi.Truncate(l, w, Ellipsis)
			n = Width(l)
		}
		if n < w {
			l += blank[:w-n]
		}
		out[i] = l
	}
	return out
}

// Indent puts n spaces before every line.
func Indent(lines []string, n int) []string {
	if n <= 0 {
		return lines
	}
	sp := strings.Repeat(" ", n)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = sp + l
	}
	return out
}
