package report

import (
	"cmp"
	"slices"

	"github.com/debrief-app/debrief/internal/journal"
)

// IdeaAge is an idea of the backlog with its age: days since the shift it
// was raised on.
type IdeaAge struct {
	journal.Idea
	AgeDays int `json:"age_days"`
}

// IdeaList is the backlog as `debrief ideas` and the Ideas screen show it:
// the ideas with status (all when ""), the ones still moving first (new,
// shared), then adopted and declined; newest first within a status.
func IdeaList(ideas []journal.Idea, status string, today journal.Date) []IdeaAge {
	out := []IdeaAge{}
	for _, i := range ideas {
		if status == "" || i.Status == status {
			out = append(out, IdeaAge{Idea: i, AgeDays: max(0, today.DaysSince(i.ShiftDate))})
		}
	}
	slices.SortStableFunc(out, func(a, b IdeaAge) int {
		return cmp.Or(backlogRank(a.Status)-backlogRank(b.Status), int(b.ShiftDate)-int(a.ShiftDate), cmp.Compare(b.ID, a.ID))
	})
	return out
}

// backlogRank orders the backlog by what still needs doing.
func backlogRank(s string) int {
	return map[string]int{journal.IdeaNew: 0, journal.IdeaShared: 1, journal.IdeaAdopted: 2, journal.IdeaDeclined: 3}[s]
}
