package day

import (
	"strings"

	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// Start is what the debrief flow opens with for a shift date.
type Start struct {
	// Draft is the date's unfinished debrief (nil: none); it may hold only
	// the jots of the shift.
	Draft *journal.Draft
	// Entry is the date's saved entry (nil: a new debrief).
	Entry *journal.Entry
	// LastTomorrow is what the last shift before the date wanted to do
	// better: the flow asks whether it happened.
	LastTomorrow string
	// WeekFocus is last week's review focus, for the first debrief of a
	// week ("" otherwise).
	WeekFocus string
	// Categories are the case categories used so far, most used first.
	Categories []string
	// Writer saves this debrief's draft and entry, based on the revisions
	// read here.
	Writer *Writer
}

// Start reads what the flow needs to open on date, in one transaction.
func (j *Journal) Start(date journal.Date) (Start, error) {
	s := Start{Writer: &Writer{j: j, date: date}}
	err := j.read(func(tx *store.Tx) error {
		if dr, ok, err := tx.Draft(date); err != nil {
			return err
		} else if ok {
			s.Draft = &dr
			s.Writer.draft = dr.Rev
		}
		if e, ok, err := tx.Entry(date); err != nil {
			return err
		} else if ok {
			s.Entry = &e
			s.Writer.entry, s.Writer.base = e.Rev, journal.Draft{Entry: e}
		}
		if prev, ok, err := tx.LatestEntry(date.AddDays(-1)); err != nil {
			return err
		} else if ok {
			s.LastTomorrow = prev.Tomorrow
		}
		ms, err := tx.Metrics(0, 0)
		if err != nil {
			return err
		}
		for _, c := range insight.RankCategories(insight.Totals(ms).ByCategory, 0) {
			s.Categories = append(s.Categories, c.Name)
		}
		week := journal.WeekOf(date)
		if len(insight.Between(ms, week.Monday(), date.AddDays(-1))) == 0 {
			if r, ok, err := tx.Review(week.Prev()); err != nil {
				return err
			} else if ok {
				s.WeekFocus = strings.TrimSpace(r.Focus)
			}
		}
		return nil
	})
	return s, err
}

// SaveDraft writes the date's draft (a snapshot of what is typed; its jots
// are never written, they are records of their own) and returns the
// draft's new revision. With loaded set (the revision this window loaded
// or last wrote; 0: none) a draft written meanwhile by another process is
// not overwritten: the error is ErrConflict.
func (j *Journal) SaveDraft(dr journal.Draft, loaded *uint64) (rev uint64, err error) {
	err = j.write(func(tx *store.Tx) error { return putDraft(tx, &dr, loaded) })
	return dr.Rev, err
}

// putDraft is the one way a draft is written (Journal.SaveDraft and the
// Writer): over the revision loaded when set, else over whatever is there.
func putDraft(tx *store.Tx, dr *journal.Draft, loaded *uint64) error {
	if loaded != nil {
		return tx.PutDraftIfRev(dr, *loaded)
	}
	return tx.PutDraft(dr)
}

// AddJot adds a quick note to a shift's jots (`debrief jot`) and returns how
// many the shift has. A jot is only ever added: the app, open on the same
// shift, reads jots fresh and never writes them back.
func (j *Journal) AddJot(date journal.Date, jot journal.Jot) (n int, err error) {
	err = j.write(func(tx *store.Tx) error {
		if err := tx.AddJot(date, &jot); err != nil {
			return err
		}
		jots, err := tx.Jots(date)
		n = len(jots)
		return err
	})
	return n, err
}

// Jots are a shift's jots in the order they were taken (`debrief jot`
// without text).
func (j *Journal) Jots(date journal.Date) (jots []journal.Jot, err error) {
	err = j.read(func(tx *store.Tx) error { jots, err = tx.Jots(date); return err })
	return jots, err
}
