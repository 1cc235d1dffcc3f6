package insight

import (
	"github.com/debrief-app/debrief/internal/journal"
)

// Stats is the result of `debrief stats`; its JSON is the documented
// `debrief stats --json` schema (README, "Streaks, trends and the wellbeing
// signal"). Pointers are null where no shift had the value.
type Stats struct {
	Today          journal.Date `json:"today"`
	Range          Range        `json:"range"`
	Shifts         int          `json:"shifts"`
	Streak         Streak       `json:"streak"`
	Consistency30d *float64     `json:"consistency_30d"`
	Mood           ScaleStats   `json:"mood"`
	Energy         ScaleStats   `json:"energy"`
	Stress         ScaleStats   `json:"stress"`
	Contacts       Contacts     `json:"contacts"`
	CSATAvg        *float64     `json:"csat_avg"`
	Cases          Cases        `json:"cases"`
	Ideas          Ideas        `json:"ideas"`
	Weekly         []WeekStats  `json:"weekly"`
	Wellbeing      Wellbeing    `json:"wellbeing"`
	// Groups: by_weekday, by_shift, by_category_stress over the range.
	Groups
}

// Range is the span of shift dates counted for averages, totals, categories,
// ideas and weeks. From is null when the journal has no entry yet.
type Range struct {
	From *journal.Date `json:"from"`
	To   journal.Date  `json:"to"`
}

// Streak holds the current and longest streak, always as of today.
type Streak struct {
	Current int `json:"current"`
	Longest int `json:"longest"`
}

// ScaleStats is one scale: its average over the range and its recent course
// as of today.
type ScaleStats struct {
	Avg      *float64 `json:"avg"`
	Last7Avg *float64 `json:"last7_avg"`
	Prev7Avg *float64 `json:"prev7_avg"`
	Trend    string   `json:"trend"`
}

// Contacts are the customer contacts of the shifts that recorded them.
type Contacts struct {
	Total    int      `json:"total"`
	PerShift *float64 `json:"per_shift"`
}

// Cases counts typical cases: outcome keys are always all present (plus
// "none" for cases without an outcome); categories as written by the person.
type Cases struct {
	Total      int            `json:"total"`
	Praise     int            `json:"praise"`
	ByOutcome  map[string]int `json:"by_outcome"`
	ByCategory map[string]int `json:"by_category"`
}

// Ideas counts improvement ideas raised on shifts in the range; every status
// key is present.
type Ideas struct {
	Total    int            `json:"total"`
	ByStatus map[string]int `json:"by_status"`
}

// WeekStats is one ISO week of the range (Monday first); weeks without a
// shift are listed with shifts 0 and null averages.
type WeekStats struct {
	Week      journal.Week `json:"week"`
	Shifts    int          `json:"shifts"`
	MoodAvg   *float64     `json:"mood_avg"`
	EnergyAvg *float64     `json:"energy_avg"`
	StressAvg *float64     `json:"stress_avg"`
	Contacts  int          `json:"contacts"`
	CSATAvg   *float64     `json:"csat_avg"`
	Cases     int          `json:"cases"`
	Praise    int          `json:"praise"`
}

// OutcomeNone is the by_outcome key of cases without an outcome.
const OutcomeNone = "none"

// Compute gathers every figure of `debrief stats`. from and to limit the
// shifts counted for averages, totals, categories, ideas (by their shift
// date) and weeks; a zero from means the first entry, a zero to (or one after
// today) means today. Streaks, consistency, last7/prev7/trend and the
// wellbeing signal are always as of today over the whole journal. ms must
// be the journal's metrics (any order; entries after today are ignored).
func Compute(cal Calendar, ms []journal.Metrics, ideas []journal.Idea, from, to journal.Date, signalsOn bool) Stats {
	all := asOf(ms, cal.Today)
	if to.IsZero() || to > cal.Today {
		to = cal.Today
	}
	if from.IsZero() && len(all) > 0 {
		// From the first entry; a range ending before it holds nothing.
		from = min(all[0].Date, to)
	}
	s := Stats{Today: cal.Today, Range: Range{To: to}, Weekly: []WeekStats{}}
	if !from.IsZero() {
		f := from
		s.Range.From = &f
	}

	s.Streak.Current, s.Streak.Longest = Streaks(cal, all)
	s.Consistency30d = consistency30d(cal, all)

	// The weeks merged give the total; categories, which weeks don't show,
	// are counted once over the range.
	var tot Aggregate
	if !from.IsZero() && from <= to {
		inRange := Between(all, from, to)
		var weeks []Aggregate
		s.Weekly, weeks = weekly(inRange, from, to)
		for i := range weeks {
			tot.Merge(&weeks[i])
		}
		for i := range inRange {
			tot.addCategories(&inRange[i])
		}
		s.Groups = GroupsOf(inRange)
	} else {
		s.Groups = GroupsOf(nil)
	}
	s.Shifts = tot.Shifts
	mood := RecentOf(all, MoodOf)
	s.Mood = scaleStats(tot.Mood, mood)
	s.Energy = scaleStats(tot.Energy, RecentOf(all, EnergyOf))
	s.Stress = scaleStats(tot.Stress, RecentOf(all, StressOf))
	s.Contacts = Contacts{Total: tot.ContactsTotal(), PerShift: tot.Contacts.Avg()}
	s.CSATAvg = tot.CSAT.Avg()
	s.Cases = casesOf(tot)
	s.Ideas = ideasIn(ideas, from, to)
	s.Wellbeing = WellbeingOf(all, mood, signalsOn)
	return s
}

func scaleStats(m Mean, r Recent) ScaleStats {
	return ScaleStats{Avg: m.Avg(), Last7Avg: r.Last7Avg, Prev7Avg: r.Prev7Avg, Trend: r.Trend}
}

func casesOf(a Aggregate) Cases {
	c := Cases{Total: a.Cases, Praise: a.Praise, ByOutcome: map[string]int{}, ByCategory: map[string]int{}}
	for _, o := range journal.Outcomes {
		c.ByOutcome[o] = a.Outcome(o)
	}
	c.ByOutcome[OutcomeNone] = a.Outcome(OutcomeNone)
	for k, n := range a.ByCategory {
		c.ByCategory[k] = n
	}
	return c
}

func ideasIn(ideas []journal.Idea, from, to journal.Date) Ideas {
	out := Ideas{ByStatus: make(map[string]int, len(journal.IdeaStatuses))}
	for _, st := range journal.IdeaStatuses {
		out.ByStatus[st] = 0
	}
	for _, i := range ideas {
		if i.ShiftDate < from || i.ShiftDate > to {
			continue
		}
		out.Total++
		out.ByStatus[i.Status]++
	}
	return out
}

// Weekly sums ms (sorted) per ISO week, for every week from the week of
// from to the week of to, using the same rules as Totals.
func Weekly(ms []journal.Metrics, from, to journal.Date) []WeekStats {
	rows, _ := weekly(ms, from, to)
	return rows
}

func weekly(ms []journal.Metrics, from, to journal.Date) ([]WeekStats, []Aggregate) {
	first, last := journal.WeekOf(from), journal.WeekOf(to)
	n := last.Monday().DaysSince(first.Monday())/7 + 1
	rows := make([]WeekStats, 0, n)
	aggs := make([]Aggregate, n)
	// One array holds every week's four averages: a century of weeks would
	// otherwise be 20,000 small allocations.
	vals := make([]float64, 4*n)
	i := 0
	monday := first.Monday()
	for k := range aggs {
		next := monday.AddDays(7)
		a := &aggs[k]
		for ; i < len(ms) && ms[i].Date < next; i++ {
			a.addCounts(&ms[i])
		}
		row := WeekStats{Week: journal.WeekOf(monday), Shifts: a.Shifts, Contacts: a.ContactsTotal(), Cases: a.Cases, Praise: a.Praise}
		v := vals[4*k : 4*k+4]
		row.MoodAvg, row.EnergyAvg, row.StressAvg, row.CSATAvg = a.Mood.avgIn(&v[0]), a.Energy.avgIn(&v[1]), a.Stress.avgIn(&v[2]), a.CSAT.avgIn(&v[3])
		rows = append(rows, row)
		monday = next
	}
	return rows, aggs
}

// WeekRow is the weekly row of an aggregate.
func WeekRow(w journal.Week, a Aggregate) WeekStats {
	return WeekStats{
		Week: w, Shifts: a.Shifts,
		MoodAvg: a.Mood.Avg(), EnergyAvg: a.Energy.Avg(), StressAvg: a.Stress.Avg(),
		Contacts: a.ContactsTotal(), CSATAvg: a.CSAT.Avg(), Cases: a.Cases, Praise: a.Praise,
	}
}
