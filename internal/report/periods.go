package report

import (
	"fmt"

	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
)

// A long range reads as a summary, not as a list of every shift: above
// detailDays days a document for Markdown and HTML keeps per-shift detail
// only when asked (--detail) and summarises by week up to weeklyDays
// days, by month beyond.
const (
	detailDays = 31
	weeklyDays = 183
	// maxIdeasLong is how many ideas a long range lists without --detail
	// (adopted first); the rest are counted.
	maxIdeasLong = 20
)

// Period grouping.
const (
	ByWeek  = "week"
	ByMonth = "month"
)

// Period is one week or month of the range with its totals (by the rules
// of insight.Totals). Partial says the period runs past an edge of the
// range, so its figures cover fewer days than a whole period: a short
// week is not a dip. The wellbeing averages are numbers only, and nil
// unless the audience sees wellbeing.
type Period struct {
	Label     string       `json:"label"`
	From      journal.Date `json:"from"`
	To        journal.Date `json:"to"`
	Partial   bool         `json:"partial"`
	Shifts    int          `json:"shifts"`
	Contacts  int          `json:"contacts"`
	CSATAvg   *float64     `json:"csat_avg"`
	Cases     int          `json:"cases"`
	Praise    int          `json:"praise"`
	MoodAvg   *float64     `json:"mood_avg,omitempty"`
	EnergyAvg *float64     `json:"energy_avg,omitempty"`
	StressAvg *float64     `json:"stress_avg,omitempty"`
}

// rangeDays is the number of days from from to to, both included.
func rangeDays(from, to journal.Date) int { return to.DaysSince(from) + 1 }

// groupingFor is how a range of n days is summarised.
func groupingFor(n int) string {
	if n <= weeklyDays {
		return ByWeek
	}
	return ByMonth
}

// periodOf returns the week or month holding d: its label and its first
// and last day.
func periodOf(d journal.Date, by string) (label string, first, last journal.Date) {
	if by == ByWeek {
		w := journal.WeekOf(d)
		return w.String(), w.Monday(), w.Sunday()
	}
	y, m, _ := d.Parts()
	first = journal.NewDate(y, m, 1)
	last = journal.NewDate(y, m+1, 1).AddDays(-1)
	return fmt.Sprintf("%04d-%02d", y, int(m)), first, last
}

// buildPeriods sums ms (oldest first) per period, for every period from
// the one holding from to the one holding to, empty ones included.
func buildPeriods(ms []journal.Metrics, from, to journal.Date, by string, wb bool) []Period {
	var out []Period
	i := 0
	for d := from; d <= to; {
		label, first, last := periodOf(d, by)
		p := Period{Label: label, From: max(first, from), To: min(last, to), Partial: first < from || last > to}
		var a insight.Aggregate
		for ; i < len(ms) && ms[i].Date <= last; i++ {
			if ms[i].Date >= from {
				// A period shows no categories: counting them would
				// fill a map a period for nothing (a tenth of a
				// summary's Build).
				m := ms[i]
				m.Categories = nil
				a.Add(&m)
			}
		}
		p.Shifts, p.Contacts, p.CSATAvg, p.Cases, p.Praise = a.Shifts, a.ContactsTotal(), a.CSAT.Avg(), a.Cases, a.Praise
		if wb {
			p.MoodAvg, p.EnergyAvg, p.StressAvg = a.Mood.Avg(), a.Energy.Avg(), a.Stress.Avg()
		}
		out = append(out, p)
		d = last.AddDays(1)
	}
	return out
}

// firstDay is the range's first day: from, or the first entry's date when
// the range is open ("from the first entry").
func firstDay(in *Input) journal.Date {
	if !in.From.IsZero() || len(in.Entries) == 0 {
		return in.From
	}
	return in.Entries[0].ShiftDate
}
