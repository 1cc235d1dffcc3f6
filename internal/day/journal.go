package day

import (
	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// Journal is the person's journal as the use cases see it: where the file
// is, how to open it, and the work schedule that says which days count.
// Every method opens the file for one transaction and closes it again, so
// nothing holds the journal while a person types; in the app, call them
// inside a tea.Cmd.
type Journal struct {
	Path    string
	Options store.Options
	Config  config.Config
	// Warn, when set, is told the file's warnings (loose permissions, a
	// daily backup that failed) each time the journal is opened: the CLI
	// prints them, the app has no place for them.
	Warn func([]store.Warning)
}

// read runs fn in one read-only transaction.
func (j *Journal) read(fn func(*store.Tx) error) error {
	jr, err := store.OpenReadOnly(j.Path, j.Options)
	if err != nil {
		return err
	}
	defer jr.Close()
	j.warn(jr.Warnings)
	return jr.View(fn)
}

// write runs fn in one write transaction: all of it is saved, or none.
func (j *Journal) write(fn func(*store.Tx) error) error {
	jr, err := store.Open(j.Path, j.Options)
	if err != nil {
		return err
	}
	err = jr.Update(fn)
	if cerr := jr.Close(); err == nil {
		err = cerr
	}
	// After the write: it may add what happened to the backups.
	j.warn(jr.Warnings)
	return err
}

func (j *Journal) warn(ws []store.Warning) {
	if j.Warn != nil && len(ws) > 0 {
		j.Warn(ws)
	}
}

// calendar is the schedule (weekdays or rotation) as of today with the
// journal's days off.
func (j *Journal) calendar(today journal.Date, off []journal.DayOff) insight.Calendar {
	return insight.NewCalendar(today, j.Config.Workdays(), off).WithRotation(j.Config.Rotation())
}

// OnSchedule reports whether the schedule (weekdays or rotation) has a
// shift on d, days off aside; it reads nothing.
func (j *Journal) OnSchedule(d journal.Date) bool {
	return j.calendar(d, nil).Scheduled(d)
}

// ShiftKind is the kind of shift the rotation puts on d ("" without a
// rotation or on its rest days): what a new debrief starts with.
func (j *Journal) ShiftKind(d journal.Date) string {
	return j.calendar(d, nil).ShiftKind(d)
}
