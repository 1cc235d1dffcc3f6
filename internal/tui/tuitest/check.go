package tuitest

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

// CheckBox fails when out is not h lines of at most w cells.
func CheckBox(t testing.TB, out string, w, h int) {
	t.Helper()
	lines := strings.Split(out, "\n")
	if len(lines) != h {
		t.Errorf("%d lines in a %d-line window", len(lines), h)
	}
	for _, l := range lines {
		if n := lipgloss.Width(l); n > w {
			t.Errorf("a line is %d cells in a %d-cell window: %q", n, w, l)
		}
	}
}
