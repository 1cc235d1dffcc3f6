package trends

import (
	"fmt"

	"github.com/debrief-app/debrief/internal/chart"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/sparkline"
)

// yearWeeks is a year of columns, ending with this week.
const yearWeeks = 53

// Marks of the days without a shift; each reads without colour too.
const (
	markOff    = "~" // a day off
	markMissed = "x" // a scheduled workday without an entry
	markRest   = "." // not scheduled, nothing written
)

// yearEnd is the last day the Year page shows back years ago: today, or
// the same day of an earlier year (28 February for a 29th).
func (m *Model) yearEnd(back int) journal.Date {
	today := m.data.cal.Today
	if back == 0 {
		return today
	}
	y, mo, dd := today.Parts()
	y -= back
	if mo == 2 && dd == 29 {
		dd = 28
	}
	return journal.NewDate(y, mo, dd)
}

// yearPage: a calendar of 53 weeks coloured by mood, ending today or, with
// ← pressed, the same day of an earlier year.
func (m *Model) yearPage(width, height int) []string {
	st := m.ctx.Styles
	t := m.ctx.T
	d := m.data
	today, open := m.yearEnd(m.yearsBack), d.cal.Today
	first := d.ms[0].Date
	rowLabels := [7]string{t("trends.weekday.1"), "", t("trends.weekday.3"), "", t("trends.weekday.5"), "", ""}
	lw := labelWidth(rowLabels[:]) + 1
	weeks := min(yearWeeks, max(width-lw, 4))
	// The summary counts exactly the days the calendar shows.
	from := journal.WeekOf(today).Monday().AddDays(-7 * (weeks - 1))
	mood := make(map[journal.Date]int, 7*weeks)
	var sum insight.Mean
	for _, s := range insight.Between(d.ms, from, today) {
		mood[s.Date] = s.Mood
		if journal.Has(s.Mood) {
			sum.Add(float64(s.Mood))
		}
	}
	offs, missed := 0, 0
	cell := func(day journal.Date) string {
		switch v, ok := mood[day]; {
		case ok && journal.Has(v):
			return st.Mood[v-1].Render(sparkline.Draw([]int{v}, 1, 5))
		case ok:
			return "?"
		case day < first, day == open:
			return " " // before the journal began, or today's open shift: nothing to say yet
		case d.cal.Off[day]:
			return st.Selected.Render(markOff)
		case d.cal.Scheduled(day) && day < open:
			// Neutral: a day not written is not a bad day.
			return st.Muted.Render(markMissed)
		}
		return st.Muted.Render(markRest)
	}
	for day := from; day <= today; day = day.AddDays(1) {
		if _, ok := mood[day]; ok || day < first {
			continue
		}
		if d.cal.Off[day] {
			offs++
		} else if d.cal.Scheduled(day) && day < open {
			missed++
		}
	}

	month := func(day journal.Date) string {
		_, mo, _ := day.Parts()
		return t(fmt.Sprintf("trends.month.%d", int(mo)))
	}
	cal := chart.Calendar(today, weeks, cell, rowLabels, lw, month)
	for i := range cal {
		if i == 0 {
			cal[i] = st.Muted.Render(cal[i])
		} else if rowLabels[i-1] != "" {
			cal[i] = st.Label.Render(cal[i][:len(rowLabels[i-1])]) + cal[i][len(rowLabels[i-1]):]
		}
	}

	var ramp string
	for v := 1; v <= 5; v++ {
		ramp += st.Mood[v-1].Render(sparkline.Draw([]int{v}, 1, 5))
	}
	legend := []string{
		ramp + " " + st.Muted.Render(t("trends.legend_mood")) + "   " +
			st.Selected.Render(markOff) + " " + st.Muted.Render(t("trends.legend_off")) + "   " +
			st.Muted.Render(markMissed+" "+t("trends.legend_miss")) + "   " +
			st.Muted.Render(markRest+" "+t("trends.legend_rest")),
	}
	summary := []string{st.Title.Render(t("trends.year_summary", m.ctx.N("count.weeks", weeks), m.ctx.N("count.shifts", len(mood)), avg(sum.Avg()),
		m.ctx.N("count.days_off", offs), m.ctx.N("count.missed", missed)))}
	if m.yearsBack > 0 {
		summary = append(summary, st.Muted.Render(t("trends.year_until", today)))
	}
	return stack(height, summary, cal, legend)
}
