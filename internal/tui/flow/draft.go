package flow

import (
	"sort"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/scale"
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
		m.setStatus(m.explain(msg.err), true)
	}
	m.lastTomorrow = msg.lastTomorrow
	m.weekFocus = msg.weekFocus
	m.categories = msg.categories
	if msg.entry != nil {
		e := *msg.entry
		m.existing = &e
		m.editing = true
		m.apply(journal.Draft{Entry: e})
	}
	if msg.draft != nil {
		m.jots = msg.draft.Jots
		if draftHasContent(msg.draft) {
			m.pendingDraft = msg.draft
			m.phase = phaseResume
			return nil
		}
	}
	m.phase = phaseTyping
	return m.setFocus(0)
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
		m.editing = m.editing || dr.Editing
		m.step = min(max(dr.Step, 0), numSteps-1)
		m.dirty = false
		return m.setFocus(0)
	}
	// Starting over: the old draft is replaced now, so it is not offered
	// again next time.
	m.markDirty()
	return tea.Batch(m.setFocus(0), m.saveDraft())
}

// collect is the draft of what is on screen now.
func (m *Model) collect() journal.Draft {
	e := journal.Entry{ShiftDate: m.date, Shift: m.shift.Value()}
	if m.existing != nil {
		e.Tags, e.CreatedAt = m.existing.Tags, m.existing.CreatedAt
	}
	e.StartedAt = strings.TrimSpace(m.start.Value())
	e.EndedAt = strings.TrimSpace(m.end.Value())
	if n, err := strconv.Atoi(strings.TrimSpace(m.contacts.Value())); err == nil {
		e.Contacts = &n
	}
	if f, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(m.csat.Value()), "%"), 64); err == nil {
		e.CSAT = &f
	}
	e.Mood, e.Energy, e.Stress = scale.Value(m.mood), scale.Value(m.energy), scale.Value(m.stress)
	if m.lastTomorrow != "" {
		e.FocusDone = m.focusDone.Value()
	}
	for i := range m.helped {
		if v := strings.TrimSpace(m.helped[i].Value()); v != "" {
			e.Helped = append(e.Helped, v)
		}
	}
	e.Cases = append([]journal.Case(nil), m.cases...)
	if m.caseEdit >= 0 && m.caseEdit < len(e.Cases) {
		e.Cases[m.caseEdit] = m.caseForm.value()
	}
	e.Cases = dropEmptyCases(e.Cases)
	e.Vent = m.vent.Value()
	if strings.TrimSpace(e.Vent) == "" {
		e.Vent = ""
	}
	e.Tomorrow = strings.TrimSpace(m.tomorrow.Value())
	ideas := append([]journal.Idea(nil), m.ideas...)
	if v := strings.TrimSpace(m.ideaText.Value()); v != "" {
		ideas = append(ideas, journal.Idea{Kind: m.ideaKind.Value(), Text: v})
	}
	return journal.Draft{Entry: e, Ideas: ideas, Jots: m.jots, Step: m.step, Editing: m.editing}
}

func dropEmptyCases(cs []journal.Case) []journal.Case {
	out := cs[:0]
	for _, c := range cs {
		if !emptyCase(c) {
			out = append(out, c)
		}
	}
	return out
}

// apply puts a draft (or a saved entry) on screen.
func (m *Model) apply(d journal.Draft) {
	e := d.Entry
	if e.Shift != "" {
		m.shift.SetValue(e.Shift)
	}
	m.start.SetValue(e.StartedAt)
	m.end.SetValue(e.EndedAt)
	m.contacts.SetValue("")
	if e.Contacts != nil {
		m.contacts.SetValue(strconv.Itoa(*e.Contacts))
	}
	m.csat.SetValue("")
	if e.CSAT != nil {
		m.csat.SetValue(strconv.FormatFloat(*e.CSAT, 'f', -1, 64))
	}
	scale.Set(&m.mood, e.Mood)
	scale.Set(&m.energy, e.Energy)
	scale.Set(&m.stress, e.Stress)
	m.focusDone.SetValue(e.FocusDone)
	for i := range m.helped {
		v := ""
		if i < len(e.Helped) {
			v = e.Helped[i]
		}
		m.helped[i].SetValue(v)
	}
	m.cases = append([]journal.Case(nil), e.Cases...)
	m.caseEdit, m.caseSel = -1, 0
	m.vent.SetValue(e.Vent)
	m.tomorrow.SetValue(e.Tomorrow)
	m.ideas = append([]journal.Idea(nil), d.Ideas...)
	if d.Jots != nil {
		m.jots = d.Jots
	}
}

// draftSavedMsg reports a draft write of the screen as it was at change
// number gen.
type draftSavedMsg struct {
	date journal.Date
	gen  int
	err  error
}

// Err is the write's error; the runner reports it when the last draft,
// written after the program ended, could not be saved.
func (m draftSavedMsg) Err() error { return m.err }

// saveDraft writes a snapshot of the screen as the draft, if anything
// changed since the last successful write. The screen stays "dirty" until
// the write is confirmed, so a write lost with the program (ctrl+c) or
// refused (journal locked) is made again by the next save or at the exit.
func (m *Model) saveDraft() tea.Cmd {
	if !m.dirty || m.saved {
		return nil
	}
	dr := m.collect()
	ctx, gen, date := m.ctx, m.gen, m.date
	return func() tea.Msg {
		return draftSavedMsg{date: date, gen: gen, err: ctx.Write(func(tx *store.Tx) error { return tx.PutDraft(&dr) })}
	}
}

func (m *Model) draftSaved(msg draftSavedMsg) {
	if msg.date != m.date {
		return // another flow's draft, written as it was left
	}
	if msg.err != nil {
		m.setStatus(m.ctx.T("tui.draft_failed", m.explain(msg.err)), true)
		return
	}
	if msg.gen == m.gen {
		m.dirty = false
	}
	if !m.statusErr {
		m.setStatus(m.ctx.T("tui.draft_saved", m.ctx.Clock().Format("15:04")), false)
	}
}

// Leave saves the draft now; the root runs it before the app ends for any
// reason. Nothing is written when nothing changed or the entry is saved.
func (m *Model) Leave() tea.Cmd { return m.saveDraft() }

// idleMsg fires a few seconds after a change; only the newest one saves.
type idleMsg struct{ seq int }

// markDirty notes that the screen differs from the draft.
func (m *Model) markDirty() {
	m.dirty = true
	m.gen++
}

// changed marks the screen as differing from the draft and starts the idle
// timer.
func (m *Model) changed() tea.Cmd {
	m.markDirty()
	m.idleSeq++
	seq := m.idleSeq
	return tea.Tick(IdleSave, func(time.Time) tea.Msg { return idleMsg{seq: seq} })
}
