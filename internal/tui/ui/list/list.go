// Package list is the app's one scrolling list: the entries of History,
// the ideas backlog, the cases and ideas of a debrief, home's recent
// entries. Items may take different numbers of lines; the selection is
// marked with › and kept on screen by Update and SetSize (never by View).
//
// bubbles' list is not used: it fixes every item's height, pages instead
// of scrolling, and brings a title, status bar, filter and help of its own
// that duplicate the app's.
package list

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
)

// Render draws item i (selected: the selection is on it and the list has
// the keyboard) in width cells, as one or more lines.
type Render[T any] func(i int, item T, selected bool, width int) []string

// Marker is the selection mark; every list and form uses it.
const Marker = "› "

// Model is a list of T.
type Model[T any] struct {
	items   []T
	render  Render[T]
	keys    keys.List
	mark    lipgloss.Style
	sel     int
	top     int
	width   int
	height  int // 0: as tall as the items
	focused bool
	plain   bool // no marker column and no selection (home's recent entries)
}

// New returns an empty list drawing its items with render; mark styles
// the selection marker.
func New[T any](k keys.List, mark lipgloss.Style, render Render[T]) Model[T] {
	return Model[T]{keys: k, mark: mark, render: render, focused: true}
}

// Plain makes the list a display only: no marker, no selection keys.
func (m *Model[T]) Plain() {
	m.plain, m.focused = true, false
	for _, b := range []*key.Binding{&m.keys.Up, &m.keys.Down, &m.keys.PageUp, &m.keys.PageDown, &m.keys.Top, &m.keys.Bottom} {
		b.SetEnabled(false)
	}
}

// SetItems replaces the items, keeping the selection's position (moved
// up when the list got shorter).
func (m *Model[T]) SetItems(items []T) {
	m.items = items
	m.keepVisible()
}

// Items are the list's items.
func (m Model[T]) Items() []T { return m.items }

// Len is how many items there are.
func (m Model[T]) Len() int { return len(m.items) }

// Index is the selected item's index (0 when empty).
func (m Model[T]) Index() int { return m.sel }

// Selected is the selected item; ok is false when the list is empty.
func (m Model[T]) Selected() (T, bool) {
	var zero T
	if m.sel < 0 || m.sel >= len(m.items) {
		return zero, false
	}
	return m.items[m.sel], true
}

// Select moves the selection to item i.
func (m *Model[T]) Select(i int) {
	m.sel = i
	m.keepVisible()
}

// SetFocused says whether the list has the keyboard: only then is the
// selection marked.
func (m *Model[T]) SetFocused(f bool) { m.focused = f && !m.plain }

// Focused reports whether the list has the keyboard.
func (m Model[T]) Focused() bool { return m.focused }

// Keys are the list's moving keys (for the help); with SetKeys a parent
// frees one for itself (j on a case list with jots left).
func (m Model[T]) Keys() keys.List { return m.keys }

// SetKeys replaces the moving keys.
func (m *Model[T]) SetKeys(k keys.List) { m.keys = k }

// Bindings are the moving keys as a slice, for help.
func (m Model[T]) Bindings() []key.Binding {
	return []key.Binding{m.keys.Up, m.keys.Down, m.keys.PageUp, m.keys.PageDown, m.keys.Top, m.keys.Bottom}
}

// SetSize gives the list its box; height 0 lets it be as tall as its
// items (inside a form that scrolls).
func (m *Model[T]) SetSize(w, h int) {
	m.width, m.height = w, h
	m.keepVisible()
}

// Update moves the selection; moved reports whether it did.
func (m Model[T]) Update(msg tea.Msg) (Model[T], bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || !m.focused || len(m.items) == 0 {
		return m, false
	}
	before := m.sel
	page := max(m.height-1, 1)
	switch {
	case key.Matches(k, m.keys.Up):
		m.sel--
	case key.Matches(k, m.keys.Down):
		m.sel++
	case key.Matches(k, m.keys.PageUp):
		m.sel -= page
	case key.Matches(k, m.keys.PageDown):
		m.sel += page
	case key.Matches(k, m.keys.Top):
		m.sel = 0
	case key.Matches(k, m.keys.Bottom):
		m.sel = len(m.items) - 1
	default:
		return m, false
	}
	m.keepVisible()
	return m, m.sel != before
}

// keepVisible clamps the selection and scrolls so all of the selected
// item shows (its top when it is taller than the box).
func (m *Model[T]) keepVisible() {
	m.sel = min(max(m.sel, 0), max(len(m.items)-1, 0))
	if m.height <= 0 || len(m.items) == 0 {
		m.top = 0
		return
	}
	m.top = min(m.top, m.sel)
	for m.top < m.sel && m.rows(m.top, m.sel) > m.height {
		m.top++
	}
}

// rows is how many lines items from..to (inclusive) take.
func (m *Model[T]) rows(from, to int) int {
	n := 0
	for i := from; i <= to; i++ {
		n += len(m.draw(i))
	}
	return n
}

func (m Model[T]) innerWidth() int {
	if m.plain {
		return m.width
	}
	return max(m.width-layout.Width(Marker), 1)
}

func (m Model[T]) draw(i int) []string {
	return m.render(i, m.items[i], m.focused && i == m.sel, m.innerWidth())
}

// SelectedRows are the first and last line of the selected item in the
// drawn list: a form that scrolls keeps them on screen.
func (m Model[T]) SelectedRows() (first, last int) {
	if len(m.items) == 0 {
		return 0, 0
	}
	first = m.rows(m.top, m.sel) - len(m.draw(m.sel))
	return first, first + len(m.draw(m.sel)) - 1
}

// View draws the items from the top of the box: exactly the box when it
// has a height, every item otherwise.
func (m Model[T]) View() layout.Frame {
	var lines []string
	for i := m.top; i < len(m.items); i++ {
		if m.height > 0 && len(lines) >= m.height {
			break
		}
		item := m.draw(i)
		for j, l := range item {
			switch {
			case m.plain:
			case j == 0 && m.focused && i == m.sel:
				l = m.mark.Render(Marker) + l
			default:
				l = "  " + l
			}
			lines = append(lines, layout.Truncate(l, m.width))
		}
	}
	h := m.height
	if h <= 0 {
		h = len(lines)
	}
	return layout.Text(lines...).Fit(m.width, h)
}
