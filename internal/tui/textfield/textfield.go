// Package textfield is the one text field of the app: a bubbles textarea
// that draws no cursor of its own and reports where the real terminal
// cursor belongs, so an input method's candidate window opens where the
// person is typing Chinese. Single-line fields use it too (the textinput
// bubble places the real cursor by rune count, which is wrong for wide
// characters).
package textfield

import (
	"strings"

	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// Field is a labelled text field.
type Field struct {
	ta        textarea.Model
	multiLine bool
}

// maxSingleRows is how many rows a long single-line answer may wrap over
// before it scrolls: enough to read a long Chinese sentence.
const maxSingleRows = 3

// New returns a single-line field (enter does not insert a newline; pasted
// newlines become spaces) that grows up to three rows as it wraps.
func New(placeholder string, dark bool) Field {
	ta := base(placeholder, dark)
	ta.KeyMap.InsertNewline.SetEnabled(false)
	ta.DynamicHeight = true
	ta.MinHeight = 1
	ta.MaxHeight = maxSingleRows
	ta.SetHeight(1)
	return Field{ta: ta}
}

// NewMultiLine returns a field for paragraphs with a fixed visible height
// (SetHeight); enter starts a new line and there is no length cap beyond
// the journal's own.
func NewMultiLine(placeholder string, dark bool) Field {
	ta := base(placeholder, dark)
	ta.MaxHeight = 0
	ta.SetHeight(5)
	return Field{ta: ta, multiLine: true}
}

func base(placeholder string, dark bool) textarea.Model {
	ta := textarea.New()
	ta.Prompt = ""
	ta.ShowLineNumbers = false
	ta.Placeholder = placeholder
	ta.CharLimit = 0
	ta.SetVirtualCursor(false)
	ta.SetStyles(styles(dark))
	return ta
}

func styles(dark bool) textarea.Styles {
	s := textarea.DefaultStyles(dark)
	// The cursor line highlight of the default style fights with the real
	// cursor and makes one line of a paragraph look selected.
	s.Focused.CursorLine = lipgloss.NewStyle()
	s.Focused.Base = lipgloss.NewStyle()
	s.Blurred.Base = lipgloss.NewStyle()
	return s
}

// SetDark switches the colours for a light or dark terminal.
func (f *Field) SetDark(dark bool) { f.ta.SetStyles(styles(dark)) }

// Update handles keys and pastes when focused.
func (f Field) Update(msg tea.Msg) (Field, tea.Cmd) {
	if p, ok := msg.(tea.PasteMsg); ok && !f.multiLine {
		p.Content = oneLine(p.Content)
		msg = p
	}
	var cmd tea.Cmd
	f.ta, cmd = f.ta.Update(msg)
	return f, cmd
}

func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\r\n", " ")
	return strings.NewReplacer("\n", " ", "\r", " ").Replace(s)
}

// View draws the field.
func (f Field) View() string { return f.ta.View() }

// Cursor is where the real cursor goes, relative to the field's top-left;
// nil when the field is not focused.
func (f Field) Cursor() *tea.Cursor { return f.ta.Cursor() }

// Value is the text typed so far.
func (f Field) Value() string { return f.ta.Value() }

// SetValue replaces the text and puts the cursor at its end.
func (f *Field) SetValue(s string) {
	if !f.multiLine {
		s = oneLine(s)
	}
	f.ta.SetValue(s)
}

// Focus gives the field the keyboard.
func (f *Field) Focus() tea.Cmd { return f.ta.Focus() }

// Blur takes the keyboard away.
func (f *Field) Blur() { f.ta.Blur() }

// Focused reports whether the field has the keyboard.
func (f Field) Focused() bool { return f.ta.Focused() }

// SetWidth sets the width in cells.
func (f *Field) SetWidth(w int) { f.ta.SetWidth(max(w, 4)) }

// SetHeight sets the visible rows of a multi-line field.
func (f *Field) SetHeight(h int) {
	if f.multiLine {
		f.ta.SetHeight(max(h, 1))
	}
}

// Height is the number of rows the field draws.
func (f Field) Height() int { return f.ta.Height() }

// MultiLine reports whether enter starts a new line in this field.
func (f Field) MultiLine() bool { return f.multiLine }
