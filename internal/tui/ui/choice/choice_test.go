package choice

import (
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/theme"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

func opts() []Option {
	return []Option{{"phone", "电话"}, {"chat", "在线"}, {"email", "邮件"}}
}

func press(s string) tea.KeyPressMsg {
	switch s {
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	}
	return tea.KeyPressMsg{Code: rune(s[0]), Text: s}
}

func newChoice(optional bool) Model {
	return New(opts(), optional, keys.New(i18n.New(i18n.ZH).T).Choice, theme.New(true))
}

func view(m Model, w int) string {
	m.SetWidth(w)
	return m.View()
}

func TestKeysChoose(t *testing.T) {
	cases := []struct {
		keys     []string
		optional bool
		want     string
	}{
		{nil, false, ""},
		{[]string{"right"}, false, "phone"},
		{[]string{"right", "right"}, false, "chat"},
		{[]string{"left"}, false, "email"}, // wraps around
		{[]string{"3"}, false, "email"},
		{[]string{"9"}, false, ""}, // no such option
		{[]string{"2", "backspace"}, true, ""},
		{[]string{"2", "backspace"}, false, "chat"}, // a required choice stays
	}
	for _, c := range cases {
		m := newChoice(c.optional)
		m.Focus()
		for _, k := range c.keys {
			m, _ = m.Update(press(k))
		}
		if got := m.Value(); got != c.want {
			t.Errorf("%v: %q, want %q", c.keys, got, c.want)
		}
	}
}

func TestBlurredIgnoresKeys(t *testing.T) {
	m := newChoice(false)
	m, _ = m.Update(press("2"))
	if m.Value() != "" {
		t.Fatal("a picker without focus took a key")
	}
}

func TestViewMarksChoiceAndWraps(t *testing.T) {
	m := newChoice(false)
	m.SetValue("chat")
	v := ansi.Strip(view(m, 80))
	if !strings.Contains(v, "[2 在线]") || strings.Contains(v, "[1") {
		t.Fatalf("view %q", v)
	}
	narrow := view(m, 12)
	for _, l := range strings.Split(narrow, "\n") {
		if lipgloss.Width(l) > 12 {
			t.Fatalf("line %q wider than 12", l)
		}
	}
	if strings.Count(narrow, "\n") < 2 {
		t.Fatalf("did not wrap: %q", narrow)
	}
}
