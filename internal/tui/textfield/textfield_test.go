package textfield

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

func TestSingleLineKeepsOneLine(t *testing.T) {
	f := New("", true)
	f.SetWidth(40)
	f.Focus()
	f, _ = f.Update(tea.KeyPressMsg{Text: "你好"})
	f, _ = f.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	f, _ = f.Update(tea.PasteMsg{Content: "第一行\r\n第二行\n"})
	if got := f.Value(); got != "你好第一行 第二行 " {
		t.Fatalf("value %q", got)
	}
}

func TestRealCursorCountsWideCells(t *testing.T) {
	f := New("", true)
	f.SetWidth(40)
	f.Focus()
	f, _ = f.Update(tea.KeyPressMsg{Text: "客服a"})
	c := f.Cursor()
	if c == nil || c.X != 5 || c.Y != 0 {
		t.Fatalf("cursor %+v, want x=5 y=0", c)
	}
	f.Blur()
	if f.Cursor() != nil {
		t.Fatal("a blurred field shows the cursor")
	}
}

func TestMultiLineWrapsChineseInsideWidth(t *testing.T) {
	f := NewMultiLine("", true)
	f.SetWidth(20)
	f.SetHeight(10)
	f.Focus()
	text := strings.Repeat("客户说快递三天没动,“马上帮您催”……", 3)
	f, _ = f.Update(tea.PasteMsg{Content: text + "\nok"})
	if f.Value() != text+"\nok" {
		t.Fatalf("value %q", f.Value())
	}
	for _, l := range strings.Split(f.View(), "\n") {
		if w := lipgloss.Width(l); w > 20 {
			t.Fatalf("line %q is %d wide", l, w)
		}
	}
}
