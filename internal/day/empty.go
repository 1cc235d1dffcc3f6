package day

import (
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// Empty says that nothing was ever written in the journal: no entry,
// draft, day off, idea or jot of today. The app welcomes a person to a
// journal in this state; the first thing written (a draft is written as
// soon as a field is typed in) ends it.
func (j *Journal) Empty(today journal.Date) (bool, error) {
	empty := false
	err := j.read(func(tx *store.Tx) error {
		if tx.EntryCount() > 0 {
			return nil
		}
		drafts, err := tx.Drafts()
		if err != nil || len(drafts) > 0 {
			return err
		}
		off, err := tx.DaysOff()
		if err != nil || len(off) > 0 {
			return err
		}
		ideas, err := tx.Ideas()
		if err != nil || len(ideas) > 0 {
			return err
		}
		jots, err := tx.Jots(today)
		if err != nil || len(jots) > 0 {
			return err
		}
		empty = true
		return nil
	})
	return empty, err
}
