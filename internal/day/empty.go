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
	var empty bool
	err := j.read(func(tx *store.Tx) (err error) {
		empty, err = isEmpty(tx, today)
		return err
	})
	return empty, err
}

func isEmpty(tx *store.Tx, today journal.Date) (bool, error) {
	if tx.AnyEntry() {
		return false, nil
	}
	drafts, err := tx.Drafts()
	if err != nil || len(drafts) > 0 {
		return false, err
	}
	off, err := tx.DaysOff()
	if err != nil || len(off) > 0 {
		return false, err
	}
	ideas, err := tx.Ideas()
	if err != nil || len(ideas) > 0 {
		return false, err
	}
	jots, err := tx.Jots(today)
	if err != nil || len(jots) > 0 {
		return false, err
	}
	return true, nil
}
