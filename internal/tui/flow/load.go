package flow

import (
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
)

// loadedMsg carries what the flow opens with (day.Journal.Start).
type loadedMsg struct {
	day.Start
	err error
}

func (m *Model) load() tea.Cmd {
	ctx, date := m.ctx, m.date
	return func() tea.Msg {
		s, err := ctx.Journal.Start(date)
		return loadedMsg{Start: s, err: err}
	}
}

func (m *Model) loaded(msg loadedMsg) tea.Cmd {
	if msg.err != nil {
		m.setStatus(m.ctx.Explain(msg.err), true)
	}
	m.writer = msg.Writer
	m.shift.SetPrevious(msg.LastTomorrow, msg.WeekFocus)
	m.shift.Preselect(m.ctx.Journal.ShiftKind(m.date))
	m.cases.SetCategories(msg.Categories)
	if msg.Entry != nil {
		e := *msg.Entry
		m.existing = &e
		if !m.editing {
			m.editing = true
			m.SetSize(m.width, m.height)
		}
		m.apply(journal.Draft{Entry: e})
	}
	if msg.Draft != nil {
		m.setJots(msg.Draft.Jots)
		if draftHasContent(msg.Draft) {
			m.pendingDraft = msg.Draft
			m.phase = phaseResume
			return nil
		}
	}
	m.phase = phaseTyping
	return m.step().Focus(true)
}

// draftHasContent tells a draft with something typed from one holding only
// the jots of the shift (`debrief jot`), which needs no question.
func draftHasContent(d *journal.Draft) bool {
	e := d.Entry
	return d.Step > 0 || len(d.Ideas) > 0 || e.Mood != 0 || e.Energy != 0 || e.Stress != 0 ||
		len(e.Helped) > 0 || len(e.Cases) > 0 || e.Vent != "" || len(e.VentSealed) > 0 || e.Tomorrow != "" ||
		e.StartedAt != "" || e.EndedAt != "" || e.Contacts != nil || e.CSAT != nil
}

// resume takes the offered draft; restart leaves it for a fresh start,
// keeping the jots.
func (m *Model) resume(take bool) tea.Cmd {
	dr := m.pendingDraft
	m.pendingDraft = nil
	m.phase = phaseTyping
	if take && dr != nil {
		m.writer.Resume(*dr)
		m.apply(*dr)
		if dr.Editing && !m.editing {
			m.editing = true
			m.SetSize(m.width, m.height)
		}
		m.cur = min(max(dr.Step, 0), len(m.steps)-1)
		if m.step() == m.review {
			m.review.Show(m.collect(), m.vent.LetGo())
		}
		m.saver.Clean()
		return m.step().Focus(true)
	}
	// Starting over: the old draft is replaced now, so it is not offered
	// again next time.
	m.saver.MarkDirty()
	return tea.Batch(m.step().Focus(true), m.saveDraft())
}
