package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/spf13/cobra"
)

func (a *App) weekCommand() *cobra.Command {
	var week, date string
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "week",
		Short:   a.P.T("week.short"),
		Long:    a.P.T("week.long"),
		GroupID: "journal",
		Args:    noArgs(a),
		RunE: func(cmd *cobra.Command, args []string) error {
			if week != "" && date != "" {
				return usagef("%s", a.P.T("err.week_and_date"))
			}
			today, err := a.Today()
			if err != nil {
				return err
			}
			w := journal.WeekOf(today)
			switch {
			case week != "":
				if w, err = journal.ParseWeek(week); err != nil {
					return usagef("%s", a.P.T("err.bad_week", "--week", week))
				}
			case date != "":
				d, err := a.parseDateArg("--date", date)
				if err != nil {
					return err
				}
				w = journal.WeekOf(d)
			}
			wk, err := a.Journal().Week(w, today)
			if err != nil {
				return err
			}
			s := wk.Summary
			if asJSON {
				enc := json.NewEncoder(safetext.JSON(a.Stdout))
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(s)
			}
			writeWeek(a.colorWriter(), a.P, s)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&week, "week", "", a.P.T("flag.week"))
	f.StringVar(&date, "date", "", a.P.T("flag.week_date"))
	f.BoolVar(&asJSON, "json", false, a.P.T("flag.json"))
	return cmd
}

// writeWeek prints the week the way a person reads it on Friday evening:
// the numbers first, then what they helped with, learned and proposed.
func writeWeek(w io.Writer, p *i18n.Printer, s *report.WeekSummary) {
	fmt.Fprintln(w, headStyle.Render(p.T("week.title", s.Week, s.From, s.To)))
	labels := []string{"week.shifts", "week.mood", "week.energy", "week.stress", "week.contacts", "week.cases", "week.categories"}
	width := 0
	for _, k := range labels {
		width = max(width, lipgloss.Width(p.T(k)))
	}
	row := func(key, value string) {
		fmt.Fprintln(w, labelStyle.Render(padRight(p.T(key), width))+"  "+value)
	}
	row("week.shifts", p.T("week.shifts_v", s.Shifts, s.Scheduled))
	if s.Shifts == 0 {
		fmt.Fprintln(w, labelStyle.Render(p.T("week.empty")))
	} else {
		scaleRow := func(key string, v, prev *float64, trend string, higherIsBetter bool) {
			line := avg(p, v)
			if prev != nil {
				line += p.T("week.vs_prev", avg(p, prev))
			}
			if trend != insight.TrendUnknown {
				line += i18n.Gap(line) + trendMark(p, trend, higherIsBetter)
			}
			row(key, line)
		}
		scaleRow("week.mood", s.MoodAvg, s.Prev.MoodAvg, s.Prev.MoodTrend, true)
		scaleRow("week.energy", s.EnergyAvg, s.Prev.EnergyAvg, s.Prev.EnergyTrend, true)
		scaleRow("week.stress", s.StressAvg, s.Prev.StressAvg, s.Prev.StressTrend, false)
		contacts := fmt.Sprint(s.Contacts)
		if s.CSATAvg != nil {
			contacts += " · " + p.T("stats.csat", fmt.Sprintf("%.1f%%", *s.CSATAvg))
		}
		row("week.contacts", contacts)
		cases := p.T("week.cases_v", s.Cases.Total, s.Cases.Praise)
		for _, o := range append(slices.Clone(journal.Outcomes), insight.OutcomeNone) {
			if n := s.Cases.ByOutcome[o]; n > 0 {
				cases += fmt.Sprintf(" · %s %d", outcomeLabel(p, o), n)
			}
		}
		row("week.cases", cases)
		if len(s.Cases.ByCategory) > 0 {
			row("week.categories", topCategories(s.Cases.ByCategory, 5))
		}
	}
	day := func(d journal.Date) string { return labelStyle.Render(d.String()[5:]) }
	if len(s.Helped) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, headStyle.Render(p.T("week.helped")))
		for _, h := range s.Helped {
			fmt.Fprintln(w, "  "+day(h.Date)+"  "+safetext.Line(h.Text))
		}
	}
	if len(s.Lessons) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, headStyle.Render(p.T("week.lessons")))
		for _, l := range s.Lessons {
			text := safetext.Line(l.Text)
			if l.Kind == report.LessonCase {
				text = safetext.Line(l.Case) + p.T("punct.colon") + text
			} else {
				text = p.T("week.lesson_next", text)
				if l.Happened != "" {
					text += labelStyle.Render(p.T("punct.aside", p.T("week.happened."+l.Happened)))
				}
			}
			fmt.Fprintln(w, "  "+day(l.Date)+"  "+text)
		}
	}
	if len(s.Ideas) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, headStyle.Render(p.T("week.ideas")))
		for _, i := range s.Ideas {
			when := p.T("week.idea_raised")
			if i.Changed {
				when = p.T("week.idea_changed")
			}
			line := fmt.Sprintf("  #%d  %s  %s", i.ID, padRight(p.T("status."+i.Status), 8), safetext.Line(i.Text)) + labelStyle.Render(p.T("punct.aside", when))
			if i.Impact != "" {
				line += "\n       " + p.T("ideas.impact", safetext.Line(i.Impact))
			}
			fmt.Fprintln(w, line)
		}
	}
	fmt.Fprintln(w)
	if s.Review == nil {
		fmt.Fprintln(w, labelStyle.Render(p.T("week.no_review")))
		return
	}
	fmt.Fprintln(w, headStyle.Render(p.T("week.review")))
	for _, f := range []struct{ key, v string }{{"report.went_well", s.Review.WentWell}, {"report.to_change", s.Review.ToChange}, {"report.focus", s.Review.Focus}} {
		if strings.TrimSpace(f.v) != "" {
			fmt.Fprintln(w, "  "+labelStyle.Render(p.T(f.key)+p.T("punct.colon"))+safetext.Line(f.v))
		}
	}
}
