package archive

import (
	"errors"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// Result counts what an import did (or, on a dry run, would do).
type Result struct {
	Entries, DaysOff, Ideas, Reviews int // imported (or replaced)
	Jots                             int // jots added to the imported entries' shifts
	Skipped                          int // already in the journal, kept as they were
}

// Options of an import.
type Options struct {
	Overwrite bool // replace records whose key the journal has; else skip them
	DryRun    bool // write nothing: the counts say what would happen
	// Progress, when set, is told now and then how many bytes of the
	// archive have been read.
	Progress func(offset int64)
	// Loc is the zone in which a record's missing times are derived from
	// its date (times.go); time.Local when nil.
	Loc *time.Location
}

// Import reads the records of dec into the journal in one pass: each
// record is decoded, checked and put into tx as it comes. If any record is
// wrong, Import returns its error and the caller's transaction, rolled
// back, leaves the journal as it was: one bad record and nothing is
// imported, without holding the archive in memory.
func Import(tx *store.Tx, dec *Decoder, opt Options) (Result, error) {
	im := &importer{tx: tx, opt: opt}
	if opt.Progress != nil {
		im.tick = func() { opt.Progress(dec.Offset()) }
	}
	err := dec.Decode(im)
	return im.r, err
}

// Apply imports an archive held in memory (tests, generated journals) the
// way Import does. progress, when set, is told how many records of the
// total are done.
func Apply(tx *store.Tx, a *Archive, overwrite, dryRun bool, progress func(done, total int)) (Result, error) {
	im := &importer{tx: tx, opt: Options{Overwrite: overwrite, DryRun: dryRun}}
	total := len(a.Entries) + len(a.DaysOff) + len(a.Ideas) + len(a.WeeklyReviews)
	if progress != nil {
		im.tick = func() { progress(im.n, total) }
	}
	for i := range a.Entries {
		e := a.Entries[i]
		if err := im.Entry(i, &e, a.Jots[e.ShiftDate]); err != nil {
			return im.r, err
		}
	}
	for i := range a.DaysOff {
		if err := im.DayOff(i, &a.DaysOff[i]); err != nil {
			return im.r, err
		}
	}
	for i := range a.Ideas {
		x := a.Ideas[i]
		if err := im.Idea(i, &x); err != nil {
			return im.r, err
		}
	}
	for i := range a.WeeklyReviews {
		w := a.WeeklyReviews[i]
		if err := im.Review(i, &w); err != nil {
			return im.r, err
		}
	}
	if progress != nil && total > 0 && im.n%progressEvery != 0 {
		progress(total, total)
	}
	return im.r, nil
}

// importer is the Sink that puts records into the journal.
type importer struct {
	tx   *store.Tx
	opt  Options
	r    Result
	n    int    // records seen
	tick func() // progress
}

const progressEvery = 256

// put decides what happens to one record: skipped when the journal has its
// key (unless Overwrite), counted on a dry run, saved otherwise. A store
// error on a valid record names the record too.
func (im *importer) put(section string, index int, key string, exists bool, count *int, save func() error) error {
	im.n++
	if im.tick != nil && im.n%progressEvery == 0 {
		im.tick()
	}
	switch {
	case exists && !im.opt.Overwrite:
		im.r.Skipped++
		return nil
	case im.opt.DryRun:
		*count++
		return nil
	}
	if err := save(); err != nil {
		var fe *journal.FieldError
		if errors.As(err, &fe) {
			return &RecordError{Section: section, Index: index, Key: key, Err: err}
		}
		return err
	}
	*count++
	return nil
}

func (im *importer) loc() *time.Location {
	if im.opt.Loc != nil {
		return im.opt.Loc
	}
	return time.Local
}

func (im *importer) Entry(i int, e *journal.Entry, jots []journal.Jot) error {
	fillEntryTimes(e, im.loc())
	exists := im.tx.HasEntry(e.ShiftDate)
	return im.put("entries", i, e.ShiftDate.String(), exists, &im.r.Entries, func() error {
		if err := im.tx.PutEntry(e, true); err != nil {
			return err
		}
		n, err := putJots(im.tx, e.ShiftDate, jots)
		im.r.Jots += n
		return err
	})
}

func (im *importer) DayOff(i int, d *journal.DayOff) error {
	_, exists, err := im.tx.DayOff(d.Date)
	if err != nil {
		return err
	}
	return im.put("days_off", i, d.Date.String(), exists, &im.r.DaysOff, func() error { return im.tx.PutDayOff(d) })
}

func (im *importer) Idea(i int, x *journal.Idea) error {
	fillIdeaTime(x, im.loc())
	_, exists, err := im.tx.Idea(x.ID)
	if err != nil {
		return err
	}
	return im.put("ideas", i, ideaKey(x.ID), exists, &im.r.Ideas, func() error { return im.tx.PutIdea(x, true) })
}

func (im *importer) Review(i int, w *journal.WeeklyReview) error {
	fillReviewTime(w, im.loc())
	_, exists, err := im.tx.Review(w.Week)
	if err != nil {
		return err
	}
	return im.put("weekly_reviews", i, w.Week.String(), exists, &im.r.Reviews, func() error { return im.tx.PutReview(w, true) })
}
