package journal

import (
	"fmt"
	"strconv"
	"strings"
)

// Clock is a time of day in minutes after midnight (0–1439); a shift's start
// or end, the hour a working day begins.
type Clock int

// ParseClock reads "HH:MM" (24-hour), the one form a time is kept in.
func ParseClock(s string) (Clock, error) {
	if len(s) != 5 || s[2] != ':' {
		return 0, fmt.Errorf("%q is not a time (want HH:MM)", s)
	}
	h, err1 := strconv.Atoi(s[0:2])
	m, err2 := strconv.Atoi(s[3:5])
	if err1 != nil || err2 != nil || s[0] == '+' || s[0] == '-' || s[3] == '+' || s[3] == '-' ||
		h < 0 || h > 23 || m < 0 || m > 59 {
		return 0, fmt.Errorf("%q is not a time of day (want HH:MM, 00:00–23:59)", s)
	}
	return Clock(h*60 + m), nil
}

// ReadClock reads a time of day the way a person types it at the end of a
// shift: "9" and "21" (whole hours), "930" and "2130" (hour and minutes
// without a separator), "9:30", "21.30", and the same with the full-width
// digits and colon a Chinese input method types ("２１：３０"). Spaces
// around it are ignored. The result is kept and shown as HH:MM
// (Clock.String); anything else, or a time outside 00:00–23:59, is an error.
func ReadClock(s string) (Clock, error) {
	t := foldWidth(strings.TrimSpace(s))
	var h, m string
	if i := strings.IndexAny(t, ":."); i >= 0 {
		h, m = t[:i], t[i+1:]
		if len(m) != 2 {
			return 0, fmt.Errorf("%q is not a time of day (e.g. 9, 930, 9:30, 21:30)", s)
		}
	} else {
		switch len(t) {
		case 1, 2:
			h, m = t, "00"
		case 3, 4:
			h, m = t[:len(t)-2], t[len(t)-2:]
		}
	}
	if !digits(h) || !digits(m) || len(h) == 0 || len(h) > 2 {
		return 0, fmt.Errorf("%q is not a time of day (e.g. 9, 930, 9:30, 21:30)", s)
	}
	hh, _ := strconv.Atoi(h)
	mm, _ := strconv.Atoi(m)
	if hh > 23 || mm > 59 {
		return 0, fmt.Errorf("%q is not a time of day (00:00–23:59)", s)
	}
	return Clock(hh*60 + mm), nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// foldWidth turns full-width digits, colon and full stop into their ASCII
// forms; everything else is left as it is.
func foldWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case r == '：':
			return ':'
		case r == '．' || r == '。':
			return '.'
		}
		return r
	}, s)
}

// String formats as HH:MM.
func (c Clock) String() string {
	return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60)
}
