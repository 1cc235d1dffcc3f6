package flow

import (
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/day"
)

type savedMsg struct {
	res day.Saved
	err error
}

// save checks every step in order (the first problem takes the person to
// that step and field) and saves the debrief (day.Journal.Save: the entry,
// the new ideas and the draft's removal in one transaction).
func (m *Model) save() tea.Cmd {
	if m.phase == phaseSaving {
		return nil
	}
	for i, s := range m.steps {
		if n, slot := s.Check(); n > 0 {
			m.step().Blur()
			m.cur = i
			m.setStatus(m.ctx.N("tui.check.problems", n), true)
			m.problemStatus = true
			return m.step().FocusSlot(slot)
		}
	}
	d := m.collect()
	e := d.Entry
	if m.vent.LetGo() {
		e.Vent, e.VentSealed = "", nil
	}
	m.phase = phaseSaving
	m.setStatus(m.ctx.T("tui.saving"), false)
	j, today := m.ctx.Journal, m.ctx.Today
	return func() tea.Msg {
		res, err := j.Save(day.Debrief{Entry: e, Ideas: d.Ideas}, today)
		return savedMsg{res: res, err: err}
	}
}

// onSaved shows the saved screen, or keeps everything typed on screen when
// the write failed (ctrl+s tries again). A write refused because the entry
// or the draft changed underneath (another process) is where a screen
// comparing both versions will come in.
func (m *Model) onSaved(msg savedMsg) tea.Cmd {
	if msg.err != nil {
		m.phase = phaseTyping
		m.setStatus(m.ctx.Explain(msg.err)+" "+m.ctx.T("tui.retry"), true)
		return nil
	}
	m.saver.Done()
	m.phase = phaseSaved
	m.result = msg.res
	m.setStatus("", false)
	return nil
}
