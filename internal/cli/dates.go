package cli

import "github.com/debrief-app/debrief/internal/journal"

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
		return 0, 0, usagef("%s", a.P.T("err.range", from, to))
	}
	return lo, hi, nil
}
