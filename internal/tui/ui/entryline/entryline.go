// Package entryline draws one saved entry on one line — date, shift,
// mood, cases and the first thing I helped with — for home's recent
// entries and History's list.
package entryline

import (
	"fmt"
	"strconv"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/layout"
)

// Render is e on one line (not cut: the list cuts it to its width).
func Render(ctx *app.Context, e *journal.Entry) string {
	st := ctx.Styles
	t := ctx.T
	mood := ""
	if journal.Has(e.Mood) {
		mood = strconv.Itoa(e.Mood) + " " + t("mood."+strconv.Itoa(e.Mood))
	}
	helped := ""
	if len(e.Helped) > 0 {
		helped = safetext.Line(e.Helped[0])
	}
	shift := ""
	if e.Shift != "" {
		shift = t("shift." + e.Shift)
	}
	return fmt.Sprintf("%s  %s  %s  %s  %s", e.ShiftDate, layout.Pad(shift, 8), layout.Pad(mood, 8),
		st.Muted.Render(layout.Pad(ctx.N("count.cases", len(e.Cases)), 8)), helped)
}
