package report

import (
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/insight"
)

// Last7 is a scale's recent course in words with the numbers the trend
// rule used: the two averages and their difference, so the arrow beside it
// never contradicts what is shown ("近 7 次 3.1（之前 3.6，变化 -0.46）" is
// steady: the rule compares −0.46, not 3.1 and 3.6). `debrief stats` and the
// Trends screen.
func Last7(p *i18n.Printer, last, prev *float64) string {
	if change := insight.Change(last, prev); change != nil {
		return p.T("stats.last7_vs", Avg(p, last), Avg(p, prev), insight.Signed(*change, 2))
	}
	return p.T("stats.last7", Avg(p, last))
}

// VsLastWeek is a weekly average's comparison with last week, with the
// difference the trend rule used ("（上周 2.0，变化 +1.50）"); "" without
// last week's average. `debrief week` and the Week screen.
func VsLastWeek(p *i18n.Printer, now, prev *float64) string {
	if prev == nil {
		return ""
	}
	if change := insight.Change(now, prev); change != nil {
		return p.T("week.vs_prev_change", Avg(p, prev), insight.Signed(*change, 2))
	}
	return p.T("week.vs_prev", Avg(p, prev))
}

// Shifts is the week's shifts against its schedule, with the extra days
// worked: "6 个，排班 5 天（含加班 1 天）", "6 of 5 scheduled (1 extra day)".
func Shifts(p *i18n.Printer, w *WeekSummary) string {
	s := p.T("week.shifts_v", w.Shifts, w.Scheduled)
	if w.Extra > 0 {
		s += p.N("week.shifts_extra", w.Extra)
	}
	return s
}

// Avg is an average as every screen and command shows it: one decimal,
// half away from zero; "–" when there is none.
func Avg(p *i18n.Printer, v *float64) string {
	if v == nil {
		return p.T("stats.none")
	}
	return insight.Decimal(*v, 1)
}
