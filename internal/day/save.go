package day

import (
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// Debrief is a finished debrief as the flow hands it over: the entry, the
// ideas raised on the shift (each to become a new idea of the backlog) and
// the ids of the jots its cases were started from (removed with the save;
// the other jots stay with the shift).
type Debrief struct {
	Entry    journal.Entry
	Ideas    []journal.Idea
	UsedJots []uint64
}

// Saved is what the person sees once a debrief is saved: how many entries
// the journal has, the streak as of today, and this shift's mood against
// the average of the 7 shifts before it (the rules of `debrief stats`).
type Saved struct {
	Entries int
	Streak  int
	Mood    int
	// Avg7 is the mood average of the (at most 7) shifts before this one,
	// N7 how many; N7 is 0 when there were none.
	Avg7 float64
	N7   int
}

// saved reads what the saved screen shows once date was saved; a failure
// here is not a failure to save, the numbers are just left out.
func (j *Journal) saved(date, today journal.Date) Saved {
	var s Saved
	_ = j.read(func(tx *store.Tx) error {
		s.Entries = tx.EntryCount()
		var err error
		if _, s.Streak, err = j.streak(tx, today); err != nil {
			return err
		}
		ms, err := tx.Metrics(0, max(date, today))
		if err != nil {
			return err
		}
		if this := insight.Between(ms, date, date); len(this) == 1 {
			s.Mood = this[0].Mood
		}
		if r := insight.RecentOf(insight.Between(ms, 0, date.AddDays(-1)), insight.MoodOf); r.Last7Avg != nil {
			s.Avg7, s.N7 = *r.Last7Avg, r.Last7N
		}
		return nil
	})
	return s
}
