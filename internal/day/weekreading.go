package day

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/safetext"
)

// WeekReading is a week as a document to read on a terminal, the way a
// person reads it on Friday evening: the numbers first, then what they
// helped with, learned and proposed, then the weekly review. `debrief
// week` and the Week screen render the same WeekReading and differ in
// layout only. noReview is what to say while the week has no review: each
// side names its own way of writing one.
func WeekReading(s *report.WeekSummary, noReview string, p *i18n.Printer) Reading {
	var r Reading
	add := func(kind BlockKind, label, text string) { r = append(r, Block{Kind: kind, Label: label, Text: text}) }
	add(Heading, "", p.T("week.title", s.Week, s.From, s.To))
	keys := []string{"week.shifts", "week.mood", "week.energy", "week.stress", "week.contacts", "week.cases", "week.categories"}
	lw := 0
	for _, k := range keys {
		lw = max(lw, ansi.StringWidth(p.T(k)))
	}
	// A row's label is padded to one column, so the values line up.
	row := func(key, value string) {
		label := p.T(key)
		add(Field, label+strings.Repeat(" ", lw-ansi.StringWidth(label))+"  ", value)
	}
	row("week.shifts", report.Shifts(p, s))
	if s.Shifts == 0 {
		add(Note, "", p.T("week.empty"))
	} else {
		scale := func(key string, v, prev *float64, trend string) {
			line := weekNumber(p, v) + report.VsLastWeek(p, v, prev)
			if trend != insight.TrendUnknown {
				line += i18n.Gap(line) + p.T("trend."+trend)
			}
			row(key, line)
		}
		scale("week.mood", s.MoodAvg, s.Prev.MoodAvg, s.Prev.MoodTrend)
		scale("week.energy", s.EnergyAvg, s.Prev.EnergyAvg, s.Prev.EnergyTrend)
		scale("week.stress", s.StressAvg, s.Prev.StressAvg, s.Prev.StressTrend)
		// No contacts and no CSAT recorded: no row, rather than a 0 that
		// says the shifts had none.
		if s.Contacts > 0 || s.CSATAvg != nil {
			contacts := fmt.Sprint(s.Contacts)
			if s.CSATAvg != nil {
				contacts += " · " + p.T("stats.csat", insight.Decimal(*s.CSATAvg, 1)+"%")
			}
			row("week.contacts", contacts)
		}
		cases := p.T("week.cases_v", s.Cases.Total, p.N("count.praise", s.Cases.Praise))
		for _, o := range append(journal.Outcomes[:len(journal.Outcomes):len(journal.Outcomes)], insight.OutcomeNone) {
			if n := s.Cases.ByOutcome[o]; n > 0 {
				name := p.T("outcome." + o)
				if o == insight.OutcomeNone {
					name = p.T("stats.outcome_none")
				}
				cases += fmt.Sprintf(" · %s %d", name, n)
			}
		}
		row("week.cases", cases)
		if len(s.Cases.ByCategory) > 0 {
			row("week.categories", TopCategories(s.Cases.ByCategory, 5))
		}
	}
	date := func(d journal.Date) string { return d.String()[5:] }
	if len(s.Helped) > 0 {
		add(Gap, "", "")
		add(Heading, "", p.T("week.helped"))
		for _, h := range s.Helped {
			add(Dated, date(h.Date), safetext.Line(h.Text))
		}
	}
	if len(s.Lessons) > 0 {
		add(Gap, "", "")
		add(Heading, "", p.T("week.lessons"))
		for _, l := range s.Lessons {
			text := safetext.Line(l.Text)
			if l.Kind == report.LessonCase {
				text = safetext.Line(l.Case) + p.T("punct.colon") + text
			} else {
				text = p.T("week.lesson_next", text)
				if l.Happened != "" {
					text += p.T("punct.aside", p.T("week.happened."+l.Happened))
				}
			}
			add(Dated, date(l.Date), text)
		}
	}
	if len(s.Ideas) > 0 {
		add(Gap, "", "")
		add(Heading, "", p.T("week.ideas"))
		for _, i := range s.Ideas {
			when := p.T("week.idea_raised")
			if i.Changed {
				when = p.T("week.idea_changed")
			}
			status := p.T("status." + i.Status)
			status += strings.Repeat(" ", max(0, 8-ansi.StringWidth(status)))
			add(Line, "", fmt.Sprintf("#%d  %s  %s", i.ID, status, safetext.Line(i.Text))+p.T("punct.aside", when))
			if i.Impact != "" {
				add(Line, "", "     "+p.T("ideas.impact", safetext.Line(i.Impact)))
			}
		}
	}
	add(Gap, "", "")
	add(Heading, "", p.T("week.review"))
	if rv := s.Review; rv == nil || strings.TrimSpace(rv.WentWell+rv.ToChange+rv.Focus) == "" {
		add(Note, "", noReview)
		return r
	}
	for _, f := range []struct{ key, v string }{{"report.went_well", s.Review.WentWell}, {"report.to_change", s.Review.ToChange}, {"report.focus", s.Review.Focus}} {
		if strings.TrimSpace(f.v) != "" {
			add(Field, "  "+p.T(f.key)+p.T("punct.colon"), safetext.Line(f.v))
		}
	}
	return r
}

// weekNumber is an average of the week to one decimal, half away from
// zero (insight.Decimal; "none" without one).
func weekNumber(p *i18n.Printer, v *float64) string {
	if v == nil {
		return p.T("week.none")
	}
	return insight.Decimal(*v, 1)
}

// TopCategories lists the n most frequent categories with their counts
// (insight.RankCategories), each name cut to 20 cells: `debrief stats`,
// `debrief week` and the Week screen.
func TopCategories(by map[string]int, n int) string {
	var parts []string
	for _, c := range insight.RankCategories(by, n) {
		parts = append(parts, fmt.Sprintf("%s %d", ansi.Truncate(safetext.Line(c.Name), 20, "…"), c.N))
	}
	return strings.Join(parts, " · ")
}
