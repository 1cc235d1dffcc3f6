package trends

import (
	"fmt"
	"strings"

	"github.com/debrief-app/debrief/internal/chart"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/sparkline"
	"github.com/debrief-app/debrief/internal/tui/layout"
)

// How many shifts the lines and how many weeks the table cover.
const (
	recentShifts = 30
	weeksShown   = 12
)

// shiftsPage: the last 30 shifts as sparklines, 12 weeks of averages, the
// streak.
func (m *Model) shiftsPage(width, height int) []string {
	st := m.ctx.Styles
	t := m.ctx.T
	s := &m.data.stats

	var signal []string
	if s.Wellbeing.Signal {
		signal = []string{st.Accent.Render(t("trends.signal"))}
	}

	labels := []string{t("stats.mood"), t("stats.energy"), t("stats.stress"), t("trends.contacts"), t("trends.csat"), t("trends.shifts")}
	lw := labelWidth(labels) + 1
	scaleText := func(sc insight.ScaleStats, higherIsBetter bool) string {
		text := t("stats.avg", avg(sc.Avg)) + " · " + report.Last7(m.ctx.P, sc.Last7Avg, sc.Prev7Avg)
		return text + i18n.Gap(text) + m.trend(sc.Trend, higherIsBetter)
	}
	// The lines give up shifts, not words, in a narrow window: the numbers
	// and the trend stay readable.
	textW := 0
	for _, sc := range []insight.ScaleStats{s.Mood, s.Energy, s.Stress} {
		textW = max(textW, layout.Width(scaleText(sc, true)))
	}
	n := min(recentShifts, max(8, width-lw-2-textW))
	recent := m.data.ms[max(0, len(m.data.ms)-n):]
	spark := func(values []int, lo, hi int) string {
		return st.Title.Render(chart.Pad(sparkline.Draw(values, lo, hi), n))
	}
	lines := []string{st.Title.Render(m.ctx.N("trends.last_shifts", len(recent)))}
	scale := func(label string, sc insight.ScaleStats, of insight.Scale, higherIsBetter bool) {
		values := make([]int, len(recent))
		for i := range recent {
			values[i] = of(&recent[i])
		}
		text := scaleText(sc, higherIsBetter)
		lines = append(lines, st.Label.Render(chart.Pad(label, lw))+spark(values, 1, 5)+"  "+text)
	}
	scale(labels[0], s.Mood, insight.MoodOf, true)
	scale(labels[1], s.Energy, insight.EnergyOf, true)
	scale(labels[2], s.Stress, insight.StressOf, false)

	// Contacts and CSAT on their own scales (lowest to highest shown);
	// -1 marks a shift that didn't record them.
	contacts := make([]int, len(recent))
	csat := make([]int, len(recent))
	for i, r := range recent {
		contacts[i], csat[i] = -1, -1
		if r.HasContacts {
			contacts[i] = r.Contacts
		}
		if r.HasCSAT {
			csat[i] = int(r.CSAT*10 + 0.5)
		}
	}
	if lo, hi, ok := span(contacts); ok {
		lines = append(lines, st.Label.Render(chart.Pad(labels[3], lw))+spark(contacts, lo, hi)+"  "+t("trends.per_shift", avg(s.Contacts.PerShift)))
	}
	if lo, hi, ok := span(csat); ok {
		v := "–"
		if s.CSATAvg != nil {
			v = insight.Decimal(*s.CSATAvg, 1) + "%"
		}
		lines = append(lines, st.Label.Render(chart.Pad(labels[4], lw))+spark(csat, lo, hi)+"  "+v)
	}
	lines = append(lines, strings.Repeat(" ", lw)+st.Muted.Render(t("trends.spark_legend")))

	streak := []string{m.ctx.N("trends.streak", s.Streak.Current, s.Streak.Longest)}
	if s.Consistency30d != nil {
		c := t("trends.consistency", int(*s.Consistency30d*100+0.5))
		if layout.Width(streak[0]+" · "+c) <= width {
			streak[0] += " · " + c
		} else {
			streak = append(streak, c)
		}
	}
	return stack(height, signal, lines, m.weekTable(lw, width), m.groupLines(), streak)
}

// weekTable is the averages of the last 12 weeks (fewer in a narrow
// window), one column a week.
func (m *Model) weekTable(lw, width int) []string {
	st := m.ctx.Styles
	t := m.ctx.T
	const col = 5
	n := min(weeksShown, max(1, (width-lw)/col))
	weeks := m.data.stats.Weekly[max(0, len(m.data.stats.Weekly)-n):]
	head := strings.Repeat(" ", lw)
	rows := []string{
		st.Label.Render(chart.Pad(t("stats.mood"), lw)),
		st.Label.Render(chart.Pad(t("stats.energy"), lw)),
		st.Label.Render(chart.Pad(t("stats.stress"), lw)),
		st.Label.Render(chart.Pad(t("trends.shifts"), lw)),
	}
	for _, w := range weeks {
		head += chart.Pad(fmt.Sprintf("W%02d", w.Week.Num), col)
		rows[0] += chart.Pad(avg(w.MoodAvg), col)
		rows[1] += chart.Pad(avg(w.EnergyAvg), col)
		rows[2] += chart.Pad(avg(w.StressAvg), col)
		rows[3] += chart.Pad(fmt.Sprint(w.Shifts), col)
	}
	return append([]string{st.Title.Render(m.ctx.N("trends.weekly", len(weeks))), st.Muted.Render(head)}, rows...)
}

// trend is the direction in words, coloured by what it means for the
// person: stress going up is not good news.
func (m *Model) trend(tr string, higherIsBetter bool) string {
	st := m.ctx.Styles
	s := m.ctx.T("trend." + tr)
	switch {
	case tr == insight.TrendUp && higherIsBetter, tr == insight.TrendDown && !higherIsBetter:
		return st.Good.Render(s)
	case tr == insight.TrendUp, tr == insight.TrendDown:
		return st.Error.Render(s)
	}
	return st.Muted.Render(s)
}

func avg(v *float64) string {
	if v == nil {
		return "–"
	}
	return insight.Decimal(*v, 1)
}

// span is the lowest and highest recorded value (≥ 0); ok is false when
// none was recorded.
func span(values []int) (lo, hi int, ok bool) {
	for _, v := range values {
		if v < 0 {
			continue
		}
		if !ok {
			lo, hi, ok = v, v, true
		}
		lo, hi = min(lo, v), max(hi, v)
	}
	if ok && hi == lo {
		hi = lo + 1 // all equal: draw them low rather than not at all
	}
	return lo, hi, ok
}

func labelWidth(labels []string) int {
	w := 0
	for _, l := range labels {
		w = max(w, layout.Width(l))
	}
	return w
}
