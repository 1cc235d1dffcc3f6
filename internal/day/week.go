package day

import (
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/store"
)

// Week is one ISO week as `debrief week` and the Week screen show it.
type Week struct {
	Summary *report.WeekSummary
	// PrevFocus is the focus the week before's review set: the Week
	// screen recalls it while this week's review is written.
	PrevFocus string
}

// Week is the one loader of a week: everything its summary needs, read in
// one transaction, summed by report.BuildWeek.
func (j *Journal) Week(w journal.Week, today journal.Date) (Week, error) {
	in := report.WeekInput{Week: w, Today: today, Loc: time.Local}
	var out Week
	var off []journal.DayOff
	err := j.read(func(tx *store.Tx) error {
		var err error
		if in.Entries, err = tx.EntryList(w.Monday(), w.Sunday()); err != nil {
			return err
		}
		// The first entry after the week says whether its last "tomorrow"
		// happened.
		for e, err := range tx.Entries(w.Sunday().AddDays(1), 0) {
			if err != nil {
				return err
			}
			in.Next = &e
			break
		}
		prev := w.Prev()
		if in.Prev, err = tx.Metrics(prev.Monday(), min(prev.Sunday(), today)); err != nil {
			return err
		}
		if in.Ideas, err = tx.Ideas(); err != nil {
			return err
		}
		if r, ok, err := tx.Review(w); err != nil {
			return err
		} else if ok {
			in.Review = &r
		}
		if r, ok, err := tx.Review(prev); err != nil {
			return err
		} else if ok {
			out.PrevFocus = r.Focus
		}
		off, err = tx.DaysOff()
		return err
	})
	if err != nil {
		return Week{}, err
	}
	in.Cal = j.calendar(today, off)
	out.Summary = report.BuildWeek(in)
	return out, nil
}

// SaveReview writes a week's three answers.
func (j *Journal) SaveReview(r journal.WeeklyReview) error {
	return j.write(func(tx *store.Tx) error { return tx.PutReview(&r, false) })
}
