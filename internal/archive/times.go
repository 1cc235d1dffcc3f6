package archive

import (
	"time"

	"github.com/debrief-app/debrief/internal/journal"
)

// An import keeps the times an archive holds. A record without them (an
// older or hand-written archive) gets times derived from its own date —
// midday of the shift date (of a weekly review: of the week's Sunday) in
// the import's zone — never the wall clock: ten years imported today must
// not all look "updated this week", and a backup of them must not say
// 0001-01-01.

// midday is noon of d in loc: the same date in every zone from −11 to +11
// hours around loc's.
func midday(d journal.Date, loc *time.Location) time.Time {
	y, m, day := d.Parts()
	return time.Date(y, m, day, 12, 0, 0, 0, loc)
}

// fillEntryTimes gives an entry the times it lacks: each missing one is
// the other when that is set, else midday of the shift date.
func fillEntryTimes(e *journal.Entry, loc *time.Location) {
	switch {
	case e.CreatedAt.IsZero() && e.UpdatedAt.IsZero():
		e.CreatedAt = midday(e.ShiftDate, loc)
		e.UpdatedAt = e.CreatedAt
	case e.CreatedAt.IsZero():
		e.CreatedAt = e.UpdatedAt
	case e.UpdatedAt.IsZero():
		e.UpdatedAt = e.CreatedAt
	}
}

func fillIdeaTime(x *journal.Idea, loc *time.Location) {
	if x.UpdatedAt.IsZero() {
		x.UpdatedAt = midday(x.ShiftDate, loc)
	}
}

func fillReviewTime(w *journal.WeeklyReview, loc *time.Location) {
	if w.UpdatedAt.IsZero() {
		w.UpdatedAt = midday(w.Week.Sunday(), loc)
	}
}
