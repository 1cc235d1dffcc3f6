package editor

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
)

func newEditor(w, h int) Model {
	m := New("写下来", keys.New(i18n.New(i18n.ZH).T).Editor, lipgloss.NewStyle(), lipgloss.NewStyle())
	m.SetWidth(w)
	m.SetHeight(h)
	m.Focus()
	return m
}

func press(name string) tea.KeyPressMsg {
	switch name {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "delete":
		return tea.KeyPressMsg{Code: tea.KeyDelete}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "ctrl+w":
		return tea.KeyPressMsg{Code: 'w', Mod: tea.ModCtrl}
	case "ctrl+k":
		return tea.KeyPressMsg{Code: 'k', Mod: tea.ModCtrl}
	case "ctrl+u":
		return tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	case "alt+left":
		return tea.KeyPressMsg{Code: tea.KeyLeft, Mod: tea.ModAlt}
	case "alt+right":
		return tea.KeyPressMsg{Code: tea.KeyRight, Mod: tea.ModAlt}
	}
	return tea.KeyPressMsg{Text: name}
}

// The same keys give the same text as the bubbles text area: typing
// Chinese and Latin, new lines, moving by character, word and line,
// deleting by character, word and to the line's ends.
func TestSameTextAsTextarea(t *testing.T) {
	for _, seq := range [][]string{
		{"今天被骂了", "enter", "但我忍住了。", "left", "left", "backspace", "好", "home", "「", "end", "」"},
		{"first line", "enter", "second", "up", "end", " more", "down", "home", "delete", "X"},
		{"客户说快递三天没动 我先道歉", "alt+left", "ctrl+k", "再查物流", "ctrl+w", "ctrl+w", "查", "ctrl+u", "从头"},
		{"a", "enter", "b", "enter", "c", "up", "up", "end", "delete", "backspace", "right", "right", "x"},
		{"word one two", "alt+left", "alt+left", "alt+right", "!", "left", "left", "delete"},
	} {
		ta := textarea.New()
		ta.SetWidth(30)
		ta.SetHeight(5)
		ta.CharLimit = 0
		ta.MaxHeight = 0
		ta.Focus()
		ed := newEditor(30, 5)
		for _, k := range seq {
			ta, _ = ta.Update(press(k))
			ed, _ = ed.Update(press(k))
		}
		if ed.Value() != ta.Value() {
			t.Errorf("%q:\n editor   %q\n textarea %q", seq, ed.Value(), ta.Value())
		}
	}
}

// Every row fits the width, wraps by the Chinese rule, and the real
// cursor sits after the last character typed, wide characters counted as
// two cells.
func TestRowsAndCursor(t *testing.T) {
	ed := newEditor(20, 6)
	text := "客户说快递三天没动，我先道歉，再查物流，“马上帮您催”……好的。"
	ed, _ = ed.Update(tea.PasteMsg{Content: text})
	f := ed.Frame()
	if len(f.Lines) != 6 {
		t.Fatalf("%d rows", len(f.Lines))
	}
	var got []string
	for _, l := range f.Lines {
		if layout.Width(l) != 20 {
			t.Fatalf("row %q is %d cells", l, layout.Width(l))
		}
		got = append(got, strings.TrimRight(l, " "))
	}
	want := layout.Wrap(text, 20)
	if strings.Join(got[:len(want)], "|") != strings.Join(want, "|") {
		t.Fatalf("rows %q, want %q", got, want)
	}
	last := want[len(want)-1]
	// A full last row keeps the cursor on its last cell, on screen.
	if x := min(layout.Width(last), 19); f.Cursor == nil || f.Cursor.Y != len(want)-1 || f.Cursor.X != x {
		t.Fatalf("cursor %+v, want (%d,%d)", f.Cursor, x, len(want)-1)
	}
	if ed.Value() != text {
		t.Fatalf("value %q", ed.Value())
	}
}

// Typing at the end of a long text keeps the cursor on screen, and going
// to the beginning shows the beginning.
func TestScrollsToTheCursor(t *testing.T) {
	ed := newEditor(30, 4)
	var parts []string
	for i := range 40 {
		parts = append(parts, strings.Repeat("第"+string(rune('一'+i%9))+"段", 4))
	}
	ed.SetValue(strings.Join(parts, "\n"))
	ed, _ = ed.Update(press("字"))
	f := ed.Frame()
	if f.Cursor == nil || f.Cursor.Y != 3 || !strings.Contains(f.Lines[3], "字") {
		t.Fatalf("cursor %+v rows %q", f.Cursor, f.Lines)
	}
	ed, _ = ed.Update(tea.KeyPressMsg{Code: tea.KeyHome, Mod: tea.ModCtrl})
	f = ed.Frame()
	if f.Cursor == nil || f.Cursor.Y != 0 || !strings.HasPrefix(f.Lines[0], parts[0]) {
		t.Fatalf("after ctrl+home: cursor %+v rows %q", f.Cursor, f.Lines)
	}
	// Moving down a row at a time reaches the end with the cursor shown.
	for range 60 {
		ed, _ = ed.Update(press("down"))
		if ed.Frame().Cursor == nil {
			t.Fatal("the cursor left the screen")
		}
	}
}

// Rev moves on a change only; a paste of many characters is one change.
func TestRev(t *testing.T) {
	ed := newEditor(30, 4)
	r0 := ed.Rev()
	ed, _ = ed.Update(tea.PasteMsg{Content: strings.Repeat("好", 2000)})
	if ed.Rev() != r0+1 {
		t.Fatalf("a paste is %d changes", ed.Rev()-r0)
	}
	r1 := ed.Rev()
	ed, _ = ed.Update(press("left"))
	if ed.Rev() != r1 {
		t.Fatal("moving the cursor counted as a change")
	}
}

// A key in a text of 20,000 characters re-wraps one paragraph and draws
// one screen.
func BenchmarkKey20000(b *testing.B) {
	ed := newEditor(76, 16)
	sentence := "今天被一个客户骂了半小时，我一直忍着，最后还是把问题解决了。"
	var paras []string
	for range 34 {
		paras = append(paras, strings.Repeat(sentence, 20))
	}
	ed.SetValue(strings.Join(paras, "\n"))
	keys := []tea.KeyPressMsg{press("好"), press("a"), press("backspace")}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		ed, _ = ed.Update(keys[i%len(keys)])
		_ = ed.Frame()
	}
}

// A paste into the vent that carries escape sequences or a bidi override
// keeps the person's words and shows the controls as the read views do,
// so nothing reaches the terminal raw and nothing is silently dropped.
func TestPastedControlsAreShownNotSent(t *testing.T) {
	m := newEditor(40, 5)
	m, _ = m.Update(tea.PasteMsg{Content: "顾客骂人\x1b]52;c;eA==\x07\r\n\u202e退款\t了"})
	want := "顾客骂人␛]52;c;eA==␇\n\uFFFD退款 了"
	if got := m.Value(); got != want {
		t.Fatalf("value %q, want %q", got, want)
	}
	if v := m.View(); strings.ContainsAny(v, "\x07\u202e") || strings.Contains(v, "\x1b]52") {
		t.Fatalf("the view sends a control to the terminal: %q", v)
	}
}
