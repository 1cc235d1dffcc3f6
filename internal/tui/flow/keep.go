package flow

import (
	"errors"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/draft"
)

// Keeping what is typed: the draft is written on every step change, after
// a few idle seconds and when the app ends, through day.Writer, which
// writes only over the draft this flow read or wrote itself. The shift's
// jots are read, never written: fresh when the cases step is entered and
// with every draft write.

// saveDraft writes a snapshot of the steps as the draft, if anything
// changed since the last confirmed write. While another window's draft
// is in the journal (draftHeld) nothing is written over it: the person
// chooses at the next save.
func (m *Model) saveDraft() tea.Cmd {
	if m.writer == nil || m.draftHeld || m.phase == phaseSaving || m.phase == phaseSaved {
		return nil
	}
	dr := m.collect()
	w := m.writer
	return m.saver.Save(func() (any, error) { return w.SaveDraft(dr) })
}

// draftSaved takes a draft write's answer: the jots as they are now, or
// the news that the date changed elsewhere, said once.
func (m *Model) draftSaved(msg draft.SavedMsg) {
	mine, result, err := m.saver.Saved(msg)
	switch {
	case !mine:
		// another flow's draft, written as it was left
		return
	case errors.Is(err, day.ErrConflict):
		m.draftHeld = true
		m.setStatus(m.ctx.T("conflict.draft_held"), false)
		return
	case err != nil:
		m.setStatus(m.ctx.T("tui.draft_failed", m.ctx.Explain(err)), true)
		return
	}
	saved, ok := result.(day.DraftSaved)
	if ok {
		m.setJots(saved.Jots)
	}
	switch {
	case saved.EntryChanged && !m.entryMoved:
		m.entryMoved = true
		m.setStatus(m.ctx.T("conflict.entry_moved"), false)
	case !m.statusErr && !m.entryMoved:
		m.setStatus(m.ctx.T("tui.draft_saved", m.ctx.Clock().Format("15:04")), false)
	}
}

// Leave saves the draft now; the root runs it before the app ends for any
// reason. Nothing is written when nothing changed or the entry is saved.
// Nobody is left to ask at the end: if another window wrote the draft
// meanwhile, both are kept, merged (day.Writer.KeepDraft).
func (m *Model) Leave() tea.Cmd {
	if m.writer == nil || m.phase == phaseSaved {
		return nil
	}
	dr := m.collect()
	w := m.writer
	return m.saver.Save(func() (any, error) { return nil, w.KeepDraft(dr) })
}

// jotsMsg carries the shift's jots read fresh.
type jotsMsg struct {
	jots []journal.Jot
	err  error
}

func (m *Model) readJots() tea.Cmd {
	w := m.writer
	if w == nil {
		return nil
	}
	return func() tea.Msg {
		jots, err := w.Jots()
		return jotsMsg{jots: jots, err: err}
	}
}

// setJots gives the cases step the shift's jots as they are now.
func (m *Model) setJots(jots []journal.Jot) {
	m.jots = jots
	m.cases.SetJots(jots)
	if m.step() == m.review {
		m.review.Show(m.collect(), m.vent.LetGo())
	}
}
