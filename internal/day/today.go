package day

import (
	"sort"
	"time"

	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// Today is the state of a shift date and of the journal around it: what
// `debrief` prints off a terminal, what Home shows and what the app opens
// on.
type Today struct {
	Date journal.Date
	// Logged: the date has an entry. Off: the date is marked as a day off.
	Logged bool
	Off    *journal.DayOff
	// Draft is the date's unfinished debrief, if any (its jots included).
	Draft *journal.Draft
	// Edits are the other dates whose saved entry has changes not saved
	// yet (a draft of an edit, left with esc), newest first.
	Edits []journal.Date
	// Entries is how many entries the journal holds.
	Entries int
	// Streak is the current streak as of the date (insight.Streaks).
	Streak int
	// Moods are the moods of the last shifts up to the date, oldest first
	// (at most the number asked for).
	Moods []int
	// Recent are the newest entries up to the date, newest first (at most
	// the number asked for); Recent[0] is the last shift.
	Recent []journal.Entry
	// Wellbeing is the gentle signal as of the date (as `debrief stats`).
	Wellbeing insight.Wellbeing
}

// Today reads the state of today: its entry, day off and draft, the
// streak, and the moods and entries of the last shifts (moods and recent
// say how many; 0 for none).
func (j *Journal) Today(today journal.Date, moods, recent int) (Today, error) {
	t := Today{Date: today}
	err := j.read(func(tx *store.Tx) error {
		t.Logged = tx.HasEntry(today)
		if off, ok, err := tx.DayOff(today); err != nil {
			return err
		} else if ok {
			t.Off = &off
		}
		if dr, ok, err := tx.Draft(today); err != nil {
			return err
		} else if ok {
			t.Draft = &dr
		}
		drafts, err := tx.Drafts()
		if err != nil {
			return err
		}
		for i := len(drafts) - 1; i >= 0; i-- {
			if d := drafts[i].Entry.ShiftDate; drafts[i].Editing && d != today {
				t.Edits = append(t.Edits, d)
			}
		}
		if recent > 0 {
			for e, err := range tx.EntriesNewestFirst(0, today) {
				if err != nil {
					return err
				}
				t.Recent = append(t.Recent, e)
				if len(t.Recent) == recent {
					break
				}
			}
		}
		ms, streak, entries, err := j.streak(tx, today, max(moods, wellbeingWindow))
		if err != nil {
			return err
		}
		t.Streak, t.Entries = streak, entries
		if t.Wellbeing, err = j.wellbeing(tx, today, ms, entries); err != nil {
			return err
		}
		for i := max(len(ms)-moods, 0); i < len(ms); i++ {
			t.Moods = append(t.Moods, ms[i].Mood)
		}
		return nil
	})
	return t, err
}

// streak is the one place the current streak is read: by the rule of
// insight.Streaks, from the dates of the entries (the journal's keys: no
// record is decoded, so a streak of a hundred years stays inside a frame)
// and the days off. It returns the metrics of the last need entries up to
// today too (for the mood line), and how many entries the journal holds.
func (j *Journal) streak(tx *store.Tx, today journal.Date, need int) (ms []journal.Metrics, current, entries int, err error) {
	dates, err := tx.EntryDates(0, 0)
	if err != nil {
		return nil, 0, 0, err
	}
	off, err := tx.DaysOff()
	if err != nil {
		return nil, 0, 0, err
	}
	current = insight.CurrentStreak(j.calendar(today, off), dates)
	upToToday := dates[:sort.Search(len(dates), func(i int) bool { return dates[i] > today })]
	if need > 0 && len(upToToday) > 0 {
		ms, err = tx.Metrics(upToToday[max(len(upToToday)-need, 0)], today)
	}
	return ms, current, len(dates), err
}

// RemindDue answers `debrief remind`: at now, today's shift is over (by
// the config's day start and shift end), it is a scheduled day, and it has
// no entry.
func (j *Journal) RemindDue(today journal.Date, now time.Time) (bool, error) {
	var logged bool
	var off []journal.DayOff
	err := j.read(func(tx *store.Tx) error {
		logged = tx.HasEntry(today)
		d, isOff, err := tx.DayOff(today)
		if isOff {
			off = append(off, d)
		}
		return err
	})
	if err != nil {
		return false, err
	}
	over := insight.ShiftOver(today, now, j.Config.DayStart(), j.Config.ShiftEndClock())
	return insight.RemindDue(j.calendar(today, off), logged, over), nil
}
