// Package pager shows a text to read in a box: an entry in History, the
// week's summary. It is the bubbles viewport with soft wrap off: the text
// is drawn by the owner for the box's width (wrapped with layout.Wrap,
// which breaks Chinese where it may) and drawn again whenever the width
// changes, so the rows scrolled over are the rows shown.
package pager

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
)

// Draw lays out the text for width cells.
type Draw func(width int) []string

// Model is a pager.
type Model struct {
	vp            viewport.Model
	keys          keys.Pager
	draw          Draw
	width, height int
}

// New returns an empty pager answering to k.
func New(k keys.Pager) Model {
	vp := viewport.New()
	vp.SoftWrap = false
	vp.KeyMap = viewport.KeyMap{
		Up: k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDown,
		HalfPageUp: k.HalfUp, HalfPageDown: k.HalfDown,
		Left: keys.On(k.Up, false), Right: keys.On(k.Down, false),
	}
	return Model{vp: vp, keys: k}
}

// SetText sets what the pager shows; draw is called again on every
// change of width. The scroll position stays where it can.
func (m *Model) SetText(draw Draw) {
	m.draw = draw
	m.redraw()
}

func (m *Model) redraw() {
	if m.draw == nil || m.width <= 0 {
		m.vp.SetContentLines(nil)
		return
	}
	m.vp.SetContentLines(m.draw(m.width))
}

// SetSize gives the pager its box and lays the text out again for it.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.vp.SetWidth(w)
	m.vp.SetHeight(h)
	m.redraw()
}

// Update scrolls.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, m.keys.Top):
			m.vp.GotoTop()
			return m, nil
		case key.Matches(k, m.keys.Bottom):
			m.vp.GotoBottom()
			return m, nil
		}
	}
	var cmd tea.Cmd
	m.vp, cmd = m.vp.Update(msg)
	return m, cmd
}

// GotoTop shows the beginning.
func (m *Model) GotoTop() { m.vp.GotoTop() }

// GotoBottom shows the end.
func (m *Model) GotoBottom() { m.vp.GotoBottom() }

// AtBottom reports whether the end of the text is in view: an owner may
// say there is more below.
func (m Model) AtBottom() bool { return m.vp.AtBottom() }

// Bindings are the scrolling keys, for help.
func (m Model) Bindings() []key.Binding {
	k := m.keys
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.Top, k.Bottom}
}

// View draws the visible rows, exactly the box.
func (m Model) View() layout.Frame {
	return layout.Text(layout.Lines(m.vp.View())...).Fit(m.width, m.height)
}
