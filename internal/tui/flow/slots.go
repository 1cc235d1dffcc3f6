package flow

import (
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/tui/choice"
	"github.com/debrief-app/debrief/internal/tui/textfield"
)

// slot is one focusable place of a step: a text field, a picker or a list
// (cases, ideas) the flow draws and drives itself.
type slot struct {
	label string // i18n key
	text  *textfield.Field
	pick  *choice.Model
	list  int  // listCases or listIdeas when the slot is a list
	above bool // label above the field (long text), not beside it
}

const (
	noList = iota
	listCases
	listIdeas
)

func (s *slot) focus() tea.Cmd {
	switch {
	case s.text != nil:
		return s.text.Focus()
	case s.pick != nil:
		return s.pick.Focus()
	}
	return nil
}

func (s *slot) blur() {
	switch {
	case s.text != nil:
		s.text.Blur()
	case s.pick != nil:
		s.pick.Blur()
	}
}

// slots are the focusable places of the current step.
func (m *Model) slots() []*slot {
	switch m.step {
	case stepShift:
		s := []*slot{
			{label: "tui.f.shift", pick: &m.shift},
			{label: "tui.f.mood", pick: &m.mood},
			{label: "tui.f.energy", pick: &m.energy},
			{label: "tui.f.stress", pick: &m.stress},
			{label: "tui.f.start", text: &m.start},
			{label: "tui.f.end", text: &m.end},
			{label: "tui.f.contacts", text: &m.contacts},
			{label: "tui.f.csat", text: &m.csat},
		}
		if m.lastTomorrow != "" {
			s = append(s, &slot{label: "tui.f.focus_done", pick: &m.focusDone})
		}
		return s
	case stepHelped:
		return []*slot{
			{label: "tui.f.helped1", text: &m.helped[0]},
			{label: "tui.f.helped2", text: &m.helped[1]},
			{label: "tui.f.helped3", text: &m.helped[2]},
		}
	case stepCases:
		if m.caseEdit >= 0 {
			return m.caseForm.slots()
		}
		return []*slot{{label: "tui.f.cases", list: listCases}}
	case stepVent:
		return []*slot{
			{label: "tui.f.vent", text: &m.vent, above: true},
			{label: "tui.f.vent_keep", pick: &m.ventKeep},
		}
	case stepIdeas:
		return []*slot{
			{label: "tui.f.idea", text: &m.ideaText},
			{label: "tui.f.idea_kind", pick: &m.ideaKind},
			{label: "tui.f.ideas", list: listIdeas},
		}
	case stepTomorrow:
		return []*slot{{label: "tui.f.tomorrow", text: &m.tomorrow, above: true}}
	}
	return nil
}

// focused is the slot with the keyboard, nil on the review step.
func (m *Model) focused() *slot {
	s := m.slots()
	if len(s) == 0 {
		return nil
	}
	m.focus = min(max(m.focus, 0), len(s)-1)
	return s[m.focus]
}

// setFocus moves the keyboard to slot i of the current step.
func (m *Model) setFocus(i int) tea.Cmd {
	for _, s := range m.slots() {
		s.blur()
	}
	m.focus = i
	if f := m.focused(); f != nil {
		return f.focus()
	}
	return nil
}
