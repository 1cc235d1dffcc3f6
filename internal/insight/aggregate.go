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
	// ByOutcome counts cases per outcome; cases without one count under "".
	ByOutcome map[string]int
	// ByCategory counts cases per category; cases without one are not counted.
	ByCategory map[string]int
}

// Add counts one shift. Scales count only when given (1–5).
func (a *Aggregate) Add(m *journal.Metrics) {
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
	for o, n := range m.ByOutcome {
		if a.ByOutcome == nil {
			a.ByOutcome = make(map[string]int, len(journal.Outcomes)+1)
		}
		a.ByOutcome[o] += n
	}
	for _, c := range m.Categories {
		if a.ByCategory == nil {
			a.ByCategory = make(map[string]int)
		}
		a.ByCategory[c]++
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
