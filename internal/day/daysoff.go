package day

import (
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// MarkOff marks a date as a day off (it never breaks a streak) and says
// whether the date has an entry all the same.
func (j *Journal) MarkOff(off journal.DayOff) (hasEntry bool, err error) {
	err = j.write(func(tx *store.Tx) error {
		hasEntry = tx.HasEntry(off.Date)
		return tx.PutDayOff(&off)
	})
	return hasEntry, err
}

// RemoveOff takes a day off back; ErrNotFound when the date was not one.
func (j *Journal) RemoveOff(date journal.Date) error {
	return j.write(func(tx *store.Tx) error { return tx.DeleteDayOff(date) })
}
