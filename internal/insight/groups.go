package insight

import (
	"slices"

	"github.com/debrief-app/debrief/internal/journal"
)

// Group is the shifts of one weekday or one kind of shift: how many, and
// how they went on average (null where none of them had the value).
type Group struct {
	Shifts           int      `json:"shifts"`
	MoodAvg          *float64 `json:"mood_avg"`
	EnergyAvg        *float64 `json:"energy_avg"`
	StressAvg        *float64 `json:"stress_avg"`
	ContactsPerShift *float64 `json:"contacts_per_shift"`
}

// CategoryStress is the average stress of the shifts that had a case of a
// category, and how many such shifts there were (each shift once, however
// many cases of the category it had).
type CategoryStress struct {
	StressAvg *float64 `json:"stress_avg"`
	Shifts    int      `json:"shifts"`
}

// Weekdays are the by_weekday keys, Monday first (time.Weekday counts
// from Sunday: (Weekday+6)%7 is the index here).
var Weekdays = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// MinGroup is how many shifts a group needs before a comparison is shown
// to a person (Trends): fewer says more about chance than about the shift.
const MinGroup = 5

// Groups are the shifts of a range by weekday, by kind of shift and by case
// category: `stats --json` by_weekday, by_shift, by_category_stress.
type Groups struct {
	ByWeekday        map[string]Group          `json:"by_weekday"`
	ByShift          map[string]Group          `json:"by_shift"`
	ByCategoryStress map[string]CategoryStress `json:"by_category_stress"`
}

// GroupsOf sums ms (the shifts of a range) by weekday, by shift kind and by
// case category. Every weekday and every shift kind is a key, with zero
// shifts when there were none; shifts without a kind count as "other".
func GroupsOf(ms []journal.Metrics) Groups {
	var byDay [7]Aggregate
	byKind := make([]Aggregate, len(journal.ShiftKinds))
	shifts := map[string]int{}   // per category: the shifts with a case of it
	stress := map[string]*Mean{} // and the stress of those that gave one
	counted := map[string]bool{}
	for i := range ms {
		m := &ms[i]
		byDay[(int(m.Date.Weekday())+6)%7].addCounts(m)
		k := slices.Index(journal.ShiftKinds, m.Shift)
		if k < 0 {
			k = slices.Index(journal.ShiftKinds, journal.ShiftOther)
		}
		byKind[k].addCounts(m)
		clear(counted)
		for _, c := range m.Categories {
			if counted[c] {
				continue
			}
			counted[c] = true
			shifts[c]++
			if journal.Has(m.Stress) {
				if stress[c] == nil {
					stress[c] = &Mean{}
				}
				stress[c].Add(float64(m.Stress))
			}
		}
	}
	g := Groups{ByWeekday: map[string]Group{}, ByShift: map[string]Group{}, ByCategoryStress: map[string]CategoryStress{}}
	for i, name := range Weekdays {
		g.ByWeekday[name] = groupOf(&byDay[i])
	}
	for i, name := range journal.ShiftKinds {
		g.ByShift[name] = groupOf(&byKind[i])
	}
	for c, n := range shifts {
		var avg *float64
		if stress[c] != nil {
			avg = stress[c].Avg()
		}
		g.ByCategoryStress[c] = CategoryStress{StressAvg: avg, Shifts: n}
	}
	return g
}

func groupOf(a *Aggregate) Group {
	return Group{Shifts: a.Shifts, MoodAvg: a.Mood.Avg(), EnergyAvg: a.Energy.Avg(), StressAvg: a.Stress.Avg(), ContactsPerShift: a.Contacts.Avg()}
}
