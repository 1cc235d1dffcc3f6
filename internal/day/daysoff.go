package day

import (
	"fmt"

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

// MaxOffRange is the longest range `off FROM..TO` marks in one go: a year
// of leave is the most a real range needs; more is a typo in a year.
const MaxOffRange = 366

// MarkOffRange marks every date from..to (inclusive) as a day off with the
// same reason and note, in one transaction: all of them or none. It
// returns the dates that have an entry all the same.
func (j *Journal) MarkOffRange(from, to journal.Date, reason, note string) (withEntry []journal.Date, err error) {
	err = j.write(func(tx *store.Tx) error {
		for d := from; d <= to; d = d.AddDays(1) {
			if tx.HasEntry(d) {
				withEntry = append(withEntry, d)
			}
			off := journal.DayOff{Date: d, Reason: reason, Note: note}
			if err := tx.PutDayOff(&off); err != nil {
				return err
			}
		}
		return nil
	})
	return withEntry, err
}

// RemoveOffRange takes back the days off from..to in one transaction and
// says how many there were; ErrNotFound when none of the dates was one.
func (j *Journal) RemoveOffRange(from, to journal.Date) (removed int, err error) {
	err = j.write(func(tx *store.Tx) error {
		for d := from; d <= to; d = d.AddDays(1) {
			if _, ok, err := tx.DayOff(d); err != nil {
				return err
			} else if !ok {
				continue
			}
			if err := tx.DeleteDayOff(d); err != nil {
				return err
			}
			removed++
		}
		if removed == 0 {
			return fmt.Errorf("days off %s..%s: %w", from, to, ErrNotFound)
		}
		return nil
	})
	return removed, err
}
