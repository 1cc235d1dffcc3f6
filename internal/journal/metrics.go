package journal

import "unicode/utf8"

// Metrics is the compact per-shift record kept beside each entry so that
// statistics over years never decode whole entries. It holds numbers and
// case categories only: nothing private.
type Metrics struct {
	Date        Date
	Shift       string
	Mood        int // 1–5
	Energy      int // 0 = not given
	Stress      int // 0 = not given
	Contacts    int // meaningful when HasContacts
	HasContacts bool
	CSAT        float64 // meaningful when HasCSAT
	HasCSAT     bool
	Cases       int
	ByOutcome   [OutcomeSlots]int // cases by outcome: Outcomes' order, then cases without one (OutcomeSlot)
	Praise      int
	Helped      int
	FocusDone   string
	Categories  []string // one per case that has a category, in case order
}

// MetricsOf derives the metrics of an entry.
func MetricsOf(e *Entry) Metrics {
	m := Metrics{
		Date: e.ShiftDate, Shift: e.Shift, Mood: e.Mood, Energy: e.Energy, Stress: e.Stress,
		Cases: len(e.Cases), Praise: e.Praised(), Helped: len(e.Helped), FocusDone: e.FocusDone,
	}
	if e.Contacts != nil {
		m.Contacts, m.HasContacts = *e.Contacts, true
	}
	if e.CSAT != nil {
		m.CSAT, m.HasCSAT = *e.CSAT, true
	}
	for _, c := range e.Cases {
		m.ByOutcome[OutcomeSlot(c.Outcome)]++
		if c.Category != "" {
			m.Categories = append(m.Categories, c.Category)
		}
	}
	return m
}

// OutcomeSlots is the length of Metrics.ByOutcome: every outcome of a
// case, then cases without one. Years of shifts count their cases in a
// fixed array each, not a map each (a map per shift was most of the time
// `debrief stats` spent reading them).
const OutcomeSlots = 5

// OutcomeSlot is the index of outcome o in Metrics.ByOutcome: its place in
// Outcomes, or the last slot for "" (a case without an outcome) and any
// name that is not an outcome.
func OutcomeSlot(o string) int {
	for i, name := range Outcomes {
		if name == o {
			return i
		}
	}
	return OutcomeSlots - 1
}

// Summary is what a one-line listing shows of a shift without reading its
// entry: the metrics and a headline.
type Summary struct {
	Metrics
	Headline string
}

// MaxHeadline is how many bytes of the first "helped" line a Summary keeps:
// more than a listing's column shows in any script.
const MaxHeadline = 200

// HeadlineOf is the headline of an entry: its first "helped" line, cut at
// MaxHeadline bytes on a character boundary and marked "…" when cut.
func HeadlineOf(e *Entry) string {
	if len(e.Helped) == 0 {
		return ""
	}
	h := e.Helped[0]
	if len(h) <= MaxHeadline {
		return h
	}
	cut := MaxHeadline
	for cut > 0 && !utf8.RuneStart(h[cut]) {
		cut--
	}
	return h[:cut] + "…"
}
