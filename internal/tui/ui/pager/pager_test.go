package pager

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
)

// The text is wrapped for the box and wrapped again when the box changes:
// every row fits, nothing is lost, and scrolling reaches the last row.
func TestRewrapsOnResize(t *testing.T) {
	text := strings.Repeat("客户说快递三天没动，我先道歉，再查物流。", 6)
	m := New(keys.New(i18n.New(i18n.ZH).T).Pager)
	m.SetText(func(w int) []string { return layout.Wrap(text, w) })
	for _, w := range []int{40, 9, 23} {
		m.SetSize(w, 3)
		m.GotoTop()
		var seen []string
		for range 60 {
			seen = append(seen, m.View().Lines...)
			m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
		}
		for _, l := range m.View().Lines {
			if layout.Width(l) != w {
				t.Fatalf("width %d: row %q is %d cells", w, l, layout.Width(l))
			}
		}
		all := strings.ReplaceAll(ansi.Strip(strings.Join(seen, "")), " ", "")
		if !strings.Contains(all, "再查物流。客户说") || !strings.HasSuffix(strings.TrimSpace(ansi.Strip(m.View().String())), "流。") {
			t.Fatalf("width %d: the end is not reachable:\n%s", w, m.View().String())
		}
	}
}
