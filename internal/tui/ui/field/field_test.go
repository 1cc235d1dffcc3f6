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

// Controls a terminal would act on (bidi overrides and marks, escape
// sequences) are shown as the read views show them, whether typed, pasted,
// committed by an input method or loaded; nothing reaches the terminal raw.
func TestControlsAreShownNotSent(t *testing.T) {
	hostile := "退款\u202e123\u2066x\u200fy\x1b[31m红\u061c"
	want := "退款□123□x□y␛[31m红□"
	for name, enter := range map[string]func(*Model){
		"loaded": func(f *Model) { f.SetValue(hostile) },
		"pasted": func(f *Model) { *f, _ = f.Update(tea.PasteMsg{Content: hostile}) },
		"typed": func(f *Model) {
			for _, r := range hostile {
				*f, _ = f.Update(tea.KeyPressMsg{Text: string(r)})
			}
		},
		"committed": func(f *Model) { *f, _ = f.Update(tea.KeyPressMsg{Text: hostile}) },
	} {
		for _, multi := range []bool{false, true} {
			f := New("", styles)
			if multi {
				f = NewMultiLine("", styles)
			}
			f.SetWidth(40)
			f.Focus()
			rev := f.Rev()
			enter(&f)
			if name == "loaded" {
				// an answer loaded and not touched keeps what it had
				if f.Value() != hostile {
					t.Errorf("loaded (multi-line %v): value %q, want it as loaded", multi, f.Value())
				}
			} else if f.Value() != want {
				t.Errorf("%s (multi-line %v): value %q, want %q", name, multi, f.Value(), want)
			}
			if f.Rev() == rev {
				t.Errorf("%s: the change was not counted", name)
			}
			view := f.View()
			for _, r := range []string{"\u202e", "\u2066", "\u200f", "\u061c"} {
				if strings.Contains(view, r) {
					t.Errorf("%s (multi-line %v): %U reaches the terminal: %q", name, multi, []rune(r)[0], view)
				}
			}
			if strings.Contains(view, "\x1b[31m红") {
				t.Errorf("%s: the typed escape sequence reaches the terminal", name)
			}
			if name == "loaded" {
				// once edited, the answer is what the field shows
				f, _ = f.Update(tea.KeyPressMsg{Text: "!"})
				if f.Value() != want+"!" {
					t.Errorf("loaded, then typed (multi-line %v): value %q, want %q", multi, f.Value(), want+"!")
				}
			}
		}
	}
}

// Windows line ends in a paste are line breaks, not visible ␍.
func TestPastedCRLF(t *testing.T) {
	f := NewMultiLine("", styles)
	f.SetWidth(40)
	f.Focus()
	f, _ = f.Update(tea.PasteMsg{Content: "第一行\r\n第二行\r第三行"})
	if f.Value() != "第一行\n第二行\n第三行" {
		t.Fatalf("value %q", f.Value())
	}
}
