package insight

import (
	"slices"
	"sort"

	"github.com/debrief-app/debrief/internal/journal"
)

// Calendar is what the rules need to know about days: which day is today,
// which days the person works — by weekday, or by a repeating rotation of
// shift kinds — and which dates are days off.
type Calendar struct {
	Today    journal.Date
	Workdays [7]bool // indexed by time.Weekday; unused when Rotation is set
	// Rotation, when set, replaces Workdays: shift kinds and
	// journal.RotationOff, Rotation[0] falling on RotationStart and the
	// pattern repeating forwards and backwards from it.
	Rotation      []string
	RotationStart journal.Date
	Off           map[journal.Date]bool
}

// NewCalendar builds a calendar from the schedule (config.Workdays()) and
// the journal's days off.
func NewCalendar(today journal.Date, workdays [7]bool, off []journal.DayOff) Calendar {
	c := Calendar{Today: today, Workdays: workdays, Off: make(map[journal.Date]bool, len(off))}
	for _, d := range off {
		c.Off[d.Date] = true
	}
	return c
}

// WithRotation returns the calendar following a rotation (config.Rotation())
// instead of weekdays; an empty rotation leaves it as it is.
func (c Calendar) WithRotation(kinds []string, start journal.Date) Calendar {
	if len(kinds) > 0 && !start.IsZero() {
		c.Rotation, c.RotationStart = kinds, start
	}
	return c
}

// Scheduled reports whether d is a working day: the schedule says so and
// it is not a day off.
func (c Calendar) Scheduled(d journal.Date) bool {
	return c.scheduledOn(d, c.slot(d))
}

// ShiftKind is the kind of shift the rotation puts on d ("day", "night", …);
// "" on a rotation's rest day or when the schedule is by weekdays.
func (c Calendar) ShiftKind(d journal.Date) string {
	if len(c.Rotation) == 0 {
		return ""
	}
	if k := c.Rotation[c.slot(d)]; k != journal.RotationOff {
		return k
	}
	return ""
}

// A slot is d's place in the schedule's pattern: its weekday, or its index
// in the rotation. Walks step the slot along with the date (nextSlot,
// prevSlot) instead of recomputing it for every day.
func (c Calendar) slot(d journal.Date) int {
	if n := len(c.Rotation); n > 0 {
		return ((d.DaysSince(c.RotationStart) % n) + n) % n
	}
	return int(d.Weekday())
}

func (c Calendar) period() int {
	if n := len(c.Rotation); n > 0 {
		return n
	}
	return 7
}

func (c Calendar) nextSlot(k int) int { return (k + 1) % c.period() }

func (c Calendar) prevSlot(k int) int {
	n := c.period()
	return (k + n - 1) % n
}

// scheduledOn is Scheduled with d's slot already known.
func (c Calendar) scheduledOn(d journal.Date, k int) bool {
	if len(c.Rotation) > 0 {
		return c.Rotation[k] != journal.RotationOff && !c.Off[d]
	}
	return c.Workdays[k] && !c.Off[d]
}

// asOf returns the metrics dated on or before today, oldest first, one per
// date. Entries after today are ignored by every rule. The store already
// gives sorted, unique dates, so the common case only re-slices.
func asOf(ms []journal.Metrics, today journal.Date) []journal.Metrics {
	byDate := func(a, b journal.Metrics) int { return int(a.Date) - int(b.Date) }
	if !strictlyIncreasing(ms) {
		ms = slices.Clone(ms)
		slices.SortStableFunc(ms, byDate)
		ms = slices.CompactFunc(ms, func(a, b journal.Metrics) bool { return a.Date == b.Date })
	}
	n := sort.Search(len(ms), func(i int) bool { return ms[i].Date > today })
	return ms[:n]
}

func strictlyIncreasing(ms []journal.Metrics) bool {
	for i := 1; i < len(ms); i++ {
		if ms[i].Date <= ms[i-1].Date {
			return false
		}
	}
	return true
}

// Between returns the metrics with from ≤ date ≤ to of a slice sorted
// oldest first (as the store gives them), without copying: for one week,
// Totals(Between(ms, w.Monday(), w.Sunday())).
func Between(ms []journal.Metrics, from, to journal.Date) []journal.Metrics {
	lo := sort.Search(len(ms), func(i int) bool { return ms[i].Date >= from })
	hi := sort.Search(len(ms), func(i int) bool { return ms[i].Date > to })
	if lo >= hi {
		return nil
	}
	return ms[lo:hi]
}

// nextDay and prevDay step one civil day with plain arithmetic: streak walks
// cover every day of a journal, and going through time.Time for each would
// cost more than everything else in `debrief stats`.
func nextDay(d journal.Date) journal.Date {
	y, m, dd := d.Parts()
	if dd < monthDays(y, int(m)) {
		return d + 1
	}
	if m == 12 {
		return journal.NewDate(y+1, 1, 1)
	}
	return journal.NewDate(y, m+1, 1)
}

func prevDay(d journal.Date) journal.Date {
	y, m, dd := d.Parts()
	if dd > 1 {
		return d - 1
	}
	if m == 1 {
		return journal.NewDate(y-1, 12, 31)
	}
	return journal.NewDate(y, m-1, monthDays(y, int(m)-1))
}

func monthDays(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
