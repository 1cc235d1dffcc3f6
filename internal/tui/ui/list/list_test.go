package list

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/tui/keys"
)

var down = tea.KeyPressMsg{Code: tea.KeyDown}

// Items of two lines and one line: moving down keeps the selected item
// wholly on screen, and the marker is on its first line.
func TestSelectionStaysVisible(t *testing.T) {
	k := keys.New(i18n.New(i18n.EN).T).List
	m := New(k, lipgloss.NewStyle(), func(i int, s string, sel bool, w int) []string {
		if i%2 == 0 {
			return []string{s, "  detail of " + s}
		}
		return []string{s}
	})
	items := make([]string, 10)
	for i := range items {
		items[i] = fmt.Sprintf("item %d 你好", i)
	}
	m.SetItems(items)
	m.SetSize(30, 4)
	for range 4 {
		m, _ = m.Update(down)
	}
	v := ansi.Strip(m.View().String())
	if !strings.Contains(v, "› item 4 你好") || !strings.Contains(v, "detail of item 4") {
		t.Fatalf("item 4 not wholly shown:\n%s", v)
	}
	if got := len(m.View().Lines); got != 4 {
		t.Fatalf("%d lines", got)
	}
	// Two Views without an Update are the same: View moves nothing.
	if first, second := m.View().String(), m.View().String(); first != second {
		t.Fatal("View is not pure")
	}
	// Shrinking the list keeps the selection inside it.
	m.SetItems(items[:2])
	if it, _ := m.Selected(); it != "item 1 你好" {
		t.Fatalf("selected %q", it)
	}
	// A smaller box scrolls in SetSize.
	m.SetItems(items)
	m.Select(8)
	m.SetSize(20, 2)
	if v := ansi.Strip(m.View().String()); !strings.Contains(v, "› item 8") {
		t.Fatalf("after resize:\n%s", v)
	}
}

func TestPlainHasNoMarker(t *testing.T) {
	k := keys.New(i18n.New(i18n.EN).T).List
	m := New(k, lipgloss.NewStyle(), func(i int, s string, sel bool, w int) []string { return []string{s} })
	m.Plain()
	m.SetItems([]string{"a", "b"})
	m.SetSize(5, 0)
	if got := m.View().Lines; len(got) != 2 || got[0] != "a    " {
		t.Fatalf("plain %q", got)
	}
	if m2, moved := m.Update(down); moved || m2.Index() != 0 {
		t.Fatal("a plain list moved")
	}
}
