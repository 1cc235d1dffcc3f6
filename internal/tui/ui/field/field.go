// Package field is the one text field of the app: a bubbles textarea
// that draws no cursor of its own and reports where the real terminal
// cursor belongs, so an input method's candidate window opens where the
// person is typing Chinese. Single-line fields use it too (the textinput
// bubble places the real cursor by rune count, which is wrong for wide
// characters). Rev tells its owner in O(1) whether a message changed the
// text.
package field

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/layout"
)

// Model is a text field.
type Model struct {
	ta        textarea.Model
	multiLine bool
	rev       int
	// loaded is the text last given to SetValue as it was, shown what the
	// field made of it: while the field still shows exactly that, Value is
	// the loaded text, so a saved answer nobody touched keeps every
	// character it had (a control from an import included) instead of
	// what stands in for it on the screen.
	loaded, shown string
}

// maxSingleRows is how many rows a long single-line answer may wrap over
// before it scrolls: enough to read a long Chinese sentence.
const maxSingleRows = 3

// New returns a single-line field (enter does not insert a newline; pasted
// newlines become spaces) that grows up to three rows as it wraps.
func New(placeholder string, styles textarea.Styles) Model {
	ta := base(placeholder, styles)
	ta.KeyMap.InsertNewline.SetEnabled(false)
	ta.DynamicHeight = true
	ta.MinHeight = 1
	ta.MaxHeight = maxSingleRows
	ta.SetHeight(1)
	return Model{ta: ta}
}

// NewMultiLine returns a field for paragraphs with a fixed visible height
// (SetHeight); enter starts a new line and there is no length cap beyond
// the journal's own.
func NewMultiLine(placeholder string, styles textarea.Styles) Model {
	ta := base(placeholder, styles)
	ta.MaxHeight = 0
	ta.SetHeight(5)
	return Model{ta: ta, multiLine: true}
}

func base(placeholder string, styles textarea.Styles) textarea.Model {
	ta := textarea.New()
	ta.Prompt = ""
	ta.ShowLineNumbers = false
	ta.Placeholder = placeholder
	ta.CharLimit = 0
	ta.SetVirtualCursor(false)
	ta.SetStyles(styles)
	return ta
}

// SetStyles switches the colours (a light or dark terminal).
func (f *Model) SetStyles(s textarea.Styles) { f.ta.SetStyles(s) }

// Update handles keys and pastes when focused.
func (f Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch m := msg.(type) {
	case tea.PasteMsg:
		m.Content = f.clean(m.Content)
		msg = m
		f.rev++
	case tea.KeyPressMsg:
		if m.Text != "" && f.ta.Focused() && safetext.Terminal(m.Text) != m.Text {
			f.Insert(m.Text)
			return f, nil
		}
		if f.edits(m) {
			f.rev++
		}
	default:
		// Rare messages (the clipboard's answer to ctrl+v): compare.
		before := f.ta.Value()
		var cmd tea.Cmd
		f.ta, cmd = f.ta.Update(msg)
		if f.ta.Value() != before {
			f.rev++
		}
		return f, cmd
	}
	var cmd tea.Cmd
	f.ta, cmd = f.ta.Update(msg)
	return f, cmd
}

// edits reports whether a key may change the text: typed text or one of
// the text area's editing keys. Counting a key that changed nothing only
// costs a draft write.
func (f Model) edits(k tea.KeyPressMsg) bool {
	if !f.ta.Focused() {
		return false
	}
	if k.Text != "" {
		return true
	}
	km := f.ta.KeyMap
	for _, b := range []key.Binding{km.DeleteAfterCursor, km.DeleteBeforeCursor, km.DeleteCharacterBackward,
		km.DeleteCharacterForward, km.DeleteWordBackward, km.DeleteWordForward, km.InsertNewline,
		km.TransposeCharacterBackward, km.UppercaseWordForward, km.LowercaseWordForward, km.CapitalizeWordForward} {
		if key.Matches(k, b) {
			return true
		}
	}
	return false
}

// Handle is Update in place (a form slot).
func (f *Model) Handle(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	*f, cmd = f.Update(msg)
	return cmd
}

// clean is text as the field keeps it: line breaks as "\n" (a single-line
// field makes them spaces), the rest safe for the terminal.
func (f Model) clean(s string) string {
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s)
	if !f.multiLine {
		s = strings.ReplaceAll(s, "\n", " ")
	}
	return strings.ReplaceAll(safetext.Terminal(s), "\uFFFD", unshown)
}

// unshown stands in a field for what the read views show as U+FFFD.
const unshown = "□"

// Rev counts the changes to the text: compare it before and after an
// Update to know whether the text changed.
func (f Model) Rev() int { return f.rev }

// View draws the field.
func (f Model) View() string { return f.ta.View() }

// Frame is the field drawn with its real cursor (when focused).
func (f Model) Frame() layout.Frame {
	return layout.Frame{Lines: layout.Lines(f.ta.View()), Cursor: f.ta.Cursor()}
}

// Cursor is where the real cursor goes, relative to the field's top-left;
// nil when the field is not focused.
func (f Model) Cursor() *tea.Cursor { return f.ta.Cursor() }

// Value is the text typed so far (the loaded text as it was, while it is
// untouched).
func (f Model) Value() string {
	v := f.ta.Value()
	if v == f.shown && f.loaded != f.shown {
		return f.loaded
	}
	return v
}

// SetValue replaces the text and puts the cursor at its end.
func (f *Model) SetValue(s string) {
	f.ta.SetValue(f.clean(s))
	f.loaded, f.shown = s, f.ta.Value()
	f.rev++
}

// Insert types s at the cursor, as one change.
func (f *Model) Insert(s string) {
	f.ta.InsertString(f.clean(s))
	f.rev++
}

// Focus gives the field the keyboard.
func (f *Model) Focus() tea.Cmd { return f.ta.Focus() }

// Blur takes the keyboard away.
func (f *Model) Blur() { f.ta.Blur() }

// Focused reports whether the field has the keyboard.
func (f Model) Focused() bool { return f.ta.Focused() }

// SetWidth sets the width in cells.
func (f *Model) SetWidth(w int) { f.ta.SetWidth(max(w, 4)) }

// SetHeight sets the visible rows of a multi-line field.
func (f *Model) SetHeight(h int) {
	if f.multiLine {
		f.ta.SetHeight(max(h, 1))
	}
}

// Height is the number of rows the field draws.
func (f Model) Height() int { return f.ta.Height() }

// MultiLine reports whether enter starts a new line in this field.
func (f Model) MultiLine() bool { return f.multiLine }
