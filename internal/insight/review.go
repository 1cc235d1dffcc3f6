package insight

import (
	"fmt"

	"github.com/debrief-app/debrief/internal/journal"
)

// Month is one calendar month of a review's table: months without a shift
// are listed with zeros and a null CSAT.
type Month struct {
	Month        string   `json:"month"` // "2026-11"
	Shifts       int      `json:"shifts"`
	Contacts     int      `json:"contacts"`
	CSATAvg      *float64 `json:"csat_avg"`
	Cases        int      `json:"cases"`
	Praise       int      `json:"praise"`
	IdeasAdopted int      `json:"ideas_adopted"`
}

// MonthOf is "YYYY-MM" of a date.
func MonthOf(d journal.Date) string {
	y, m, _ := d.Parts()
	return fmt.Sprintf("%04d-%02d", y, int(m))
}

// Monthly sums ms (sorted, oldest first) per calendar month, for every month
// from the month of from to the month of to, by the rules of Totals.
// adopted holds the dates on which ideas count as adopted (each adds one to
// its month; dates outside the range are ignored).
func Monthly(ms []journal.Metrics, adopted []journal.Date, from, to journal.Date) []Month {
	if from.IsZero() || to < from {
		return []Month{}
	}
	fy, fm, _ := from.Parts()
	ty, tm, _ := to.Parts()
	n := (ty-fy)*12 + int(tm) - int(fm) + 1
	rows := make([]Month, n)
	aggs := make([]Aggregate, n)
	index := func(d journal.Date) int {
		y, m, _ := d.Parts()
		return (y-fy)*12 + int(m) - int(fm)
	}
	for i := range ms {
		if ms[i].Date < from || ms[i].Date > to {
			continue
		}
		aggs[index(ms[i].Date)].addCounts(&ms[i])
	}
	for _, d := range adopted {
		if d >= from && d <= to {
			rows[index(d)].IdeasAdopted++
		}
	}
	for k := range rows {
		y, m := fy+(int(fm)-1+k)/12, (int(fm)-1+k)%12+1
		a := &aggs[k]
		rows[k].Month = fmt.Sprintf("%04d-%02d", y, m)
		rows[k].Shifts, rows[k].Contacts, rows[k].Cases, rows[k].Praise = a.Shifts, a.ContactsTotal(), a.Cases, a.Praise
		rows[k].CSATAvg = a.CSAT.Avg()
	}
	return rows
}

// Peak is the shift with the most contacts (the earliest of equals); nil
// when no shift recorded contacts.
type Peak struct {
	Date     journal.Date `json:"date"`
	Contacts int          `json:"contacts"`
}

// PeakDay finds the busiest shift of ms.
func PeakDay(ms []journal.Metrics) *Peak {
	var p *Peak
	for i := range ms {
		m := &ms[i]
		if m.HasContacts && (p == nil || m.Contacts > p.Contacts) {
			p = &Peak{Date: m.Date, Contacts: m.Contacts}
		}
	}
	return p
}

// Year is one year of the year-over-year line: the shifts of the range that
// fall in it.
type Year struct {
	Year     int      `json:"year"`
	Shifts   int      `json:"shifts"`
	Contacts int      `json:"contacts"`
	CSATAvg  *float64 `json:"csat_avg"`
	Cases    int      `json:"cases"`
	Praise   int      `json:"praise"`
}

// YearOverYear sums the months per calendar year; nil unless the range
// spans more than a year (from and to more than 365 days apart), when a
// comparison means something.
func YearOverYear(ms []journal.Metrics, from, to journal.Date) []Year {
	if from.IsZero() || to.DaysSince(from) <= 365 {
		return nil
	}
	var out []Year
	var a Aggregate
	flush := func(y int) {
		out = append(out, Year{Year: y, Shifts: a.Shifts, Contacts: a.ContactsTotal(), CSATAvg: a.CSAT.Avg(), Cases: a.Cases, Praise: a.Praise})
		a = Aggregate{}
	}
	fy, _, _ := from.Parts()
	ty, _, _ := to.Parts()
	i := 0
	for y := fy; y <= ty; y++ {
		end := journal.NewDate(y, 12, 31)
		for ; i < len(ms) && ms[i].Date <= end; i++ {
			if ms[i].Date >= from && ms[i].Date <= to {
				a.addCounts(&ms[i])
			}
		}
		flush(y)
	}
	return out
}
