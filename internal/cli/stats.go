package cli

import (
	"cmp"
	"fmt"
	"io"
	"runtime/debug"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/sparkline"
	"github.com/spf13/cobra"
)

func (a *App) statsCommand() *cobra.Command {
	var from, to string
	var asJSON bool
	cmd := a.command("stats", "journal", noArgs(a))
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		// stats reads the whole journal's metrics once, prints and exits:
		// collecting garbage on the way is pure cost (a fifth of the time
		// on a 100-year journal). The limit still bounds a pathological
		// journal's memory; both are restored for callers in the same
		// process (tests).
		defer debug.SetGCPercent(debug.SetGCPercent(-1))
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(statsMemoryLimit))
		today, err := a.Today()
		if err != nil {
			return err
		}
		var lo, hi journal.Date
		if from != "" {
			if lo, err = a.parseDateArg("--from", from); err != nil {
				return err
			}
		}
		if to != "" {
			if hi, err = a.parseDateArg("--to", to); err != nil {
				return err
			}
		}
		if end := min(cmp.Or(hi, today), today); lo > end {
			// Entries after today are never counted: the range ends today.
			return a.rangeError(lo, end, hi != 0 && hi <= today)
		}
		st, err := a.Journal().Stats(today, lo, hi)
		if err != nil {
			return err
		}
		s := st.Stats
		if asJSON {
			// Category names are the person's text: DEL and C1 controls
			// escaped. Indented for a person at a terminal; one line for
			// scripts, written without reflection.
			if ttyFile(a.Stdout) {
				return a.printJSON(&s, true)
			}
			_, err := a.Stdout.Write(appendStatsJSON(make([]byte, 0, 96<<10), &s))
			return err
		}
		writeStats(a.colorWriter(), a.P, &s, st.Metrics)
		return nil
	}
	f := cmd.Flags()
	f.StringVar(&from, "from", "", a.P.T("flag.from"))
	f.StringVar(&to, "to", "", a.P.T("flag.to"))
	f.BoolVar(&asJSON, "json", false, a.P.T("flag.json"))
	return cmd
}

var (
	goodStyle  = lipgloss.NewStyle().Foreground(lipgloss.Color("#5FAF5F"))
	badStyle   = lipgloss.NewStyle().Foreground(lipgloss.Color("#D7875F"))
	warmStyle  = lipgloss.NewStyle().Foreground(lipgloss.Color("#D7AF5F"))
	sparkStyle = lipgloss.NewStyle().Foreground(lipgloss.Color("#5FAFD7"))
)

// statsMemoryLimit is the heap size at which the garbage collector of
// `debrief stats` starts after all: a 100-year journal needs about 20 MiB.
const statsMemoryLimit = 64 << 20

// How many recent shifts and weeks the sparklines show: they fit 80 columns
// beside the numbers.
const (
	sparkShifts = 20
	sparkWeeks  = 12
)

// writeStats prints the summary a person reads in five seconds: one line a
// subject, numbers first, a sparkline where a course says more than a
// number; it fits 80 columns in both languages.
func writeStats(w io.Writer, p *i18n.Printer, s *insight.Stats, ms []journal.Metrics) {
	if s.Range.From == nil {
		fmt.Fprintln(w, p.T("stats.empty"))
		return
	}
	labels := []string{"stats.streak", "stats.last30", "stats.mood", "stats.energy", "stats.stress", "stats.contacts",
		"stats.cases", "stats.outcomes", "stats.categories", "stats.ideas", "stats.weeks"}
	width := 0
	for _, k := range labels {
		width = max(width, lipgloss.Width(p.T(k)))
	}
	row := func(key, value string) {
		fmt.Fprintln(w, labelStyle.Render(padRight(p.T(key), width))+"  "+value)
	}
	fmt.Fprintln(w, headStyle.Render(p.N("stats.range", s.Shifts, *s.Range.From, s.Range.To)))

	row("stats.streak", p.N("stats.streak_value", s.Streak.Current, s.Streak.Longest))
	if s.Consistency30d != nil {
		row("stats.last30", p.T("stats.consistency", int(*s.Consistency30d*100+0.5)))
	} else {
		row("stats.last30", p.T("stats.no_workdays"))
	}

	recent := ms[max(0, len(ms)-sparkShifts):]
	scaleRow := func(key string, sc insight.ScaleStats, of insight.Scale, higherIsBetter bool) {
		values := make([]int, len(recent))
		for i := range recent {
			values[i] = of(&recent[i])
		}
		line := p.T("stats.avg", avg(p, sc.Avg)) + " · " + report.Last7(p, sc.Last7Avg, sc.Prev7Avg)
		spark := padRight(sparkline.Draw(values, 1, 5), sparkShifts)
		row(key, sparkStyle.Render(spark)+"  "+line+i18n.Gap(line)+trendMark(p, sc.Trend, higherIsBetter))
	}
	scaleRow("stats.mood", s.Mood, insight.MoodOf, true)
	scaleRow("stats.energy", s.Energy, insight.EnergyOf, true)
	scaleRow("stats.stress", s.Stress, insight.StressOf, false)
	fmt.Fprintln(w, strings.Repeat(" ", width+2)+labelStyle.Render(p.N("stats.spark_note", len(recent))))

	contacts := p.T("stats.contacts_v", s.Contacts.Total, avg(p, s.Contacts.PerShift))
	if s.CSATAvg != nil {
		contacts += " · " + p.T("stats.csat", insight.Decimal(*s.CSATAvg, 1)+"%")
	}
	row("stats.contacts", contacts)

	row("stats.cases", p.T("stats.cases_v", s.Cases.Total, p.N("count.praise", s.Cases.Praise)))
	var outcomes []string
	for _, o := range append(slices.Clone(journal.Outcomes), insight.OutcomeNone) {
		if n := s.Cases.ByOutcome[o]; n > 0 {
			outcomes = append(outcomes, fmt.Sprintf("%s %d", outcomeLabel(p, o), n))
		}
	}
	if len(outcomes) > 0 {
		row("stats.outcomes", strings.Join(outcomes, " · "))
	}
	if len(s.Cases.ByCategory) > 0 {
		row("stats.categories", day.TopCategories(s.Cases.ByCategory, 5))
	}

	ideas := p.T("stats.ideas_v", s.Ideas.Total)
	var statuses []string
	for _, st := range journal.IdeaStatuses {
		if n := s.Ideas.ByStatus[st]; n > 0 {
			statuses = append(statuses, fmt.Sprintf("%s %d", p.T("status."+st), n))
		}
	}
	if len(statuses) > 0 {
		ideas += " · " + strings.Join(statuses, " · ")
	}
	row("stats.ideas", ideas)

	weeks := s.Weekly[max(0, len(s.Weekly)-sparkWeeks):]
	if len(weeks) > 1 {
		// Tenths keep the weekly averages' detail on the 1–5 sparkline.
		values := make([]int, len(weeks))
		for i, wk := range weeks {
			if wk.MoodAvg != nil {
				values[i] = int(*wk.MoodAvg*10 + 0.5)
			}
		}
		row("stats.weeks", sparkStyle.Render(sparkline.Draw(values, 10, 50))+"  "+labelStyle.Render(p.N("stats.weeks_note", len(weeks))))
	}

	if s.Wellbeing.Signal {
		fmt.Fprintln(w)
		writeWellbeing(w, p, s.Wellbeing.Reasons)
	}
}

// writeWellbeing prints the wellbeing message: why, then what helps,
// wrapped for an 80-column terminal with hanging indents.
func writeWellbeing(w io.Writer, p *i18n.Printer, reasons []string) {
	const width = 78
	para := func(first, rest, text string, style lipgloss.Style) {
		for i, l := range strings.Split(lipgloss.Wrap(text, width-lipgloss.Width(first), ""), "\n") {
			lead := rest
			if i == 0 {
				lead = first
			}
			fmt.Fprintln(w, lead+style.Render(l))
		}
	}
	fmt.Fprintln(w, warmStyle.Bold(true).Render(p.T("wellbeing.title")))
	for _, r := range reasons {
		para("  ", "  ", p.T("wellbeing."+r), warmStyle)
	}
	for _, k := range []string{"wellbeing.step1", "wellbeing.step2", "wellbeing.step3", "wellbeing.step4"} {
		para("  • ", "    ", p.T(k), lipgloss.NewStyle())
	}
	para("  ", "  ", p.T("wellbeing.note"), labelStyle)
}

func avg(p *i18n.Printer, v *float64) string { return report.Avg(p, v) }

// trendMark colours a trend by what it means for the person: stress going
// up is not good news.
func trendMark(p *i18n.Printer, trend string, higherIsBetter bool) string {
	s := p.T("trend." + trend)
	switch {
	case trend == insight.TrendUp && higherIsBetter, trend == insight.TrendDown && !higherIsBetter:
		return goodStyle.Render(s)
	case trend == insight.TrendUp, trend == insight.TrendDown:
		return badStyle.Render(s)
	}
	return labelStyle.Render(s)
}

func outcomeLabel(p *i18n.Printer, o string) string {
	if o == insight.OutcomeNone {
		return p.T("stats.outcome_none")
	}
	return p.T("outcome." + o)
}
