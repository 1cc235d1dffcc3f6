package report

import (
	"time"

	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
)

// WeekInput is what a week's summary is made from.
type WeekInput struct {
	Week journal.Week
	// Today: shifts after it are not counted (as in `debrief stats`), and
	// scheduled days are counted up to it.
	Today journal.Date
	// Entries are the week's entries, oldest first; Next is the first entry
	// after the week (nil if none), which says whether the week's last
	// "tomorrow" happened.
	Entries []journal.Entry
	Next    *journal.Entry
	// Prev are the metrics of the week before, for the direction.
	Prev   []journal.Metrics
	Ideas  []journal.Idea
	Review *journal.WeeklyReview
	Cal    insight.Calendar
	Loc    *time.Location
}

// WeekSummary is `debrief week` and the Week screen: the person's own
// summary of one ISO week. It never holds the vent. Averages are
// insight.Totals over the week's shifts: the same rules, and so the same
// numbers, as the week's row in `debrief stats`.
type WeekSummary struct {
	Week      journal.Week `json:"week"`
	From      journal.Date `json:"from"`
	To        journal.Date `json:"to"`
	Shifts    int          `json:"shifts"`
	Scheduled int          `json:"scheduled"`
	// Extra counts the shifts logged on days not scheduled (overtime, a
	// swapped shift): 6 shifts of 5 scheduled read "含加班 1 天".
	Extra     int                   `json:"extra"`
	MoodAvg   *float64              `json:"mood_avg"`
	EnergyAvg *float64              `json:"energy_avg"`
	StressAvg *float64              `json:"stress_avg"`
	Prev      WeekPrev              `json:"prev"`
	Contacts  int                   `json:"contacts"`
	CSATAvg   *float64              `json:"csat_avg"`
	Cases     WeekCases             `json:"cases"`
	Helped    []Helped              `json:"helped"`
	Lessons   []Lesson              `json:"lessons"`
	Ideas     []WeekIdea            `json:"ideas"`
	Review    *journal.WeeklyReview `json:"review"`
}

// WeekPrev holds the week before's averages and the direction of this
// week's against them: up or down when they differ by half a point or
// more (the threshold of the trends in `debrief stats`), flat otherwise,
// unknown when either week has no value.
type WeekPrev struct {
	MoodAvg     *float64 `json:"mood_avg"`
	EnergyAvg   *float64 `json:"energy_avg"`
	StressAvg   *float64 `json:"stress_avg"`
	MoodTrend   string   `json:"mood_trend"`
	EnergyTrend string   `json:"energy_trend"`
	StressTrend string   `json:"stress_trend"`
}

// WeekCases counts the week's typical cases; by_outcome always has every
// outcome and "none".
type WeekCases struct {
	Total      int            `json:"total"`
	Praise     int            `json:"praise"`
	ByOutcome  map[string]int `json:"by_outcome"`
	ByCategory map[string]int `json:"by_category"`
}

// Helped is one of the "three things I helped with".
type Helped struct {
	Date journal.Date `json:"date"`
	Text string       `json:"text"`
}

// Lesson kinds.
const (
	LessonCase = "case"       // a case's "better next time"
	LessonNext = "next_shift" // a shift's "tomorrow"
)

// Lesson is something learned: a case's "better next time" (with the
// case's title) or a shift's plan for the next one, with whether it
// happened ("yes", "partly", "no"; "" while unknown).
type Lesson struct {
	Date     journal.Date `json:"date"`
	Kind     string       `json:"kind"`
	Case     string       `json:"case,omitempty"`
	Text     string       `json:"text"`
	Happened string       `json:"happened,omitempty"`
}

// WeekIdea is an idea raised in the week or whose status changed in it.
type WeekIdea struct {
	journal.Idea
	Raised  bool `json:"raised"`
	Changed bool `json:"changed"`
}

// BuildWeek makes the week's summary.
func BuildWeek(in WeekInput) *WeekSummary {
	mon, sun := in.Week.Monday(), in.Week.Sunday()
	w := &WeekSummary{Week: in.Week, From: mon, To: sun, Helped: []Helped{}, Lessons: []Lesson{}, Ideas: []WeekIdea{}}
	var entries []journal.Entry
	for _, e := range in.Entries {
		if e.ShiftDate >= mon && e.ShiftDate <= sun && (in.Today.IsZero() || e.ShiftDate <= in.Today) {
			entries = append(entries, e)
		}
	}
	ms := make([]journal.Metrics, len(entries))
	for i := range entries {
		ms[i] = journal.MetricsOf(&entries[i])
	}
	tot := insight.Totals(ms)
	row := insight.WeekRow(in.Week, tot)
	w.Shifts, w.MoodAvg, w.EnergyAvg, w.StressAvg = row.Shifts, row.MoodAvg, row.EnergyAvg, row.StressAvg
	w.Contacts, w.CSATAvg = row.Contacts, row.CSATAvg
	prev := insight.Totals(in.Prev)
	w.Prev = WeekPrev{MoodAvg: prev.Mood.Avg(), EnergyAvg: prev.Energy.Avg(), StressAvg: prev.Stress.Avg()}
	w.Prev.MoodTrend = insight.Direction(w.MoodAvg, w.Prev.MoodAvg)
	w.Prev.EnergyTrend = insight.Direction(w.EnergyAvg, w.Prev.EnergyAvg)
	w.Prev.StressTrend = insight.Direction(w.StressAvg, w.Prev.StressAvg)

	w.Cases = WeekCases{Total: tot.Cases, Praise: tot.Praise, ByOutcome: map[string]int{}, ByCategory: map[string]int{}}
	for _, o := range journal.Outcomes {
		w.Cases.ByOutcome[o] = tot.Outcome(o)
	}
	w.Cases.ByOutcome[insight.OutcomeNone] = tot.Outcome(insight.OutcomeNone)
	for k, n := range tot.ByCategory {
		w.Cases.ByCategory[k] = n
	}

	for d := mon; d <= sun; d = d.AddDays(1) {
		if (in.Today.IsZero() || d <= in.Today) && in.Cal.Scheduled(d) {
			w.Scheduled++
		}
	}

	for i, e := range entries {
		if !in.Cal.Scheduled(e.ShiftDate) {
			w.Extra++
		}
		for _, h := range e.Helped {
			w.Helped = append(w.Helped, Helped{Date: e.ShiftDate, Text: h})
		}
		for _, c := range e.Cases {
			if c.Better != "" {
				w.Lessons = append(w.Lessons, Lesson{Date: e.ShiftDate, Kind: LessonCase, Case: c.Title, Text: c.Better})
			}
		}
		if e.Tomorrow != "" {
			l := Lesson{Date: e.ShiftDate, Kind: LessonNext, Text: e.Tomorrow}
			if i+1 < len(entries) {
				l.Happened = entries[i+1].FocusDone
			} else if in.Next != nil && (in.Today.IsZero() || in.Next.ShiftDate <= in.Today) {
				l.Happened = in.Next.FocusDone
			}
			w.Lessons = append(w.Lessons, l)
		}
	}

	loc := in.Loc
	if loc == nil {
		loc = time.Local
	}
	for _, i := range in.Ideas {
		raised := between(i.ShiftDate, mon, sun)
		changed := !raised && !i.UpdatedAt.IsZero() && between(journal.DateOf(i.UpdatedAt.In(loc)), mon, sun)
		if raised || changed {
			w.Ideas = append(w.Ideas, WeekIdea{Idea: i, Raised: raised, Changed: changed})
		}
	}
	w.Review = in.Review
	return w
}
