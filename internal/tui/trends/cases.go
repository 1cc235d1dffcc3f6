package trends

import (
	"github.com/debrief-app/debrief/internal/chart"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/ui/care"
)

// topCategories is how many case categories get a bar.
const topCategories = 8

// casesPage: categories on the left; outcomes and idea statuses on the
// right (below each other when the window is narrow).
func (m *Model) casesPage(width, height int) []string {
	st := m.ctx.Styles
	t := m.ctx.T
	s := &m.data.stats
	summary := []string{st.Title.Render(t("trends.cases_since", *s.Range.From, m.ctx.N("count.cases", s.Cases.Total), m.ctx.N("count.praise", s.Cases.Praise)))}
	bar := func(v string) string { return st.Title.Render(v) }

	const labelW, barW = 10, 14
	var left []string
	left = append(left, st.Label.Render(t("trends.categories")))
	if len(s.Cases.ByCategory) == 0 {
		left = append(left, st.Muted.Render(t("trends.no_cases")))
	} else {
		var bars []chart.Bar
		for _, c := range insight.RankCategories(s.Cases.ByCategory, topCategories) {
			bars = append(bars, chart.Bar{Label: safetext.Line(c.Name), Value: c.N})
		}
		left = append(left, chart.Bars(bars, labelW, barW, bar)...)
	}

	var outcomes []chart.Bar
	for _, o := range journal.Outcomes {
		outcomes = append(outcomes, chart.Bar{Label: t("outcome." + o), Value: s.Cases.ByOutcome[o]})
	}
	outcomes = append(outcomes, chart.Bar{Label: t("stats.outcome_none"), Value: s.Cases.ByOutcome[insight.OutcomeNone]})
	var ideas []chart.Bar
	for _, status := range journal.IdeaStatuses {
		ideas = append(ideas, chart.Bar{Label: t("status." + status), Value: s.Ideas.ByStatus[status]})
	}
	right := append([]string{st.Label.Render(t("trends.outcomes"))}, chart.Bars(outcomes, labelW, barW, bar)...)
	right = append(right, "", st.Label.Render(t("trends.ideas")))
	right = append(right, chart.Bars(ideas, labelW, barW, bar)...)

	const colW = labelW + 1 + barW + 1 + 7 // label, bar, count
	if width < 2*colW+2 {
		return stack(height, summary, left, right)
	}
	var both []string
	for i := range max(len(left), len(right)) {
		var l, r string
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		both = append(both, chart.Pad(l, colW)+"  "+r)
	}
	return stack(height, summary, both)
}

// carePage is the wellbeing message: why, then what helps, never a
// diagnosis (package care: the same words as Home and the saved screen).
func (m *Model) carePage(width int) []string {
	return care.Page(m.ctx.T, m.ctx.Styles, m.data.stats.Wellbeing, width)
}
