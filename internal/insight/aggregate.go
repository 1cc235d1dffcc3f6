package insight

import (
	"math"

	"github.com/debrief-app/debrief/internal/journal"
)

// Mean accumulates a value over the shifts that have it: a shift without
// energy, stress, contacts or CSAT does not pull an average towards zero.
type Mean struct {
	Sum float64
	N   int
}

// Add counts one value.
func (m *Mean) Add(v float64) { m.Sum += v; m.N++ }

// Avg is the mean rounded to 2 decimals, nil when no shift had the value.
func (m Mean) Avg() *float64 {
	if m.N == 0 {
		return nil
	}
	return round2(m.Sum / float64(m.N))
}

// avgIn is Avg written into *slot (no allocation); nil when no value.
func (m Mean) avgIn(slot *float64) *float64 {
	if m.N == 0 {
		return nil
	}
	*slot = *round2(m.Sum / float64(m.N))
	return slot
}

// Aggregate is what a set of shifts adds up to: the rules shared by the
// whole range of `debrief stats`, each of its weeks, and `debrief week`.
type Aggregate struct {
	Shifts   int
	Mood     Mean
	Energy   Mean
	Stress   Mean
	Contacts Mean // Sum is the total; N the shifts that recorded contacts
	CSAT     Mean
	Cases    int
	Praise   int
	Helped   int
	// Outcomes counts cases by outcome in the order of journal.Outcomes,
	// then cases without an outcome; Outcome(name) reads it by name.
	Outcomes [journal.OutcomeSlots]int
	// ByCategory counts cases per category; cases without one are not
	// counted. Nil when no case had a category.
	ByCategory map[string]int
}

// Outcome counts the cases with outcome o ("" or OutcomeNone for none).
func (a *Aggregate) Outcome(o string) int {
	if o == "" || o == OutcomeNone {
		return a.Outcomes[journal.OutcomeSlots-1]
	}
	if i := journal.OutcomeSlot(o); i < journal.OutcomeSlots-1 {
		return a.Outcomes[i]
	}
	return 0
}

// Add counts one shift. Scales count only when given (1–5).
func (a *Aggregate) Add(m *journal.Metrics) {
	a.addCounts(m)
	a.addCategories(m)
}

func (a *Aggregate) addCategories(m *journal.Metrics) {
	for _, c := range m.Categories {
		if a.ByCategory == nil {
			a.ByCategory = make(map[string]int)
		}
		a.ByCategory[c]++
	}
}

// addCounts is Add without the categories, which weekly rows don't show:
// a map per week would cost more than the rest of the week together.
func (a *Aggregate) addCounts(m *journal.Metrics) {
	a.Shifts++
	if journal.Has(m.Mood) {
		a.Mood.Add(float64(m.Mood))
	}
	if journal.Has(m.Energy) {
		a.Energy.Add(float64(m.Energy))
	}
	if journal.Has(m.Stress) {
		a.Stress.Add(float64(m.Stress))
	}
	if m.HasContacts {
		a.Contacts.Add(float64(m.Contacts))
	}
	if m.HasCSAT {
		a.CSAT.Add(m.CSAT)
	}
	a.Cases += m.Cases
	a.Praise += m.Praise
	a.Helped += m.Helped
	for i, n := range m.ByOutcome {
		a.Outcomes[i] += n
	}
}

// Merge adds the shifts of b: aggregating weeks and merging them gives the
// same totals as aggregating all shifts at once.
func (a *Aggregate) Merge(b *Aggregate) {
	a.Shifts += b.Shifts
	for _, p := range [...][2]*Mean{{&a.Mood, &b.Mood}, {&a.Energy, &b.Energy}, {&a.Stress, &b.Stress},
		{&a.Contacts, &b.Contacts}, {&a.CSAT, &b.CSAT}} {
		p[0].Sum += p[1].Sum
		p[0].N += p[1].N
	}
	a.Cases += b.Cases
	a.Praise += b.Praise
	a.Helped += b.Helped
	for i, n := range b.Outcomes {
		a.Outcomes[i] += n
	}
	for c, n := range b.ByCategory {
		if a.ByCategory == nil {
			a.ByCategory = make(map[string]int, len(b.ByCategory))
		}
		a.ByCategory[c] += n
	}
}

// ContactsTotal is the sum of contacts over the shifts that recorded them.
func (a *Aggregate) ContactsTotal() int { return int(a.Contacts.Sum) }

// Totals adds up a set of shifts.
func Totals(ms []journal.Metrics) Aggregate {
	var a Aggregate
	for i := range ms {
		a.Add(&ms[i])
	}
	return a
}

// round2 rounds half away from zero to 2 decimals.
func round2(v float64) *float64 {
	r := math.Round(v*100) / 100
	return &r
}
