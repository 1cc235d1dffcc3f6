// Package form lays out a column of labelled places to type or pick — a
// step of the debrief, a case, the weekly review — moves the keyboard
// between them, and scrolls so the focused one stays on screen. The
// scroll position moves in Update and SetSize, never while drawing.
//
// It is also where a mistake is shown: a slot with a Check is checked
// when the keyboard leaves it, and what is wrong shows right under it, in
// the person's words, until it is fixed (the check runs again on every
// change while a problem shows, so the message goes as soon as the value
// is right). CheckAll checks every slot at once before saving.
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
	// Tidy rewrites what was typed into the form it is kept in (a time
	// typed 930 becomes 09:30) when the keyboard leaves the slot.
	Tidy func()
	// Check says what is wrong with the slot's value ("" when nothing),
	// after Tidy.
	Check func() string

	problem string // what Check said when last asked
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
	active     bool // the form has the keyboard (a slot is focused)
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

// SetFocus gives slot i the keyboard (clamped) and scrolls to it; the
// slot it leaves is checked.
func (m *Model) SetFocus(i int) tea.Cmd {
	i = min(max(i, 0), max(len(m.slots)-1, 0))
	if m.active && i != m.focus {
		m.leave(m.focus)
	}
	for k := range m.slots {
		blur(&m.slots[k])
	}
	m.active = true
	m.focus = i
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

// Blur takes the keyboard from every slot; the focused one is checked.
func (m *Model) Blur() {
	if m.active {
		m.leave(m.focus)
	}
	m.active = false
	for k := range m.slots {
		blur(&m.slots[k])
	}
	m.KeepVisible()
}

// leave tidies and checks slot i as the keyboard leaves it.
func (m *Model) leave(i int) {
	if i < 0 || i >= len(m.slots) {
		return
	}
	m.check(&m.slots[i])
}

func (m *Model) check(s *Slot) {
	if s.Tidy != nil {
		s.Tidy()
	}
	if s.Check != nil {
		s.problem = s.Check()
	}
}

// CheckAll tidies and checks every slot, shows every problem under its
// slot, and says how many there are and the first slot with one (-1:
// none).
func (m *Model) CheckAll() (n, first int) {
	first = -1
	for i := range m.slots {
		m.check(&m.slots[i])
		if m.slots[i].problem != "" {
			n++
			if first < 0 {
				first = i
			}
		}
	}
	m.KeepVisible()
	return n, first
}

// Problems is how many problems are shown.
func (m Model) Problems() int {
	n := 0
	for _, s := range m.slots {
		if s.problem != "" {
			n++
		}
	}
	return n
}

// Problem is what is shown under slot i ("" when nothing).
func (m Model) Problem(i int) string {
	if i < 0 || i >= len(m.slots) {
		return ""
	}
	return m.slots[i].problem
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
	before := slotRev(s)
	var cmd tea.Cmd
	switch {
	case s.Field != nil:
		cmd = s.Field.Handle(msg)
	case s.Choice != nil:
		*s.Choice, cmd = s.Choice.Update(msg)
	}
	if s.problem != "" && s.Check != nil && slotRev(s) != before {
		// Fixed as it is typed or picked: the message goes at once. A new
		// problem waits until the keyboard leaves.
		if p := s.Check(); p == "" || p != s.problem {
			s.problem = p
		}
	}
	m.KeepVisible()
	return cmd
}

func slotRev(s *Slot) int {
	switch {
	case s.Field != nil:
		return s.Field.Rev()
	case s.Choice != nil:
		return s.Choice.Rev()
	}
	return 0
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
		n = max(s.Field.Height(), len(m.labelLines(s.Label)))
	case s.Choice != nil:
		n = max(s.Choice.Height(), len(m.labelLines(s.Label)))
	}
	if i == m.focus && s.Under != nil {
		n += len(s.Under())
	}
	return max(n, 1) + len(m.problemLines(i))
}

// labelLines is a label beside its value, wrapped to the label column.
func (m Model) labelLines(label string) []string {
	return layout.Wrap(label, max(m.labelWidth-1, 4))
}

// ValueColumn is the column where the value of a slot with its label
// beside it starts: what is shown under a value lines up with it.
func (m Model) ValueColumn() int { return m.labelWidth + 3 }

// problemIndent is where a problem starts: under the field, past the label
// column when the label is beside it.
func (m Model) problemIndent(s *Slot) int {
	if s.Above || s.Custom != nil {
		return 2
	}
	return m.ValueColumn()
}

// problemLines is slot i's problem wrapped under its field.
func (m Model) problemLines(i int) []string {
	s := &m.slots[i]
	if s.problem == "" {
		return nil
	}
	in := m.problemIndent(s)
	var out []string
	for _, l := range layout.Wrap(s.problem, max(m.width-in, 10)) {
		out = append(out, strings.Repeat(" ", in)+m.st.Error.Render(l))
	}
	return out
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
		// The label column: padded, always one space after the label; a
		// label too long for it wraps inside it rather than run into the
		// value.
		labels := m.labelLines(s.Label)
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
		for len(body.Lines) < len(labels) {
			body.Lines = append(body.Lines, "")
		}
		gap := strings.Repeat(" ", m.labelWidth+2)
		for k, l := range body.Lines {
			switch {
			case k == 0:
				body.Lines[k] = marker + lstyle.Render(layout.Pad(labels[0], m.labelWidth-1)+" ") + l
			case k < len(labels):
				body.Lines[k] = "  " + lstyle.Render(layout.Pad(labels[k], m.labelWidth-1)+" ") + l
			default:
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
	if p := m.problemLines(i); p != nil {
		f = layout.Stack(f, layout.Text(p...))
	}
	return f
}
