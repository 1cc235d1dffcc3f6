package report

import (
	"cmp"
	"slices"
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
	// Author is who the document is from ([profile] in the config).
	Author Author
	// Detail keeps every shift (and every idea) in a range longer than
	// detailDays days: --detail, and the data formats (CSV, JSON).
	Detail bool
	// Metrics, when Entries are not read (FromMetrics), are the metrics
	// records of the range, oldest first: all a summary is made of.
	Metrics []journal.Metrics
}

// FromMetrics says whether the document for audience a of the range from
// to to (from known) is made of the metrics records alone, so no entry
// need be decoded: a summary of a range longer than detailDays days for a
// manager, or a team's backlog. A review tells cases and the person's own
// export may carry vents to open, so both read the entries.
func FromMetrics(a Audience, from, to journal.Date, detail bool) bool {
	switch a {
	case Team:
		return true
	case Manager:
		return !detail && !from.IsZero() && from <= to && rangeDays(from, to) > detailDays
	}
	return false
}

// Author is who an export is from: the person's name and team, both
// optional, shown at the top of every document for others.
type Author struct {
	Name string `json:"name,omitempty"`
	Team string `json:"team,omitempty"`
}

// Document is an export's content for one audience: everything a format
// writes comes from here, and Build only puts in it what the audience may
// see.
type Document struct {
	For       Audience     `json:"for"`
	From      journal.Date `json:"from"`
	To        journal.Date `json:"to"`
	Wellbeing bool         `json:"wellbeing"`
	// Author is set on documents for others (not for me).
	Author  *Author `json:"author,omitempty"`
	Summary Summary `json:"summary"`
	// TopCategories are the most frequent case categories, most first.
	TopCategories []Count `json:"top_categories"`
	// Weeks are the ISO weeks of the range with their workload (and mood
	// when the audience sees it), for the charts.
	Weeks []WeekPoint `json:"weeks"`
	// By is how Periods group the range (week or month), and Periods its
	// weeks or months: the summary of a long range, and a manager's
	// wellbeing (weekly averages, numbers only).
	By      string   `json:"by"`
	Periods []Period `json:"periods"`
	// Detail says Shifts holds every shift; false for a range longer than
	// detailDays days without --detail, which Periods summarise.
	Detail bool `json:"detail"`
	// Shifts, one per entry (Manager, Me), when Detail.
	Shifts []Shift `json:"shifts,omitempty"`
	// Stories are the strongest cases of the range (Review).
	Stories []Story `json:"stories,omitempty"`
	// Ideas raised in the range or whose status changed in it; for Review
	// the adopted ones only.
	Ideas []journal.Idea `json:"ideas"`
	// MoreIdeas counts the ideas of a long range not listed without
	// --detail.
	MoreIdeas int `json:"more_ideas,omitempty"`
	// Reviews are the weekly reflections of the range (Me).
	Reviews []journal.WeeklyReview `json:"weekly_reviews,omitempty"`
	// ReviewParts: a review's months, peak, pinned cases… (Review only).
	*ReviewParts
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

	ms := in.Metrics
	if ms == nil {
		ms = make([]journal.Metrics, len(in.Entries))
		for i := range in.Entries {
			ms[i] = journal.MetricsOf(&in.Entries[i])
		}
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
	if a != Me && (in.Author != Author{}) {
		au := in.Author
		d.Author = &au
	}
	first := firstDay(&in)
	d.Detail = true
	if !first.IsZero() && first <= in.To {
		n := rangeDays(first, in.To)
		d.By = groupingFor(n)
		d.Periods = buildPeriods(ms, first, in.To, d.By, wb)
		d.Detail = in.Detail || n <= detailDays
	}
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
		open := i.Status == journal.IdeaNew || i.Status == journal.IdeaShared
		switch {
		case a == Team && (open || raised || changed):
		case !raised && !changed || a == Review && i.Status != journal.IdeaAdopted || a == Team:
			continue
		}
		d.Ideas = append(d.Ideas, i)
	}
	slices.SortStableFunc(d.Ideas, func(x, y journal.Idea) int {
		return cmp.Or(statusRank(x.Status)-statusRank(y.Status), int(x.ShiftDate)-int(y.ShiftDate), cmp.Compare(x.ID, y.ID))
	})

	if a != Team && !d.Detail && len(d.Ideas) > maxIdeasLong {
		d.MoreIdeas = len(d.Ideas) - maxIdeasLong
		d.Ideas = d.Ideas[:maxIdeasLong]
	}

	switch {
	case a == Team:
		// The backlog only, never cut short: nothing of the person's
		// shifts, figures or categories.
		d.Summary = Summary{IdeasRaised: d.Summary.IdeasRaised, IdeasAdopted: d.Summary.IdeasAdopted}
		d.TopCategories, d.Weeks, d.Periods, d.By = []Count{}, nil, nil, ""
	case a == Review:
		d.buildReview(in, visibleEntries(in.Entries, a), ms, &tot, loc)
	case d.Detail:
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

// visibleEntries are the entries as audience a may see their helped lines
// and cases (Audience.Visible, the one privacy place): what a review and
// the playbook are made of.
func visibleEntries(entries []journal.Entry, a Audience) []insight.CaseShift {
	out := make([]insight.CaseShift, len(entries))
	for i := range entries {
		s := a.Visible(&entries[i], nil, false)
		out[i] = insight.CaseShift{Date: s.Date, Helped: s.Helped, Cases: s.Cases}
	}
	return out
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
