package day

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/safetext"
)

// WeekStyle is how WeekText draws: headings, labels, and a trend word
// that is good or bad news for the person (stress going up is not good
// news). The zero style is plain. NoReview is the line said when the week
// has no review yet, telling where to write one (default week.no_review,
// which is the command line's).
type WeekStyle struct {
	Heading, Label, Good, Bad lipgloss.Style
	NoReview                  string
}

// WeekText is a week's summary as lines to read on a terminal, the way a
// person reads it on Friday evening: the numbers first, then what they
// helped with, learned and proposed, and the weekly review. `debrief
// week` prints these lines and the Week screen shows them (wrapped to its
// width), so both say the same about the same week. The lines are not
// wrapped; their text is safe for a terminal.
func WeekText(s *report.WeekSummary, p *i18n.Printer, st WeekStyle) []string {
	var out []string
	add := func(l ...string) { out = append(out, l...) }
	add(st.Heading.Render(p.T("week.title", s.Week, s.From, s.To)))
	labels := []string{"week.shifts", "week.mood", "week.energy", "week.stress", "week.contacts", "week.cases", "week.categories"}
	width := 0
	for _, k := range labels {
		width = max(width, lipgloss.Width(p.T(k)))
	}
	row := func(key, value string) {
		label := p.T(key)
		add(st.Label.Render(label+strings.Repeat(" ", width-lipgloss.Width(label))) + "  " + value)
	}
	row("week.shifts", p.T("week.shifts_v", s.Shifts, s.Scheduled))
	if s.Shifts == 0 {
		add(st.Label.Render(p.T("week.empty")))
	} else {
		scaleRow := func(key string, v, prev *float64, trend string, higherIsBetter bool) {
			line := weekAvg(p, v)
			if prev != nil {
				line += p.T("week.vs_prev", weekAvg(p, prev))
			}
			if trend != insight.TrendUnknown {
				mark := st.Label
				switch {
				case trend == insight.TrendUp && higherIsBetter, trend == insight.TrendDown && !higherIsBetter:
					mark = st.Good
				case trend == insight.TrendUp, trend == insight.TrendDown:
					mark = st.Bad
				}
				line += i18n.Gap(line) + mark.Render(p.T("trend."+trend))
			}
			row(key, line)
		}
		scaleRow("week.mood", s.MoodAvg, s.Prev.MoodAvg, s.Prev.MoodTrend, true)
		scaleRow("week.energy", s.EnergyAvg, s.Prev.EnergyAvg, s.Prev.EnergyTrend, true)
		scaleRow("week.stress", s.StressAvg, s.Prev.StressAvg, s.Prev.StressTrend, false)
		// No contacts and no CSAT recorded: no row, rather than a 0 that
		// was never counted.
		if s.Contacts > 0 || s.CSATAvg != nil {
			contacts := fmt.Sprint(s.Contacts)
			if s.CSATAvg != nil {
				contacts += " · " + p.T("stats.csat", fmt.Sprintf("%.1f%%", *s.CSATAvg))
			}
			row("week.contacts", contacts)
		}
		cases := p.T("week.cases_v", s.Cases.Total, s.Cases.Praise)
		for _, o := range append(slices.Clone(journal.Outcomes), insight.OutcomeNone) {
			if n := s.Cases.ByOutcome[o]; n > 0 {
				label := p.T("stats.outcome_none")
				if o != insight.OutcomeNone {
					label = p.T("outcome." + o)
				}
				cases += fmt.Sprintf(" · %s %d", label, n)
			}
		}
		row("week.cases", cases)
		if len(s.Cases.ByCategory) > 0 {
			var parts []string
			for _, c := range insight.RankCategories(s.Cases.ByCategory, 5) {
				parts = append(parts, fmt.Sprintf("%s %d", ansi.Truncate(safetext.Line(c.Name), 20, "…"), c.N))
			}
			row("week.categories", strings.Join(parts, " · "))
		}
	}
	day := func(d journal.Date) string { return st.Label.Render(d.String()[5:]) }
	if len(s.Helped) > 0 {
		add("", st.Heading.Render(p.T("week.helped")))
		for _, h := range s.Helped {
			add("  " + day(h.Date) + "  " + safetext.Line(h.Text))
		}
	}
	if len(s.Lessons) > 0 {
		add("", st.Heading.Render(p.T("week.lessons")))
		for _, l := range s.Lessons {
			text := safetext.Line(l.Text)
			if l.Kind == report.LessonCase {
				text = safetext.Line(l.Case) + p.T("punct.colon") + text
			} else {
				text = p.T("week.lesson_next", text)
				if l.Happened != "" {
					text += st.Label.Render(p.T("punct.aside", p.T("week.happened."+l.Happened)))
				}
			}
			add("  " + day(l.Date) + "  " + text)
		}
	}
	if len(s.Ideas) > 0 {
		add("", st.Heading.Render(p.T("week.ideas")))
		for _, i := range s.Ideas {
			when := p.T("week.idea_raised")
			if i.Changed {
				when = p.T("week.idea_changed")
			}
			status := p.T("status." + i.Status)
			status += strings.Repeat(" ", max(8-lipgloss.Width(status), 0))
			add(fmt.Sprintf("  #%d  %s  %s", i.ID, status, safetext.Line(i.Text)) + st.Label.Render(p.T("punct.aside", when)))
			if i.Impact != "" {
				add("       " + p.T("ideas.impact", safetext.Line(i.Impact)))
			}
		}
	}
	add("")
	r := s.Review
	if r == nil || strings.TrimSpace(r.WentWell+r.ToChange+r.Focus) == "" {
		if st.NoReview == "" {
			st.NoReview = p.T("week.no_review")
		}
		add(st.Label.Render(st.NoReview))
		return out
	}
	add(st.Heading.Render(p.T("week.review")))
	for _, f := range []struct{ key, v string }{{"report.went_well", r.WentWell}, {"report.to_change", r.ToChange}, {"report.focus", r.Focus}} {
		if strings.TrimSpace(f.v) != "" {
			add("  " + st.Label.Render(p.T(f.key)+p.T("punct.colon")) + safetext.Line(f.v))
		}
	}
	return out
}

// weekAvg is an average with one decimal, or the word for none.
func weekAvg(p *i18n.Printer, v *float64) string {
	if v == nil {
		return p.T("stats.none")
	}
	return fmt.Sprintf("%.1f", *v)
}
