package trends

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
)

// groupLines compare stress by kind of shift, by weekday and by case
// category ("夜班 4.1 · 白班 2.9"), each among the groups of at least
// insight.MinGroup shifts only, and only when there is something to
// compare: fewer shifts say more about chance than about nights.
func (m *Model) groupLines() []string {
	t := m.ctx.T
	g := &m.data.stats.Groups
	type named struct {
		name   string
		stress float64
	}
	enough := func(shifts int, stress *float64) bool { return shifts >= insight.MinGroup && stress != nil }
	line := func(label string, ns []named) string {
		slices.SortStableFunc(ns, func(a, b named) int { return cmp.Compare(b.stress, a.stress) })
		parts := make([]string, len(ns))
		for i, n := range ns {
			parts[i] = fmt.Sprintf("%s %.1f", n.name, n.stress)
		}
		return m.ctx.Styles.Label.Render(label) + strings.Join(parts, " · ")
	}
	var out []string
	var kinds []named
	for _, k := range journal.ShiftKinds {
		if s := g.ByShift[k]; enough(s.Shifts, s.StressAvg) {
			kinds = append(kinds, named{t("shift." + k), *s.StressAvg})
		}
	}
	if len(kinds) >= 2 {
		out = append(out, line(t("trends.by_shift"), kinds))
	}
	var days []named
	for i, d := range insight.Weekdays {
		if s := g.ByWeekday[d]; enough(s.Shifts, s.StressAvg) {
			days = append(days, named{t(fmt.Sprintf("report.wd.%d", (i+1)%7)), *s.StressAvg})
		}
	}
	if len(days) >= 2 {
		slices.SortStableFunc(days, func(a, b named) int { return cmp.Compare(b.stress, a.stress) })
		out = append(out, line(t("trends.by_weekday"), []named{days[0], days[len(days)-1]}))
	}
	var cats []named
	for c, s := range g.ByCategoryStress {
		if enough(s.Shifts, s.StressAvg) {
			cats = append(cats, named{safetext.Line(c), *s.StressAvg})
		}
	}
	slices.SortFunc(cats, func(a, b named) int { return cmp.Or(cmp.Compare(b.stress, a.stress), strings.Compare(a.name, b.name)) })
	if len(cats) > 0 {
		out = append(out, line(t("trends.by_category"), cats[:min(3, len(cats))]))
	}
	if len(out) > 0 {
		out = append([]string{m.ctx.Styles.Title.Render(t("trends.groups"))}, out...)
	}
	return out
}
