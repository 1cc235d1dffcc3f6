package flow

import (
	"errors"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/flow/conflict"
)

type savedMsg struct {
	res day.Saved
	err error
}

// discardedMsg: the person kept a deletion made elsewhere; the flow ends.
type discardedMsg struct{}

// save checks every step in order (the first problem takes the person to
// that step and field) and saves the debrief (day.Writer.Save: the entry,
// the new ideas, the jots its cases used and the draft's removal in one
// transaction, only over what this flow read).
func (m *Model) save() tea.Cmd {
	if m.phase == phaseSaving || m.writer == nil {
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
	if m.vent.LetGo() {
		d.Entry.Vent, d.Entry.VentSealed = "", nil
	}
	m.mine = d
	m.phase = phaseSaving
	m.setStatus(m.ctx.T("tui.saving"), false)
	w, today := m.writer, m.ctx.Today
	deb := day.Debrief{Entry: d.Entry, Ideas: d.Ideas, UsedJots: usedJots(d)}
	return func() tea.Msg {
		res, err := w.Save(deb, today)
		return savedMsg{res: res, err: err}
	}
}

// usedJots are the ids of the jots the draft's cases were started from.
func usedJots(d journal.Draft) []uint64 {
	var out []uint64
	for _, id := range d.UsedJots {
		if id != 0 {
			out = append(out, id)
		}
	}
	return out
}

// onSaved shows the saved screen; asks what to keep when the date changed
// elsewhere; or keeps everything typed on screen when the write failed
// (ctrl+s tries again).
func (m *Model) onSaved(msg savedMsg) tea.Cmd {
	var c *day.Conflict
	switch {
	case errors.As(msg.err, &c):
		diffs := day.Differences(m.mine, c.Theirs)
		if len(diffs) == 0 && !c.Removed {
			// Both sides say the same: nothing to ask.
			m.writer.Adopt(c)
			m.phase = phaseTyping
			return m.save()
		}
		m.conflict = c
		m.phase = phaseConflict
		m.setStatus("", false)
		m.question.Ask(c, diffs)
		return nil
	case msg.err != nil:
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

// choose takes the answer to the conflict: the chosen text goes into the
// steps, the flow is based on what the journal has now, and it saves
// again (the steps' checks first: a merged or adopted draft may still lack
// the mood). Going back keeps everything as it was: the next ctrl+s asks
// again.
func (m *Model) choose(choice conflict.Choice) tea.Cmd {
	c := m.conflict
	var chosen journal.Draft
	switch choice {
	case conflict.Undecided:
		return nil
	case conflict.Back:
		m.phase = phaseTyping
		m.setStatus(m.ctx.T("conflict.pending"), true)
		return m.step().Focus(true)
	case conflict.Theirs:
		if c.Removed {
			m.phase = phaseSaving
			w := m.writer
			return func() tea.Msg {
				_ = w.Discard()
				return discardedMsg{}
			}
		}
		chosen = c.Theirs
	case conflict.Mine:
		chosen = m.mine
	case conflict.Both:
		chosen = c.Merge(m.mine)
	}
	m.writer.Adopt(c)
	m.conflict, m.draftHeld = nil, false
	chosen.Jots = m.jots
	e := chosen.Entry
	m.existing = &e
	if c.Saved && !c.Removed && !m.editing {
		m.editing = true
		m.SetSize(m.width, m.height)
	}
	m.apply(chosen)
	if m.step() == m.review {
		m.review.Show(m.collect(), m.vent.LetGo())
	}
	m.saver.MarkDirty()
	m.phase = phaseTyping
	return tea.Batch(m.step().Focus(true), m.save())
}
