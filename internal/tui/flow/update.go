package flow

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/common"
	"github.com/debrief-app/debrief/internal/tui/textfield"
)

// Update handles the flow's messages and keys.
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		return m, m.loaded(msg)
	case draftSavedMsg:
		m.draftSaved(msg)
		return m, nil
	case savedMsg:
		return m, m.onSaved(msg)
	case idleMsg:
		if msg.seq == m.idleSeq {
			return m, m.saveDraft()
		}
		return m, nil
	case editorDoneMsg:
		return m, m.editorDone(msg)
	case tea.BackgroundColorMsg:
		for _, f := range append(m.allText(), &m.vent) {
			f.SetDark(msg.IsDark())
		}
		return m, nil
	case tea.PasteMsg:
		return m, m.typeInto(msg)
	case tea.KeyPressMsg:
		return m, m.key(msg)
	}
	// Anything else (cursor blinks) goes to the focused field.
	if f := m.focusedText(); f != nil {
		var cmd tea.Cmd
		*f, cmd = f.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m *Model) key(k tea.KeyPressMsg) tea.Cmd {
	switch m.phase {
	case phaseLoading, phaseSaving:
		return nil
	case phaseResume:
		switch {
		case key.Matches(k, m.keys.Resume):
			return m.resume(true)
		case key.Matches(k, m.keys.Restart):
			return m.resume(false)
		case key.Matches(k, m.keys.Back):
			return common.GoHome
		}
		return nil
	case phaseSaved:
		return common.GoHome
	}

	switch {
	case key.Matches(k, m.keys.Save):
		return m.save()
	case key.Matches(k, m.keys.NextStep):
		return m.gotoStep(m.step + 1)
	case key.Matches(k, m.keys.PrevStep):
		return m.gotoStep(m.step - 1)
	case k.String() == "tab":
		return m.next()
	case k.String() == "shift+tab":
		return m.prev()
	case key.Matches(k, m.keys.Back):
		if m.step == stepCases && m.caseEdit >= 0 {
			m.closeCase()
			return m.changed()
		}
		if m.step == stepShift {
			return tea.Sequence(m.saveDraft(), common.GoHome)
		}
		return m.gotoStep(m.step - 1)
	case m.step == stepVent && key.Matches(k, m.keys.Editor):
		return m.editVent()
	case m.step == stepReview && k.String() == "enter":
		return m.save()
	}

	s := m.focused()
	if s == nil {
		return nil
	}
	if s.list != noList {
		return m.listKey(s.list, k)
	}
	if k.String() == "enter" && (s.text == nil || !s.text.MultiLine()) {
		if m.step == stepIdeas && s.text == &m.ideaText {
			return m.addIdea()
		}
		return m.next()
	}
	if m.step == stepCases && s.text == &m.caseForm.category && key.Matches(k, m.keys.Suggest) {
		m.suggestCategory()
		return m.changed()
	}
	if s.pick != nil {
		before := s.pick.Index
		*s.pick, _ = s.pick.Update(k)
		if s.pick.Index != before {
			return m.changed()
		}
		return nil
	}
	return m.typeInto(k)
}

// typeInto sends a key or a paste to the focused text field.
func (m *Model) typeInto(msg tea.Msg) tea.Cmd {
	f := m.focusedText()
	if f == nil {
		return nil
	}
	before := f.Value()
	var cmd tea.Cmd
	*f, cmd = f.Update(msg)
	if f.Value() != before {
		return tea.Batch(cmd, m.changed())
	}
	return cmd
}

func (m *Model) focusedText() *textfield.Field {
	if m.phase != phaseTyping {
		return nil
	}
	if s := m.focused(); s != nil {
		return s.text
	}
	return nil
}

// next moves to the next slot, past the last one to the next step.
func (m *Model) next() tea.Cmd {
	if m.step == stepCases && m.caseEdit >= 0 && m.focus == len(m.slots())-1 {
		m.closeCase()
		return m.changed()
	}
	if m.focus+1 < len(m.slots()) {
		return m.setFocus(m.focus + 1)
	}
	return m.gotoStep(m.step + 1)
}

// prev moves back a slot, before the first one to the previous step.
func (m *Model) prev() tea.Cmd {
	if m.focus > 0 {
		return m.setFocus(m.focus - 1)
	}
	if m.step == stepCases && m.caseEdit >= 0 {
		return nil
	}
	if m.step == 0 {
		return nil
	}
	cmd := m.gotoStep(m.step - 1)
	return tea.Batch(cmd, m.setFocus(len(m.slots())-1))
}

// gotoStep changes step and writes the draft: a step change is a natural
// moment to make sure nothing is lost.
func (m *Model) gotoStep(step int) tea.Cmd {
	if step < 0 || step >= numSteps {
		return nil
	}
	if m.caseEdit >= 0 {
		m.closeCase()
		m.markDirty()
	}
	if m.step == stepIdeas {
		m.keepTypedIdea()
	}
	m.step = step
	if !m.statusErr {
		m.status = ""
	}
	return tea.Batch(m.setFocus(0), m.saveDraft())
}

func (m *Model) listKey(list int, k tea.KeyPressMsg) tea.Cmd {
	switch list {
	case listCases:
		switch {
		case key.Matches(k, m.keys.Add):
			m.openCase(len(m.cases), journal.Case{})
			return m.changed()
		case key.Matches(k, m.keys.Jot) && m.jotsUsed < len(m.jots):
			j := m.jots[m.jotsUsed]
			m.jotsUsed++
			m.openCase(len(m.cases), journal.Case{Title: strings.TrimSpace(j.Text)})
			return m.changed()
		case k.String() == "enter":
			if len(m.cases) == 0 {
				m.openCase(0, journal.Case{})
				return m.changed()
			}
			m.openCase(m.caseSel, journal.Case{})
			return nil
		case key.Matches(k, m.keys.Remove) && len(m.cases) > 0:
			m.cases = append(m.cases[:m.caseSel], m.cases[m.caseSel+1:]...)
			m.caseSel = min(m.caseSel, max(len(m.cases)-1, 0))
			return m.changed()
		case k.String() == "up" || k.String() == "k":
			m.caseSel = max(m.caseSel-1, 0)
		case k.String() == "down" || k.String() == "j" && m.jotsUsed >= len(m.jots):
			m.caseSel = min(m.caseSel+1, max(len(m.cases)-1, 0))
		}
	case listIdeas:
		switch {
		case key.Matches(k, m.keys.Remove) && len(m.ideas) > 0:
			m.ideas = append(m.ideas[:m.ideaSel], m.ideas[m.ideaSel+1:]...)
			m.ideaSel = min(m.ideaSel, max(len(m.ideas)-1, 0))
			return m.changed()
		case k.String() == "enter" && len(m.ideas) > 0:
			// Back into the field to be edited.
			idea := m.ideas[m.ideaSel]
			m.ideas = append(m.ideas[:m.ideaSel], m.ideas[m.ideaSel+1:]...)
			m.ideaSel = min(m.ideaSel, max(len(m.ideas)-1, 0))
			m.ideaText.SetValue(idea.Text)
			m.ideaKind.SetValue(idea.Kind)
			return tea.Batch(m.setFocus(0), m.changed())
		case k.String() == "enter":
			return m.next()
		case k.String() == "up" || k.String() == "k":
			m.ideaSel = max(m.ideaSel-1, 0)
		case k.String() == "down" || k.String() == "j":
			m.ideaSel = min(m.ideaSel+1, max(len(m.ideas)-1, 0))
		}
	}
	return nil
}

// addIdea moves the typed idea into the list; enter on an empty field goes
// on to the next step.
func (m *Model) addIdea() tea.Cmd {
	if strings.TrimSpace(m.ideaText.Value()) == "" {
		return m.gotoStep(m.step + 1)
	}
	m.keepTypedIdea()
	return m.changed()
}

func (m *Model) keepTypedIdea() {
	v := strings.TrimSpace(m.ideaText.Value())
	if v == "" {
		return
	}
	m.ideas = append(m.ideas, journal.Idea{Kind: m.ideaKind.Value(), Text: v})
	m.ideaSel = len(m.ideas) - 1
	m.ideaText.SetValue("")
}
