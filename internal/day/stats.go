package day

import (
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// Stats is `debrief stats` and the Trends screen: the figures, and the
// metrics and calendar they were computed from (for the sparklines and
// the year's calendar).
type Stats struct {
	insight.Stats
	Metrics  []journal.Metrics
	Calendar insight.Calendar
}

// Stats reads only the compact metrics (never the entries themselves, so
// years of journal stay fast), the days off and the ideas, and computes
// the figures of the range from–to (zero: open) as of today.
func (j *Journal) Stats(today, from, to journal.Date) (Stats, error) {
	var s Stats
	var off []journal.DayOff
	var ideas []journal.Idea
	err := j.read(func(tx *store.Tx) error {
		var err error
		if s.Metrics, err = tx.Metrics(0, today); err != nil {
			return err
		}
		if off, err = tx.DaysOff(); err != nil {
			return err
		}
		ideas, err = tx.Ideas()
		return err
	})
	if err != nil {
		return Stats{}, err
	}
	s.Calendar = j.calendar(today, off)
	s.Stats = insight.Compute(s.Calendar, s.Metrics, ideas, from, to, j.Config.SignalsOn())
	return s, nil
}
