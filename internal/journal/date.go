package journal

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a civil date stored as yyyymmdd (20261125). The zero value means
// "no date". Dates compare with < and == in calendar order.
type Date int32

// Limits of the dates debrief accepts: far enough for any real journal,
// close enough that arithmetic never overflows and "0000-01-01" is refused.
const (
	minYear = 1900
	maxYear = 2999
)

// NewDate builds a date from its parts without checking them; use ParseDate
// for user input.
func NewDate(y int, m time.Month, d int) Date {
	return Date(y*10000 + int(m)*100 + d)
}

// DateOf returns the civil date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return NewDate(y, m, d)
}

// ParseDate reads "YYYY-MM-DD" strictly: real calendar days only (no
// 2026-02-30), years 1900–2999.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, notADate(s, "%q is not a date (want YYYY-MM-DD)")
	}
	y, err1 := strconv.Atoi(s[0:4])
	m, err2 := strconv.Atoi(s[5:7])
	d, err3 := strconv.Atoi(s[8:10])
	if err1 != nil || err2 != nil || err3 != nil || s[5] == '+' || s[8] == '+' || s[0] == '+' {
		return 0, notADate(s, "%q is not a date (want YYYY-MM-DD)")
	}
	if y < minYear || y > maxYear {
		return 0, fmt.Errorf("%q is out of range (years %d–%d)", strings.Clone(s), minYear, maxYear)
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return 0, notADate(s, "%q is not a day of the calendar")
	}
	return NewDate(y, time.Month(m), d), nil
}

// notADate is ParseDate's error. It quotes a copy of s, so that s never
// escapes: a caller's ParseDate(string(key)) then needs no allocation,
// which the listings and statistics pay once per shift.
func notADate(s, format string) error {
	return fmt.Errorf(format, strings.Clone(s))
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Parts returns year, month and day.
func (d Date) Parts() (int, time.Month, int) {
	v := int(d)
	return v / 10000, time.Month(v / 100 % 100), v % 100
}

// Time is midnight UTC of the date: a zone-free instant, so day arithmetic
// never meets daylight-saving gaps.
func (d Date) Time() time.Time {
	y, m, dd := d.Parts()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}

// AddDays moves the date by n calendar days.
func (d Date) AddDays(n int) Date {
	y, m, dd := d.Parts()
	return DateOf(time.Date(y, m, dd+n, 0, 0, 0, 0, time.UTC))
}

// DaysSince counts calendar days from e to d (d − e).
func (d Date) DaysSince(e Date) int {
	return int(d.Time().Sub(e.Time()).Hours() / 24)
}

// Weekday of the date.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d == 0 }

// String formats as YYYY-MM-DD ("" for the zero date).
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	y, m, dd := d.Parts()
	b := make([]byte, 0, 10)
	b = appendInt(b, y, 4)
	b = append(b, '-')
	b = appendInt(b, int(m), 2)
	b = append(b, '-')
	b = appendInt(b, dd, 2)
	return string(b)
}

func appendInt(b []byte, v, width int) []byte {
	var tmp [8]byte
	i := len(tmp)
	for v > 0 || i == len(tmp) {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
	}
	for n := len(tmp) - i; n < width; n++ {
		b = append(b, '0')
	}
	return append(b, tmp[i:]...)
}

// MarshalText writes YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads YYYY-MM-DD strictly.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ShiftDate is the date a shift belongs to at instant now, given the clock
// time (minutes after midnight) at which a new working day begins: before it,
// the shift still belongs to yesterday (a night shift 22:00–06:00 belongs to
// the day it began).
func ShiftDate(now time.Time, dayStartsAt Clock) Date {
	d := DateOf(now)
	if now.Hour()*60+now.Minute() < int(dayStartsAt) {
		return d.AddDays(-1)
	}
	return d
}
