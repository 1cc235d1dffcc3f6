package flow

import (
	"errors"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/common"
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

// save writes the entry, the new ideas and removes the draft in one
// transaction: either all of it is in the journal or none of it.
func (m *Model) save() tea.Cmd {
	if m.phase == phaseSaving {
		return nil
	}
	if m.caseEdit >= 0 {
		m.closeCase()
	}
	d := m.collect()
	e := d.Entry
	if m.ventKeep.Value() == "letgo" {
		e.Vent = ""
	}
	if !journal.Has(e.Mood) {
		m.step = stepShift
		m.setFocus(1)
		m.setStatus(m.ctx.T("tui.need_mood"), true)
		return nil
	}
	if err := m.checkNumbers(); err != "" {
		m.step = stepShift
		m.setFocus(0)
		m.setStatus(err, true)
		return nil
	}
	m.phase = phaseSaving
	m.setStatus(m.ctx.T("tui.saving"), false)
	ctx, date, ideas := m.ctx, m.date, d.Ideas
	return func() tea.Msg {
		var res saveResult
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
		res = afterSave(ctx, date)
		return savedMsg{res: res}
	}
}

// afterSave reads what the saved screen shows: the streak as of today and
// this shift's mood against the average of the 7 shifts before it (the
// insight room's rules, the same as `debrief stats`). A failure here is
// not a failure to save: the numbers are just left out.
func afterSave(ctx *common.Context, date journal.Date) saveResult {
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

func (m *Model) onSaved(msg savedMsg) tea.Cmd {
	if msg.err != nil {
		// The text stays on screen; ctrl+s tries again.
		m.phase = phaseTyping
		m.setStatus(m.explain(msg.err)+" "+m.ctx.T("tui.retry"), true)
		return m.setFocus(m.focus)
	}
	m.saved = true
	m.dirty = false
	m.phase = phaseSaved
	m.result = msg.res
	m.status = ""
	return nil
}

// checkNumbers reads the number and time fields the way saving will and
// says what is wrong in one line.
func (m *Model) checkNumbers() string {
	t := m.ctx.T
	for _, f := range []struct{ label, v string }{{"tui.f.start", m.start.Value()}, {"tui.f.end", m.end.Value()}} {
		if v := strings.TrimSpace(f.v); v != "" {
			if _, err := journal.ParseClock(v); err != nil {
				return t("tui.bad_time", t(f.label), v)
			}
		}
	}
	d := m.collect()
	if v := strings.TrimSpace(m.contacts.Value()); v != "" && (d.Entry.Contacts == nil || *d.Entry.Contacts < 0 || *d.Entry.Contacts > journal.MaxContacts) {
		return t("tui.bad_contacts", v)
	}
	if v := strings.TrimSpace(m.csat.Value()); v != "" && (d.Entry.CSAT == nil || *d.Entry.CSAT < 0 || *d.Entry.CSAT > 100) {
		return t("tui.bad_csat", v)
	}
	return ""
}

// explain turns an error into one line in the person's words.
func (m *Model) explain(err error) string {
	t := m.ctx.T
	var fe *journal.FieldError
	switch {
	case errors.Is(err, store.ErrFull):
		return t("err.full")
	case errors.Is(err, store.ErrLocked):
		return t("err.locked")
	case errors.Is(err, store.ErrNotJournal):
		return t("err.not_journal", m.ctx.Paths.DB)
	case errors.Is(err, store.ErrNewerSchema):
		return t("err.newer_schema", m.ctx.Paths.DB)
	case errors.Is(err, store.ErrDamaged):
		return t("err.damaged", m.ctx.Paths.DB)
	case errors.As(err, &fe):
		return t("rule."+string(fe.Rule), fe.Field, fe.Value, fe.Arg)
	}
	return t("tui.err_other", err.Error())
}

func (m *Model) setStatus(s string, isErr bool) {
	m.status, m.statusErr = s, isErr
}
