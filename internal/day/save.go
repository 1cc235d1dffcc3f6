package day

import (
	"slices"

	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// Debrief is a finished debrief as the flow hands it over.
type Debrief struct {
	Entry journal.Entry
	// Ideas raised on the shift: each becomes a new idea of the backlog.
	Ideas []journal.Idea
	// UsedJots are the ids of the shift's jots the cases were made from:
	// they go with the save; the other jots stay with the shift.
	UsedJots []uint64
	// Loaded, when set, is the revision of the date's entry when the flow
	// opened it (Start.Entry.Rev; 0: there was none). If another process
	// saved the entry since, nothing is written and the error is
	// ErrConflict. Nil saves over whatever is there. (A Writer sets it to
	// the revision it is based on.)
	Loaded *uint64
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
	// Wellbeing is the gentle signal as of today, this shift counted.
	Wellbeing insight.Wellbeing
}

// Save saves a debrief (save) and reads what the saved screen shows.
func (j *Journal) Save(d Debrief, today journal.Date) (Saved, error) {
	if _, err := j.save(d, nil); err != nil {
		return Saved{}, err
	}
	return j.saved(d.Entry.ShiftDate, today), nil
}

// save is the one place a debrief is saved (Journal.Save and Writer.Save):
// the entry (over the revision d.Loaded, when set), its new ideas, the
// removal of the jots its cases used and of the date's draft, in one
// transaction, so either all of it is in the journal or none of it. check,
// when set, runs first in the same transaction and stops the save with
// its error (the Writer's look at what changed underneath). It returns
// the entry as saved (with its new revision).
func (j *Journal) save(d Debrief, check func(*store.Tx) error) (journal.Entry, error) {
	e, date := d.Entry, d.Entry.ShiftDate
	err := j.write(func(tx *store.Tx) error {
		if check != nil {
			if err := check(tx); err != nil {
				return err
			}
		}
		put := tx.PutEntry
		if d.Loaded != nil {
			put = func(e *journal.Entry, keepTimes bool) error { return tx.PutEntryIfRev(e, keepTimes, *d.Loaded) }
		}
		if err := put(&e, false); err != nil {
			return err
		}
		for _, idea := range d.Ideas {
			idea.ID, idea.ShiftDate, idea.Status = 0, date, journal.IdeaNew
			if err := tx.PutIdea(&idea, false); err != nil {
				return err
			}
		}
		if err := deleteJots(tx, date, d.UsedJots); err != nil {
			return err
		}
		return tx.DeleteDraft(date)
	})
	return e, err
}

// saved reads what the saved screen shows once date was saved; a failure
// here is not a failure to save, the numbers are just left out.
func (j *Journal) saved(date, today journal.Date) Saved {
	var s Saved
	_ = j.read(func(tx *store.Tx) error {
		var err error
		if _, s.Streak, s.Entries, err = j.streak(tx, today, 0); err != nil {
			return err
		}
		ms, err := tx.Metrics(0, max(date, today))
		if err != nil {
			return err
		}
		upToToday := insight.Between(ms, 0, today) // every one: no more to read
		if s.Wellbeing, err = j.wellbeing(tx, today, upToToday, len(upToToday)); err != nil {
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

// deleteJots removes the jots of date with the given ids that are still
// there: one removed meanwhile (a save of the same shift in another
// window) is no reason to refuse this save.
func deleteJots(tx *store.Tx, date journal.Date, ids []uint64) error {
	if len(ids) == 0 {
		return nil
	}
	jots, err := tx.Jots(date)
	if err != nil {
		return err
	}
	var there []uint64
	for _, j := range jots {
		if slices.Contains(ids, j.ID) {
			there = append(there, j.ID)
		}
	}
	return tx.DeleteJots(date, there...)
}
