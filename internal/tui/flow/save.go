package flow

import (
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/app"
)

// saveResult is what the person sees after saving.
type saveResult struct {
	entries int // entries in the journal
	mood    int
	avg7    float64 // mood average of the 7 shifts before this one
	n7      int     // how many shifts that average is over
	streak  int
}

type savedMsg struct {
	res saveResult
	err error
}

// save checks every step in order (the first problem takes the person to
// that step and field) and writes the entry, the new ideas and removes the
// draft in one transaction: either all of it is in the journal or none of
// it.
func (m *Model) save() tea.Cmd {
	if m.phase == phaseSaving {
		return nil
	}
	for i, s := range m.steps {
		if problem, slot := s.Check(); problem != "" {
			m.step().Blur()
			m.cur = i
			m.setStatus(problem, true)
			return m.step().FocusSlot(slot)
		}
	}
	d := m.collect()
	e := d.Entry
	if m.vent.LetGo() {
		e.Vent = ""
	}
	m.phase = phaseSaving
	m.setStatus(m.ctx.T("tui.saving"), false)
	ctx, date, ideas := m.ctx, m.date, d.Ideas
	return func() tea.Msg {
		err := ctx.Write(func(tx *store.Tx) error {
			if err := tx.PutEntry(&e, false); err != nil {
				return err
			}
			for i := range ideas {
				idea := ideas[i]
				idea.ID, idea.ShiftDate, idea.Status = 0, date, journal.IdeaNew
				if err := tx.PutIdea(&idea, false); err != nil {
					return err
				}
			}
			return tx.DeleteDraft(date)
		})
		if err != nil {
			return savedMsg{err: err}
		}
		return savedMsg{res: afterSave(ctx, date)}
	}
}

// afterSave reads what the saved screen shows: the streak as of today and
// this shift's mood against the average of the 7 shifts before it (the
// insight room's rules, the same as `debrief stats`). A failure here is
// not a failure to save: the numbers are just left out.
func afterSave(ctx *app.Context, date journal.Date) saveResult {
	var res saveResult
	_ = ctx.Read(func(tx *store.Tx) error {
		res.entries = tx.EntryCount()
		ms, err := tx.Metrics(0, max(date, ctx.Today))
		if err != nil {
			return err
		}
		offs, err := tx.DaysOff()
		if err != nil {
			return err
		}
		res.streak, _ = insight.Streaks(insight.NewCalendar(ctx.Today, ctx.Cfg.Workdays(), offs), ms)
		before := insight.Between(ms, 0, date.AddDays(-1))
		if this := insight.Between(ms, date, date); len(this) == 1 {
			res.mood = this[0].Mood
		}
		if r := insight.RecentOf(before, insight.MoodOf); r.Last7Avg != nil {
			res.avg7, res.n7 = *r.Last7Avg, r.Last7N
		}
		return nil
	})
	return res
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
