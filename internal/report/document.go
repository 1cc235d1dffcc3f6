package report

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
)

// Input is what an export is made from: the entries of the range (oldest
// first), every idea and every weekly review of the journal.
type Input struct {
	From, To journal.Date
	Entries  []journal.Entry
	Ideas    []journal.Idea
	Reviews  []journal.WeeklyReview
	// Jots are the jots of each entry's shift that no case was made from
	// (read only for an audience that sees private notes).
	Jots map[journal.Date][]journal.Jot
	// Loc is the time zone in which an idea's UpdatedAt falls on a date.
	Loc *time.Location
}

// Document is an export's content for one audience: everything a format
// writes comes from here, and Build only puts in it what the audience may
// see.
type Document struct {
	For       Audience     `json:"for"`
	From      journal.Date `json:"from"`
	To        journal.Date `json:"to"`
	Wellbeing bool         `json:"wellbeing"`
	Summary   Summary      `json:"summary"`
	// TopCategories are the most frequent case categories, most first.
	TopCategories []Count `json:"top_categories"`
	// Weeks are the ISO weeks of the range with their workload (and mood
	// when the audience sees it), for the charts.
	Weeks []WeekPoint `json:"weeks"`
	// Shifts, one per entry (Manager, Me).
	Shifts []Shift `json:"shifts,omitempty"`
	// Stories are the strongest cases of the range (Review).
	Stories []Story `json:"stories,omitempty"`
	// Ideas raised in the range or whose status changed in it; for Review
	// the adopted ones only.
	Ideas []journal.Idea `json:"ideas"`
	// Reviews are the weekly reflections of the range (Me).
	Reviews []journal.WeeklyReview `json:"weekly_reviews,omitempty"`
}

// Summary holds the totals of the range, by the rules of `debrief stats`
// (insight.Totals). The scale averages are nil unless the audience sees
// wellbeing.
type Summary struct {
	Shifts           int      `json:"shifts"`
	Contacts         int      `json:"contacts"`
	ContactsPerShift *float64 `json:"contacts_per_shift"`
	CSATAvg          *float64 `json:"csat_avg"`
	Cases            int      `json:"cases"`
	Resolved         int      `json:"resolved"`
	Praise           int      `json:"praise"`
	IdeasRaised      int      `json:"ideas_raised"`
	IdeasAdopted     int      `json:"ideas_adopted"`
	MoodAvg          *float64 `json:"mood_avg,omitempty"`
	EnergyAvg        *float64 `json:"energy_avg,omitempty"`
	StressAvg        *float64 `json:"stress_avg,omitempty"`
}

// Count is a name with how often it occurred.
type Count = insight.Count

// WeekPoint is one week of the charts.
type WeekPoint struct {
	Week     journal.Week `json:"week"`
	Shifts   int          `json:"shifts"`
	Contacts int          `json:"contacts"`
	MoodAvg  *float64     `json:"mood_avg,omitempty"`
}

// Story is a case told in a review, with the shift it happened on.
type Story struct {
	Date journal.Date `json:"date"`
	Case journal.Case `json:"case"`
}

// How many strongest cases a review tells, and how many categories are
// "top".
const (
	maxStories    = 5
	maxCategories = 5
)

// Build makes the document for audience a. includeWellbeing is the
// person's --include-wellbeing.
func Build(in Input, a Audience, includeWellbeing bool) *Document {
	wb := a.Wellbeing(includeWellbeing)
	d := &Document{For: a, From: in.From, To: in.To, Wellbeing: wb, TopCategories: []Count{}, Ideas: []journal.Idea{}}

	ms := make([]journal.Metrics, len(in.Entries))
	for i := range in.Entries {
		ms[i] = journal.MetricsOf(&in.Entries[i])
	}
	tot := insight.Totals(ms)
	d.Summary = Summary{
		Shifts: tot.Shifts, Contacts: tot.ContactsTotal(), ContactsPerShift: tot.Contacts.Avg(),
		CSATAvg: tot.CSAT.Avg(), Cases: tot.Cases, Resolved: tot.Outcome(journal.OutcomeResolved), Praise: tot.Praise,
	}
	if wb {
		d.Summary.MoodAvg, d.Summary.EnergyAvg, d.Summary.StressAvg = tot.Mood.Avg(), tot.Energy.Avg(), tot.Stress.Avg()
	}
	d.TopCategories = insight.RankCategories(tot.ByCategory, maxCategories)
	if !in.From.IsZero() && in.From <= in.To {
		for _, w := range insight.Weekly(ms, in.From, in.To) {
			p := WeekPoint{Week: w.Week, Shifts: w.Shifts, Contacts: w.Contacts}
			if wb {
				p.MoodAvg = w.MoodAvg
			}
			d.Weeks = append(d.Weeks, p)
		}
	}

	loc := in.Loc
	if loc == nil {
		loc = time.Local
	}
	for _, i := range in.Ideas {
		raised := i.ShiftDate >= in.From && i.ShiftDate <= in.To
		changed := !i.UpdatedAt.IsZero() && between(journal.DateOf(i.UpdatedAt.In(loc)), in.From, in.To)
		if raised {
			d.Summary.IdeasRaised++
		}
		if (raised || changed) && i.Status == journal.IdeaAdopted {
			d.Summary.IdeasAdopted++
		}
		if !raised && !changed || a == Review && i.Status != journal.IdeaAdopted {
			continue
		}
		d.Ideas = append(d.Ideas, i)
	}
	slices.SortStableFunc(d.Ideas, func(x, y journal.Idea) int {
		return cmp.Or(statusRank(x.Status)-statusRank(y.Status), int(x.ShiftDate)-int(y.ShiftDate), cmp.Compare(x.ID, y.ID))
	})

	switch a {
	case Review:
		d.Stories = strongest(in.Entries, maxStories)
	default:
		d.Shifts = make([]Shift, len(in.Entries))
		for i := range in.Entries {
			d.Shifts[i] = a.Visible(&in.Entries[i], in.Jots[in.Entries[i].ShiftDate], includeWellbeing)
		}
	}
	if a.Private() {
		for _, r := range in.Reviews {
			if r.Week.Sunday() >= in.From && r.Week.Monday() <= in.To {
				d.Reviews = append(d.Reviews, r)
			}
		}
	}
	return d
}

func between(d, from, to journal.Date) bool { return d >= from && d <= to }

// statusRank orders ideas the way a reader cares: adopted first (what the
// person achieved), then shared, new, declined.
func statusRank(s string) int {
	switch s {
	case journal.IdeaAdopted:
		return 0
	case journal.IdeaShared:
		return 1
	case journal.IdeaNew:
		return 2
	}
	return 3
}

// strongest picks the cases a review is proudest of: complaints turned
// into praise first, then resolved cases, then the ones told most fully
// (need, action, lesson); newer first among equals.
func strongest(entries []journal.Entry, n int) []Story {
	type scored struct {
		Story
		score int
	}
	var all []scored
	for i := len(entries) - 1; i >= 0; i-- {
		for _, c := range entries[i].Cases {
			s := 0
			if c.Praise {
				s += 8
			}
			if c.Outcome == journal.OutcomeResolved {
				s += 4
			}
			for _, t := range []string{c.Need, c.Action, c.Better} {
				if strings.TrimSpace(t) != "" {
					s++
				}
			}
			all = append(all, scored{Story{Date: entries[i].ShiftDate, Case: c}, s})
		}
	}
	slices.SortStableFunc(all, func(a, b scored) int { return b.score - a.score })
	out := make([]Story, 0, min(n, len(all)))
	for _, s := range all[:min(n, len(all))] {
		out = append(out, s.Story)
	}
	return out
}
