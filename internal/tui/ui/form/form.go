// Package form lays out a column of labelled places to type or pick — a
// step of the debrief, a case, the weekly review — moves the keyboard
// between them, and scrolls so the focused one stays on screen. The
// scroll position moves in Update and SetSize, never while drawing.
package form

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/theme"
	"github.com/debrief-app/debrief/internal/tui/ui/choice"
	"github.com/debrief-app/debrief/internal/tui/ui/list"
)

// Text is a slot to type in: a one-line field or the long-text editor.
type Text interface {
	// Handle takes a key or a paste.
	Handle(tea.Msg) tea.Cmd
	// Frame is the text drawn, with the real cursor when focused.
	Frame() layout.Frame
	Height() int
	Focus() tea.Cmd
	Blur()
	Rev() int
	MultiLine() bool
}

// Custom is a slot that draws itself (a list of cases or ideas).
type Custom interface {
	SetWidth(w int)
	SetFocused(bool)
	// View is the slot at its natural height; Focus rows are the lines
	// that must stay on screen while it has the keyboard.
	View() layout.Frame
	FocusRows() (first, last int)
}

// Slot is one focusable place.
type Slot struct {
	Label  string // already in the person's language
	Field  Text
	Choice *choice.Model
	Custom Custom
	// Above puts the label on its own line over the field (long text),
	// not in the label column beside it.
	Above bool
	// NoLabel draws a custom slot without a label line.
	NoLabel bool
	// Under is extra lines shown under the slot while it has the keyboard
	// (the categories used before).
	Under func() []string
}

// Model is a form.
type Model struct {
	slots      []Slot
	focus      int
	top        int // first row shown
	width      int
	height     int
	labelWidth int
	// AfterAbove adds a blank line after every label-above field (the
	// weekly review's questions).
	AfterAbove bool
	st         theme.Styles
}

// New returns a form whose labels beside the fields take labelWidth cells.
func New(st theme.Styles, labelWidth int) Model { return Model{st: st, labelWidth: labelWidth} }

// SetStyles redraws with new styles.
func (m *Model) SetStyles(st theme.Styles) { m.st = st }

// SetSlots replaces the slots (a step's fields, or a case's); the focus
// stays at its index when it can.
func (m *Model) SetSlots(slots []Slot) {
	m.slots = slots
	m.layoutWidths()
	m.focus = min(max(m.focus, 0), max(len(slots)-1, 0))
	m.KeepVisible()
}

// Slots are the form's slots.
func (m Model) Slots() []Slot { return m.slots }

// Focus is the index of the slot with the keyboard.
func (m Model) Focus() int { return m.focus }

// Focused is the slot with the keyboard (nil when there are none).
func (m Model) Focused() *Slot {
	if m.focus < 0 || m.focus >= len(m.slots) {
		return nil
	}
	return &m.slots[m.focus]
}

// SetFocus gives slot i the keyboard (clamped) and scrolls to it.
func (m *Model) SetFocus(i int) tea.Cmd {
	for k := range m.slots {
		blur(&m.slots[k])
	}
	m.focus = min(max(i, 0), max(len(m.slots)-1, 0))
	var cmd tea.Cmd
	if s := m.Focused(); s != nil {
		switch {
		case s.Field != nil:
			cmd = s.Field.Focus()
		case s.Choice != nil:
			cmd = s.Choice.Focus()
		case s.Custom != nil:
			s.Custom.SetFocused(true)
		}
	}
	m.KeepVisible()
	return cmd
}

// Blur takes the keyboard from every slot.
func (m *Model) Blur() {
	for k := range m.slots {
		blur(&m.slots[k])
	}
}

func blur(s *Slot) {
	switch {
	case s.Field != nil:
		s.Field.Blur()
	case s.Choice != nil:
		s.Choice.Blur()
	case s.Custom != nil:
		s.Custom.SetFocused(false)
	}
}

// Update hands a message to the focused field or picker.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	s := m.Focused()
	if s == nil {
		return nil
	}
	var cmd tea.Cmd
	switch {
	case s.Field != nil:
		cmd = s.Field.Handle(msg)
	case s.Choice != nil:
		*s.Choice, cmd = s.Choice.Update(msg)
	}
	m.KeepVisible()
	return cmd
}

// Rev moves whenever a field or picker of the form changes.
func (m Model) Rev() int {
	n := 0
	for _, s := range m.slots {
		switch {
		case s.Field != nil:
			n += s.Field.Rev()
		case s.Choice != nil:
			n += s.Choice.Rev()
		}
	}
	return n
}

// SetSize gives the form its box; fields keep the widths their owner set.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.layoutWidths()
	m.KeepVisible()
}

// Width is the form's width.
func (m Model) Width() int { return m.width }

func (m *Model) layoutWidths() {
	for _, s := range m.slots {
		switch {
		case s.Choice != nil:
			s.Choice.SetWidth(max(m.width-m.labelWidth-4, 10))
		case s.Custom != nil:
			s.Custom.SetWidth(m.width)
		}
	}
}

// slotRows is how many rows slot i takes.
func (m Model) slotRows(i int) int {
	s := &m.slots[i]
	n := 0
	switch {
	case s.Custom != nil:
		n = s.Custom.View().Height()
		if !s.NoLabel {
			n++
		}
	case s.Above:
		n = 1 + s.Field.Height()
		if m.AfterAbove {
			n++
		}
	case s.Field != nil:
		n = s.Field.Height()
	case s.Choice != nil:
		n = s.Choice.Height()
	}
	if i == m.focus && s.Under != nil {
		n += len(s.Under())
	}
	return max(n, 1)
}

// KeepVisible scrolls so the focused slot is on screen (its top when it is
// taller than the box). Call it after anything that may change a slot's
// height; the form calls it itself on focus, size and Update.
func (m *Model) KeepVisible() {
	if m.height <= 0 || len(m.slots) == 0 {
		m.top = 0
		return
	}
	first := 0
	for i := range m.focus {
		first += m.slotRows(i)
	}
	last := first + m.slotRows(m.focus) - 1
	if s := m.Focused(); s != nil && s.Custom != nil {
		// Inside a long list, what must show is the selected item.
		a, b := s.Custom.FocusRows()
		if !s.NoLabel {
			a, b = a+1, b+1
		}
		first, last = first+a, first+b
	}
	if last >= m.top+m.height {
		m.top = last - m.height + 1
	}
	if first < m.top {
		m.top = first
	}
	m.top = max(m.top, 0)
}

// View draws the form into its box with the real cursor in the focused
// field.
func (m Model) View() layout.Frame {
	var parts []layout.Frame
	for i := range m.slots {
		parts = append(parts, m.slot(i))
	}
	return layout.Stack(parts...).Scroll(m.top).Fit(m.width, m.height)
}

// Natural is the form drawn at its full height, not scrolled.
func (m Model) Natural() layout.Frame {
	var parts []layout.Frame
	for i := range m.slots {
		parts = append(parts, m.slot(i))
	}
	return layout.Stack(parts...)
}

// LabelLine is a label as a form draws it: the marker when focused.
func (m Model) LabelLine(label string, focused bool) string {
	if focused {
		return m.st.Focused.Render(list.Marker) + m.st.Focused.Render(label)
	}
	return "  " + m.st.Label.Render(label)
}

func (m Model) slot(i int) layout.Frame {
	s := &m.slots[i]
	focused := i == m.focus
	var f layout.Frame
	switch {
	case s.Custom != nil:
		// A list marks its selected item with the marker; its label is
		// only highlighted, so one › shows where the keyboard is.
		f = s.Custom.View()
		if !s.NoLabel {
			label := "  " + m.st.Label.Render(s.Label)
			if focused {
				label = "  " + m.st.Focused.Render(s.Label)
			}
			f = layout.Stack(layout.Text(label), f)
		}
	case s.Above:
		body := s.Field.Frame()
		if !focused {
			body.Cursor = nil
		}
		f = layout.Stack(layout.Text(m.LabelLine(s.Label, focused)), body.Indent(2))
		if m.AfterAbove {
			f = layout.Stack(f, layout.Text(""))
		}
	default:
		lstyle, marker := m.st.Label, "  "
		if focused {
			lstyle, marker = m.st.Focused, m.st.Focused.Render(list.Marker)
		}
		// The label column: padded, and always one space after the label.
		head := marker + lstyle.Render(layout.Pad(s.Label, m.labelWidth-1)+" ")
		var body layout.Frame
		if s.Field != nil {
			// One space in, to line up with the pickers' padded options.
			body = s.Field.Frame().Indent(1)
			if !focused {
				body.Cursor = nil
			}
		} else {
			body = layout.Text(s.Choice.Lines()...)
		}
		gap := strings.Repeat(" ", m.labelWidth+2)
		for k, l := range body.Lines {
			if k == 0 {
				body.Lines[k] = head + l
			} else {
				body.Lines[k] = gap + l
			}
		}
		if body.Cursor != nil {
			body.Cursor.X += m.labelWidth + 2
		}
		f = body
	}
	if focused && s.Under != nil {
		f = layout.Stack(f, layout.Text(s.Under()...))
	}
	return f
}
