package flow

import (
	"sort"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// loadedMsg carries what the flow reads from the journal when it opens.
type loadedMsg struct {
	draft        *journal.Draft
	entry        *journal.Entry
	lastTomorrow string
	weekFocus    string // last week's focus, for the first debrief of a week
	categories   []string
	err          error
}

func (m *Model) load() tea.Cmd {
	ctx, date := m.ctx, m.date
	return func() tea.Msg {
		var out loadedMsg
		out.err = ctx.Read(func(tx *store.Tx) error {
			if dr, ok, err := tx.Draft(date); err != nil {
				return err
			} else if ok {
				out.draft = &dr
			}
			if e, ok, err := tx.Entry(date); err != nil {
				return err
			} else if ok {
				out.entry = &e
			}
			if prev, ok, err := tx.LatestEntry(date.AddDays(-1)); err != nil {
				return err
			} else if ok {
				out.lastTomorrow = prev.Tomorrow
			}
			ms, err := tx.Metrics(0, 0)
			if err != nil {
				return err
			}
			out.categories = usedCategories(ms)
			week := journal.WeekOf(date)
			if !loggedBetween(ms, week.Monday(), date.AddDays(-1)) {
				if r, ok, err := tx.Review(week.Prev()); err != nil {
					return err
				} else if ok {
					out.weekFocus = strings.TrimSpace(r.Focus)
				}
			}
			return nil
		})
		return out
	}
}

// loggedBetween reports whether any shift in [from, to] has an entry.
func loggedBetween(ms []journal.Metrics, from, to journal.Date) bool {
	for _, m := range ms {
		if m.Date >= from && m.Date <= to {
			return true
		}
	}
	return false
}

// usedCategories lists case categories by how often they were used.
func usedCategories(ms []journal.Metrics) []string {
	count := map[string]int{}
	for _, m := range ms {
		for _, c := range m.Categories {
			count[c]++
		}
	}
	out := make([]string, 0, len(count))
	for c := range count {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if count[out[i]] != count[out[j]] {
			return count[out[i]] > count[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

func (m *Model) loaded(msg loadedMsg) tea.Cmd {
	if msg.err != nil {
		m.setStatus(m.ctx.Explain(msg.err), true)
	}
	m.shift.SetPrevious(msg.lastTomorrow, msg.weekFocus)
	m.cases.SetCategories(msg.categories)
	if msg.entry != nil {
		e := *msg.entry
		m.existing = &e
		if !m.editing {
			m.editing = true
			m.SetSize(m.width, m.height)
		}
		m.apply(journal.Draft{Entry: e})
	}
	if msg.draft != nil {
		m.jots = msg.draft.Jots
		m.cases.SetJots(m.jots)
		if draftHasContent(msg.draft) {
			m.pendingDraft = msg.draft
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
		len(e.Helped) > 0 || len(e.Cases) > 0 || e.Vent != "" || e.Tomorrow != "" ||
		e.StartedAt != "" || e.EndedAt != "" || e.Contacts != nil || e.CSAT != nil
}

// resume takes the offered draft; restart leaves it for a fresh start,
// keeping the jots.
func (m *Model) resume(take bool) tea.Cmd {
	dr := m.pendingDraft
	m.pendingDraft = nil
	m.phase = phaseTyping
	if take && dr != nil {
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
