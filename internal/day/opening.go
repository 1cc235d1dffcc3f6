package day

import (
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// Opening is what decides where the app opens, read in one transaction
// (the app's start reads nothing else before the program runs).
type Opening struct {
	// Empty: nothing was ever written (Empty); nothing else is read.
	Empty bool
	// Scheduled: the schedule has a shift today (OnSchedule).
	Scheduled bool
	// Today is today's date as Day reads it, read only when Scheduled.
	Today Day
}

// Opening reads whether the journal is empty and, on a scheduled day,
// today's date: what Empty, OnSchedule and Day say, with one opening of
// the file instead of two.
func (j *Journal) Opening(today journal.Date) (Opening, error) {
	o := Opening{Scheduled: j.OnSchedule(today), Today: Day{Date: today}}
	err := j.read(func(tx *store.Tx) (err error) {
		if o.Empty, err = isEmpty(tx, today); err != nil || o.Empty || !o.Scheduled {
			return err
		}
		o.Today, err = readDay(tx, today)
		return err
	})
	return o, err
}
