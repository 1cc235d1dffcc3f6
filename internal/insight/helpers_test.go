package insight

import (
	"strconv"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
)

// weekdaysOnly is the default schedule: Monday to Friday.
var weekdaysOnly = [7]bool{false, true, true, true, true, true, false}

// everyDay is a schedule of seven working days.
var everyDay = [7]bool{true, true, true, true, true, true, true}

func date(t testing.TB, s string) journal.Date {
	t.Helper()
	d, err := journal.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// logged builds one metrics record per date, mood 3.
func logged(t testing.TB, dates ...string) []journal.Metrics {
	t.Helper()
	ms := make([]journal.Metrics, len(dates))
	for i, s := range dates {
		ms[i] = journal.Metrics{Date: date(t, s), Mood: 3}
	}
	return ms
}

func cal(t testing.TB, today string, workdays [7]bool, off ...string) Calendar {
	t.Helper()
	var offs []journal.DayOff
	for _, s := range off {
		offs = append(offs, journal.DayOff{Date: date(t, s), Reason: "rest"})
	}
	return NewCalendar(date(t, today), workdays, offs)
}

func fp(v float64) *float64 { return &v }

func fstr(p *float64) string {
	if p == nil {
		return "null"
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

// outcomes counts one case for each outcome named ("" for none) the way a
// metrics record does.
func outcomes(names ...string) (counts [journal.OutcomeSlots]int) {
	for _, o := range names {
		counts[journal.OutcomeSlot(o)]++
	}
	return counts
}
