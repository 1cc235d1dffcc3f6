package insight

import (
	"math"
	"strconv"
	"strings"
)

// Decimal is the one way debrief shows a number with decimals, on every
// screen, command and export: rounded half away from zero to places
// decimals, as a person rounds the number as written (3.25 → "3.3",
// 2.35 → "2.4", −0.25 → "-0.3"). It rounds the shortest decimal that reads
// back as v, not v's binary value: 2.35 is stored as 2.34999…, and
// fmt's %.1f (which also rounds halves to even: 3.25 → "3.2") would show
// 2.3.
func Decimal(v float64, places int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', places, 64)
	}
	digits := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	whole, frac, _ := strings.Cut(digits, ".")
	up := len(frac) > places && frac[places] >= '5'
	frac += strings.Repeat("0", max(0, places-len(frac)))
	n := []byte(whole + frac[:places])
	if up {
		i := len(n) - 1
		for ; i >= 0 && n[i] == '9'; i-- {
			n[i] = '0'
		}
		if i < 0 {
			n = append([]byte{'1'}, n...)
		} else {
			n[i]++
		}
	}
	s := string(n)
	if places > 0 {
		s = s[:len(s)-places] + "." + s[len(s)-places:]
	}
	if v < 0 && strings.Trim(s, "0.") != "" {
		s = "-" + s
	}
	return s
}

// Signed is Decimal with a sign always written, for a change: "+0.50",
// "-0.46", "0.00".
func Signed(v float64, places int) string {
	s := Decimal(v, places)
	if strings.Trim(s, "0.") != "" && s[0] != '-' {
		s = "+" + s
	}
	return s
}
