// Package sparkline draws a row of values as block characters, one cell a
// value: the mood of the last shifts on the home screen and in `debrief
// stats`.
package sparkline

import "strings"

var blocks = []rune("▁▂▃▄▅▆▇█")

// Draw renders values between lo and hi; a value outside (0 for "not
// given") is drawn as a space so a gap stays visible.
func Draw(values []int, lo, hi int) string {
	var b strings.Builder
	for _, v := range values {
		if v < lo || v > hi || hi <= lo {
			b.WriteRune(' ')
			continue
		}
		i := (v - lo) * (len(blocks) - 1) / (hi - lo)
		b.WriteRune(blocks[i])
	}
	return b.String()
}
