package journal

import (
	"fmt"
	"strconv"
	"time"
)

// Week is an ISO 8601 week: Monday first, week 1 holds the year's first
// Thursday.
type Week struct {
	Year int `cbor:"1,keyasint,omitempty"`
	Num  int `cbor:"2,keyasint,omitempty"`
}

// WeekOf returns the ISO week of d.
func WeekOf(d Date) Week {
	y, w := d.Time().ISOWeek()
	return Week{Year: y, Num: w}
}

// ParseWeek reads "YYYY-Www" (2026-W47), refusing weeks the year doesn't have.
func ParseWeek(s string) (Week, error) {
	if len(s) != 8 || s[4] != '-' || (s[5] != 'W' && s[5] != 'w') {
		return Week{}, fmt.Errorf("%q is not a week (want YYYY-Www, e.g. 2026-W47)", s)
	}
	y, err1 := strconv.Atoi(s[0:4])
	n, err2 := strconv.Atoi(s[6:8])
	if err1 != nil || err2 != nil || s[0] == '+' || s[6] == '+' || s[6] == '-' {
		return Week{}, fmt.Errorf("%q is not a week (want YYYY-Www, e.g. 2026-W47)", s)
	}
	if y < minYear || y > maxYear || n < 1 || n > weeksIn(y) {
		return Week{}, fmt.Errorf("%q is not a week of the calendar", s)
	}
	return Week{Year: y, Num: n}, nil
}

// weeksIn counts ISO weeks of year y (52 or 53): Dec 28 is always in the last.
func weeksIn(y int) int {
	_, w := time.Date(y, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
	return w
}

// Monday is the first day of the week.
func (w Week) Monday() Date {
	// Jan 4 is always in week 1.
	jan4 := time.Date(w.Year, 1, 4, 0, 0, 0, 0, time.UTC)
	offset := (int(jan4.Weekday()) + 6) % 7
	return DateOf(jan4).AddDays(-offset + (w.Num-1)*7)
}

// Sunday is the last day of the week.
func (w Week) Sunday() Date { return w.Monday().AddDays(6) }

// Prev is the week before.
func (w Week) Prev() Week { return WeekOf(w.Monday().AddDays(-7)) }

// Next is the week after.
func (w Week) Next() Week { return WeekOf(w.Monday().AddDays(7)) }

// String formats as YYYY-Www.
func (w Week) String() string { return fmt.Sprintf("%04d-W%02d", w.Year, w.Num) }

// IsZero reports whether the week is unset.
func (w Week) IsZero() bool { return w.Year == 0 }

// MarshalText writes YYYY-Www.
func (w Week) MarshalText() ([]byte, error) { return []byte(w.String()), nil }

// UnmarshalText reads YYYY-Www strictly.
func (w *Week) UnmarshalText(b []byte) error {
	v, err := ParseWeek(string(b))
	if err != nil {
		return err
	}
	*w = v
	return nil
}
