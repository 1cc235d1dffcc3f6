package insight

import (
	"time"

	"github.com/debrief-app/debrief/internal/journal"
)

// ShiftOver reports whether today's shift has ended at now. The shift ends
// at shiftEnd on today's date; when shiftEnd is not after dayStartsAt (a
// night shift 22:00–06:00 with the day starting at 06:00 or later) it ends
// on the next calendar day, which still belongs to today's shift. Times are
// wall-clock times in now's location, so a daylight-saving change moves
// nothing.
func ShiftOver(today journal.Date, now time.Time, dayStartsAt, shiftEnd journal.Clock) bool {
	end := today
	if shiftEnd <= dayStartsAt {
		end = end.AddDays(1)
	}
	y, m, d := end.Parts()
	at := time.Date(y, m, d, int(shiftEnd)/60, int(shiftEnd)%60, 0, 0, now.Location())
	return !now.Before(at)
}

// RemindDue is the rule of `debrief remind`: today is a scheduled workday,
// its shift is over, and it has no entry yet.
func RemindDue(cal Calendar, logged, shiftOver bool) bool {
	return cal.Scheduled(cal.Today) && shiftOver && !logged
}
