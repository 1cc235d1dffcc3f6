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
