package history

import (
	"errors"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
)

// pinnedMsg is the outcome of p in the reader (day.Journal.Pin).
type pinnedMsg struct {
	date  journal.Date
	on    bool
	cases []journal.Case
	err   error
}

// togglePin pins every case of the entry for the review, or — when they
// all are pinned already — takes the pins back, as `debrief pin DATE`
// and `debrief pin DATE --remove` do.
func (r *reader) togglePin() tea.Cmd {
	e := r.entry
	if e == nil {
		return nil
	}
	on := false
	for _, c := range e.Cases {
		on = on || !c.Pinned
	}
	j, date := r.ctx.Journal, e.ShiftDate
	return func() tea.Msg {
		cases, err := j.Pin(date, 0, on)
		return pinnedMsg{date: date, on: on, cases: cases, err: err}
	}
}

// pinned shows the entry with its new pins and says what happened under it.
func (r *reader) pinned(msg pinnedMsg) {
	if r.entry == nil || r.entry.ShiftDate != msg.date {
		return
	}
	t := r.ctx.T
	switch {
	case errors.Is(msg.err, day.ErrNoCase):
		r.status = t("tui.history.no_cases")
	case msg.err != nil:
		r.status = r.ctx.Explain(msg.err)
	default:
		r.entry.Cases = msg.cases
		r.status = t("tui.history.unpinned")
		if msg.on {
			r.status = t("tui.history.pinned")
		}
		r.redraw()
	}
}
