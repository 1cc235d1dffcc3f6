package cli

import (
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
)

// parseDateArg reads a date given on the command line: YYYY-MM-DD, or the
// words today / yesterday (今天 / 昨天).
func (a *App) parseDateArg(flag, s string) (journal.Date, error) {
	today, err := a.Today()
	if err != nil {
		return 0, err
	}
	switch s {
	case "today", "今天":
		return today, nil
	case "yesterday", "昨天":
		return today.AddDays(-1), nil
	}
	d, err := journal.ParseDate(s)
	if err != nil {
		return 0, usagef("%s", a.P.T("err.bad_date", flag, s))
	}
	return d, nil
}

// dateRange reads --from/--to: a zero from means "since the first entry",
// the end is today unless --to says otherwise (playbook, export).
func (a *App) dateRange(from, to string) (lo, hi journal.Date, err error) {
	if hi, err = a.Today(); err != nil {
		return 0, 0, err
	}
	if from != "" {
		if lo, err = a.parseDateArg("--from", from); err != nil {
			return 0, 0, err
		}
	}
	if to != "" {
		if hi, err = a.parseDateArg("--to", to); err != nil {
			return 0, 0, err
		}
	}
	if lo != 0 && hi < lo {
		return 0, 0, a.rangeError(lo, hi, to != "")
	}
	return lo, hi, nil
}

// dayArg is the day `debrief show` and `debrief edit` are about: the DATE
// argument (given), or the latest entry on or before today.
func (a *App) dayArg(args []string) (d day.Day, given bool, err error) {
	j := a.Journal()
	if len(args) == 1 {
		date, err := a.parseDateArg("DATE", args[0])
		if err != nil {
			return d, true, err
		}
		d, err = j.Day(date)
		return d, true, err
	}
	today, err := a.Today()
	if err != nil {
		return d, false, err
	}
	e, ok, err := j.Latest(today)
	if ok && err == nil {
		// the whole day, with the jots that stay with it
		d, err = j.Day(e.ShiftDate)
	}
	return d, false, err
}

// rangeError: --from is after the end of the range. Both dates are named;
// when --to was not given (or lies after today) the end is today, and the
// message says so.
func (a *App) rangeError(from, to journal.Date, toGiven bool) error {
	if !toGiven {
		return usagef("%s", a.P.T("err.range_today", from, to))
	}
	return usagef("%s", a.P.T("err.range", from, to))
}
