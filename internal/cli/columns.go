package cli

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The commands' tables line up in terminal cells as x/ansi measures them
// (a Chinese character is two), the measure the app's layout uses too.

// padRight pads s on the right to width cells.
func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-ansi.StringWidth(s)))
}

// padLeft pads s on the left to width cells.
func padLeft(s string, width int) string {
	return strings.Repeat(" ", max(0, width-ansi.StringWidth(s))) + s
}

// truncate cuts s to at most width cells, ending with "…" when it was cut.
func truncate(s string, width int) string { return ansi.Truncate(s, width, "…") }
