package report

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
)

// ReviewParts are what a review (述职) adds to the summary: the month
// table, the year-over-year line, the peak day, how the cases ended, the
// cases the person pinned, a sample of the helped lines and the lessons.
// Only a review's document has them; their JSON keys are always present
// there (months, peak, pinned, …) and absent from other documents.
type ReviewParts struct {
	Months []insight.Month `json:"months"`
	// Years: the year-over-year line, when the range spans more than a year.
	Years []insight.Year `json:"years,omitempty"`
	Peak  *insight.Peak  `json:"peak"`
	// ByOutcome counts the cases of the range by outcome (resolved,
	// escalated, pending, unresolved, none), for the resolution line.
	ByOutcome map[string]int `json:"by_outcome"`
	// Pinned are the cases pinned with `debrief pin`, oldest first; they
	// are told before the strongest cases and not again among them.
	Pinned []Story `json:"pinned"`
	// Helped is a sample of "things I helped with", spread over the range.
	Helped []HelpedLine `json:"helped_sample"`
	// Lessons: the playbook's merged lessons over every category.
	Lessons []insight.Lesson `json:"lessons"`
}

// HelpedLine is one "thing I helped with" and its shift.
type HelpedLine struct {
	Date journal.Date `json:"date"`
	Text string       `json:"text"`
}

// How many helped lines and lessons a review quotes.
const (
	maxHelped  = 6
	maxLessons = 5
)

// buildReview fills a review's parts from the entries as the Review
// audience sees them (seen), the metrics of the range, their totals (tot,
// the summary's) and the ideas.
func (d *Document) buildReview(in Input, seen []insight.CaseShift, ms []journal.Metrics, tot *insight.Aggregate, loc *time.Location) {
	r := &ReviewParts{ByOutcome: map[string]int{}, Pinned: []Story{}, Helped: []HelpedLine{}}
	var adopted []journal.Date
	for _, i := range in.Ideas {
		if i.Status != journal.IdeaAdopted {
			continue
		}
		// In the month it changed, if that is in the range; else the month
		// it was raised (the summary's rule: raised or changed in range).
		at := i.ShiftDate
		if !i.UpdatedAt.IsZero() {
			if c := journal.DateOf(i.UpdatedAt.In(loc)); between(c, in.From, in.To) {
				at = c
			}
		}
		adopted = append(adopted, at)
	}
	r.Months = insight.Monthly(ms, adopted, in.From, in.To)
	r.Years = insight.YearOverYear(ms, in.From, in.To)
	r.Peak = insight.PeakDay(ms)
	for _, o := range journal.Outcomes {
		r.ByOutcome[o] = tot.Outcome(o)
	}
	r.ByOutcome[insight.OutcomeNone] = tot.Outcome(insight.OutcomeNone)
	for i := range seen {
		for _, c := range seen[i].Cases {
			if c.Pinned {
				r.Pinned = append(r.Pinned, Story{Date: seen[i].Date, Case: c})
			}
		}
	}
	r.Helped = helpedSample(seen, maxHelped)
	r.Lessons = insight.Lessons(seen, maxLessons)
	d.ReviewParts = r
	d.Stories = strongest(seen, maxStories)
}

// helpedSample picks n helped lines evenly over the range (the first, the
// last and steps between), so a review quotes the whole period. The lines
// are counted first and only the picked ones are kept.
func helpedSample(seen []insight.CaseShift, n int) []HelpedLine {
	each := func(yield func(k int, l HelpedLine)) {
		k := 0
		for i := range seen {
			for _, h := range seen[i].Helped {
				if !blank(h) {
					yield(k, HelpedLine{Date: seen[i].Date, Text: h})
					k++
				}
			}
		}
	}
	total := 0
	each(func(int, HelpedLine) { total++ })
	out := make([]HelpedLine, 0, min(n, total))
	next := 0 // the index of the next line to pick
	each(func(k int, l HelpedLine) {
		if len(out) < cap(out) && k == next {
			out = append(out, l)
			if total > n {
				next = len(out) * (total - 1) / (n - 1)
			} else {
				next++
			}
		}
	})
	return out
}

// strongest picks the cases a review is proudest of, spread over the
// range: the range is cut into n equal spans of shifts and the best case
// of each is taken (praise first, then resolved, then the ones told most
// fully — need, action, lesson — newer first among equals); spans without
// a case leave their place to the next best of the whole range. Pinned
// cases are told apart and are not picked again. The stories are listed
// best first.
// Ten years hold thousands of cases and a review tells five: one pass
// keeps each span's best, a second the best of the rest when a span is
// empty; nothing is sorted but the few picked.
func strongest(entries []insight.CaseShift, n int) []Story {
	if n <= 0 || len(entries) == 0 {
		return []Story{}
	}
	// A candidate is case j of entry i. Among equal scores the newer shift
	// wins, and within a shift the case told first.
	type candidate struct{ score, i, j int }
	better := func(a, b candidate) bool {
		if a.score != b.score {
			return a.score > b.score
		}
		if da, db := entries[a.i].Date, entries[b.i].Date; da != db {
			return da > db
		}
		return a.i < b.i || a.i == b.i && a.j < b.j
	}
	span := make([]candidate, n)
	has := make([]bool, n)
	for i := range entries {
		s := i * n / len(entries)
		for j := range entries[i].Cases {
			c := candidate{caseScore(&entries[i].Cases[j]), i, j}
			if c.score >= 0 && (!has[s] || better(c, span[s])) {
				span[s], has[s] = c, true
			}
		}
	}
	var picked []candidate
	for s := range span {
		if has[s] {
			picked = insight.KeepBest(picked, span[s], n, better)
		}
	}
	if len(picked) < n {
		// Fewer spans than stories have a case: the best of the cases
		// not picked (every case but the spans' bests) fill the places.
		var rest []candidate
		for i := range entries {
			s := i * n / len(entries)
			for j := range entries[i].Cases {
				c := candidate{caseScore(&entries[i].Cases[j]), i, j}
				if c.score >= 0 && (!has[s] || span[s].i != i || span[s].j != j) {
					rest = insight.KeepBest(rest, c, n-len(picked), better)
				}
			}
		}
		for _, c := range rest {
			picked = insight.KeepBest(picked, c, n, better)
		}
	}
	out := make([]Story, len(picked))
	for k, c := range picked {
		out[k] = Story{Date: entries[c.i].Date, Case: entries[c.i].Cases[c.j]}
	}
	return out
}

// caseScore is how strong a case is for a review: praise 8, resolved 4,
// and one for each of need, action and lesson told; -1 for a pinned case,
// which the review tells apart.
func caseScore(c *journal.Case) int {
	if c.Pinned {
		return -1
	}
	s := 0
	if c.Praise {
		s += 8
	}
	if c.Outcome == journal.OutcomeResolved {
		s += 4
	}
	for _, t := range []string{c.Need, c.Action, c.Better} {
		if !blank(t) {
			s++
		}
	}
	return s
}

// blank says whether s holds nothing but white space (strings.TrimSpace
// would leave ""), looking no further than its first other character.
func blank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// resolutionLine says how the cases ended with their share, and that an
// escalation is the process working, not a failure: never a bare
// "268 / 538".
func resolutionLine(r *ReviewParts, p *i18n.Printer) string {
	total := 0
	for _, n := range r.ByOutcome {
		total += n
	}
	if total == 0 {
		return ""
	}
	pct := func(n int) string { return strconv.Itoa((n*100+total/2)/total) + "%" }
	var parts []string
	for _, o := range journal.Outcomes {
		if n := r.ByOutcome[o]; n > 0 {
			parts = append(parts, p.T("review.outcome_share", p.T("outcome."+o), n, pct(n)))
		}
	}
	if n := r.ByOutcome[insight.OutcomeNone]; n > 0 {
		parts = append(parts, p.T("review.outcome_share", p.T("playbook.no_outcome"), n, pct(n)))
	}
	l := p.T("review.outcomes", total) + strings.Join(parts, p.T("punct.list"))
	if r.ByOutcome[journal.OutcomeEscalated] > 0 {
		l += p.T("review.escalation_note")
	}
	return l
}

// reviewLines are the review's lines under the summary, shared by Markdown
// and HTML (numbers and the catalog's words only).
func reviewLines(r *ReviewParts, p *i18n.Printer) []string {
	var out []string
	if l := resolutionLine(r, p); l != "" {
		out = append(out, l)
	}
	if r.Peak != nil {
		out = append(out, p.T("review.peak", r.Peak.Date, r.Peak.Contacts))
	}
	if len(r.Years) > 1 {
		var ys []string
		for _, y := range r.Years {
			ys = append(ys, p.T("review.year", y.Year, y.Shifts, y.Contacts, y.Cases, y.Praise))
		}
		out = append(out, p.T("review.years")+p.T("punct.colon")+strings.Join(ys, p.T("playbook.sep")))
	}
	return out
}

// monthHeader and monthRow are the month table's cells.
func monthHeader(p *i18n.Printer) []string {
	return []string{p.T("review.col.month"), p.T("review.col.shifts"), p.T("review.col.contacts"), p.T("review.col.csat"),
		p.T("review.col.cases"), p.T("review.col.praise"), p.T("review.col.ideas")}
}

func monthRow(m *insight.Month) []string {
	return []string{m.Month, strconv.Itoa(m.Shifts), strconv.Itoa(m.Contacts), num(m.CSATAvg),
		strconv.Itoa(m.Cases), strconv.Itoa(m.Praise), strconv.Itoa(m.IdeasAdopted)}
}
