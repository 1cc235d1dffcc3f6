package chart

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/debrief-app/debrief/internal/journal"
)

// Calendar draws the weeks ending with the week of last as columns (Monday
// at the top, Sunday at the bottom), like a contribution calendar: seven
// rows of one cell per day, cell(d) giving each day's one-cell string
// (days after last are blank). rowLabels label the rows (Monday first,
// "" for none) and are padded to labelWidth; monthLabel(d) names the month
// that starts in a column, written above it where it fits.
func Calendar(last journal.Date, weeks int, cell func(journal.Date) string,
	rowLabels [7]string, labelWidth int, monthLabel func(journal.Date) string) []string {
	lastMonday := journal.WeekOf(last).Monday()
	first := lastMonday.AddDays(-7 * (weeks - 1))

	// Month names above the first column that holds the month's 1st.
	var top strings.Builder
	top.WriteString(strings.Repeat(" ", labelWidth))
	used := 0 // display cells written after the labels
	for c := range weeks {
		monday := first.AddDays(7 * c)
		for d := monday; d < monday.AddDays(7); d = d.AddDays(1) {
			if _, _, day := d.Parts(); day == 1 && c >= used {
				name := monthLabel(d)
				if w := lipgloss.Width(name); c+w <= weeks {
					// A space after every name, Chinese ones too: "11月12月"
					// reads as one word; a month with no room for its name
					// and the space is left unnamed rather than run into the next.
					top.WriteString(strings.Repeat(" ", c-used) + name + " ")
					used = c + w + 1
				}
			}
		}
	}
	lines := []string{strings.TrimRight(top.String(), " ")}
	for row := range 7 {
		var b strings.Builder
		b.WriteString(Pad(rowLabels[row], labelWidth))
		for c := range weeks {
			d := first.AddDays(7*c + row)
			if d > last {
				b.WriteString(" ")
				continue
			}
			b.WriteString(cell(d))
		}
		lines = append(lines, strings.TrimRight(b.String(), " "))
	}
	return lines
}
