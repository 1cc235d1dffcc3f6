package insight

import (
	"sort"

	"github.com/debrief-app/debrief/internal/journal"
)

// Streaks returns the current and the longest streak as of cal.Today.
//
// Current: start at today, or at yesterday when today is not logged (the
// shift may still be open); walk back to the first entry: a logged day adds
// one, a day that is neither logged nor scheduled (rest day, weekend, day
// off) is skipped, a scheduled day without an entry stops the walk.
//
// Longest: the longest run over the whole history under the same rule.
func Streaks(cal Calendar, ms []journal.Metrics) (current, longest int) {
	ms = asOf(ms, cal.Today)
	return currentStreak(cal, ms), longestStreak(cal, ms)
}

// CurrentStreak is Streaks' current streak from the dates of the entries
// alone (in order, none repeated), which a journal lists without decoding
// a record.
func CurrentStreak(cal Calendar, dates []journal.Date) int {
	n := sort.Search(len(dates), func(i int) bool { return dates[i] > cal.Today })
	return walkBack(cal, n, func(i int) journal.Date { return dates[i] })
}

func currentStreak(cal Calendar, ms []journal.Metrics) int {
	return walkBack(cal, len(ms), func(i int) journal.Date { return ms[i].Date })
}

// walkBack is the current streak over count entries in date order, up to
// today, date(i) giving the date of the i-th.
func walkBack(cal Calendar, count int, date func(int) journal.Date) int {
	if count == 0 {
		return 0
	}
	first := date(0)
	i := count - 1
	d := cal.Today
	wd := cal.slot(d)
	if date(i) != d {
		d, wd = prevDay(d), cal.prevSlot(wd)
	}
	n := 0
	for d >= first {
		if i >= 0 && date(i) == d {
			n++
			i--
		} else if cal.scheduledOn(d, wd) {
			break
		}
		d, wd = prevDay(d), cal.prevSlot(wd)
	}
	return n
}

// longestStreak counts runs of logged days: two logged days belong to the
// same run unless a scheduled day lies between them. Today can never lie
// between two logged days, so "a missed today doesn't break" needs no case.
func longestStreak(cal Calendar, ms []journal.Metrics) int {
	if len(ms) == 0 {
		return 0
	}
	run, longest := 1, 1
	for i := 1; i < len(ms); i++ {
		if missedBetween(cal, ms[i-1].Date, ms[i].Date) {
			run = 1
		} else {
			run++
		}
		longest = max(longest, run)
	}
	return longest
}

// missedBetween reports whether a scheduled day lies strictly between a and b.
func missedBetween(cal Calendar, a, b journal.Date) bool {
	d := nextDay(a)
	if d >= b {
		return false
	}
	wd := cal.slot(d)
	for ; d < b; d, wd = nextDay(d), cal.nextSlot(wd) {
		if cal.scheduledOn(d, wd) {
			return true
		}
	}
	return false
}

// Consistency30d is logged scheduled days ÷ scheduled days over the 30 days
// ending today, where today counts only if it is logged (its shift may still
// be open). The window starts no earlier than the first entry: the days
// before a person began are not days they missed. Nil when there is no
// scheduled day (and so for an empty journal). Rounded to 2 decimals.
func Consistency30d(cal Calendar, ms []journal.Metrics) *float64 {
	ms = asOf(ms, cal.Today)
	return consistency30d(cal, ms)
}

func consistency30d(cal Calendar, ms []journal.Metrics) *float64 {
	if len(ms) == 0 {
		return nil
	}
	from := max(cal.Today.AddDays(-29), ms[0].Date)
	window := Between(ms, from, cal.Today)
	i := 0
	logged, scheduled := 0, 0
	wd := cal.slot(from)
	for d := from; d <= cal.Today; d, wd = nextDay(d), cal.nextSlot(wd) {
		isLogged := i < len(window) && window[i].Date == d
		if isLogged {
			i++
		}
		if d == cal.Today && !isLogged {
			continue
		}
		if cal.scheduledOn(d, wd) {
			scheduled++
			if isLogged {
				logged++
			}
		}
	}
	if scheduled == 0 {
		return nil
	}
	return round2(float64(logged) / float64(scheduled))
}
