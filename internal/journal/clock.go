package journal

import (
	"fmt"
	"strconv"
)

// Clock is a time of day in minutes after midnight (0–1439); a shift's start
// or end, the hour a working day begins.
type Clock int

// ParseClock reads "HH:MM" (24-hour).
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

// String formats as HH:MM.
func (c Clock) String() string {
	return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60)
}
