package field

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/debrief-app/debrief/internal/tui/theme"
)

var styles = theme.New(true).Field

func TestSingleLineKeepsOneLine(t *testing.T) {
	f := New("", styles)
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
	f := New("", styles)
	f.SetWidth(40)
	f.Focus()
	f, _ = f.Update(tea.KeyPressMsg{Text: "客服a"})
	c := f.Cursor()
	if c == nil || c.X != 5 || c.Y != 0 {
		t.Fatalf("cursor %+v, want x=5 y=0", c)
	}
	if fc := f.Frame().Cursor; fc == nil || fc.X != 5 {
		t.Fatalf("frame cursor %+v", fc)
	}
	f.Blur()
	if f.Cursor() != nil {
		t.Fatal("a blurred field shows the cursor")
	}
}

func TestMultiLineWrapsChineseInsideWidth(t *testing.T) {
	f := NewMultiLine("", styles)
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

// Rev moves when the text changes and stays when a key only moves the
// cursor.
func TestRevCountsChanges(t *testing.T) {
	f := New("", styles)
	f.SetWidth(40)
	f.Focus()
	r0 := f.Rev()
	f, _ = f.Update(tea.KeyPressMsg{Text: "好"})
	r1 := f.Rev()
	f, _ = f.Update(tea.KeyPressMsg{Code: tea.KeyLeft})
	r2 := f.Rev()
	f, _ = f.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
	f, _ = f.Update(tea.KeyPressMsg{Code: tea.KeyDelete})
	r3 := f.Rev()
	if r1 == r0 || r2 != r1 || r3 == r2 || f.Value() != "" {
		t.Fatalf("revs %d %d %d %d, value %q", r0, r1, r2, r3, f.Value())
	}
	f.Insert("一\n二")
	if f.Rev() == r3 || f.Value() != "一 二" {
		t.Fatalf("insert: rev %d value %q", f.Rev(), f.Value())
	}
}
