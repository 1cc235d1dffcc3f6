package archive

import (
	"errors"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/seal"
	"github.com/debrief-app/debrief/internal/store"
)

// Result counts what an import did (or, on a dry run, would do).
type Result struct {
	Entries, DaysOff, Ideas, Reviews int // imported (or replaced)
	Jots                             int // jots added to the imported entries' shifts
	Skipped                          int // already in the journal, kept as they were
	// KeyTaken: the journal had no key and took the archive's (its vents,
	// and the journal's own, are sealed to it). Resealed counts the
	// archive's vents opened with its key and sealed to the journal's.
	KeyTaken bool
	Resealed int
}

// ErrArchiveKey: the archive's vents are sealed to another key than the
// journal's, and Options.ArchiveKey does not open them.
var ErrArchiveKey = errors.New("the archive's vents are sealed with another key: its passphrase is needed")

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
	// ArchiveKey opens the vents of an archive sealed to another key than
	// the journal's (NeedsArchiveKey); they are sealed again to the
	// journal's key.
	ArchiveKey *seal.Key
}

// NeedsArchiveKey reports whether importing an archive with key s into
// the journal in tx needs the archive's key unlocked: both are sealed,
// to different keys. (A journal without a key takes the archive's; one
// with the same key takes its vents verbatim.)
func NeedsArchiveKey(tx *store.Tx, s *Sealing) (bool, error) {
	if s == nil {
		return false, nil
	}
	js, ok, err := tx.Sealing()
	return ok && js.Recipient != s.Recipient, err
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
	h, err := dec.Header()
	if err != nil {
		return im.r, err
	}
	if err := im.begin(h.Sealing); err != nil {
		return im.r, err
	}
	err = dec.Decode(im)
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
	if err := im.begin(a.Sealing); err != nil {
		return im.r, err
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
	// reseal opens the archive's sealed vents (sealed to another key than
	// the journal's) so the journal seals them to its own.
	reseal *seal.Key
}

// begin settles, before any entry, how the archive's sealed vents go in:
// a journal without a key takes the archive's (its own vents sealed to it
// in the same transaction); one with the same key takes them verbatim, so
// backup → import → backup stays exact; one with another key needs the
// archive's key to open them and seal them again.
func (im *importer) begin(s *Sealing) error {
	if s == nil {
		return nil
	}
	js, sealed, err := im.tx.Sealing()
	switch {
	case err != nil:
		return err
	case !sealed:
		im.r.KeyTaken = true
		if im.opt.DryRun {
			return nil
		}
		_, err := im.tx.EnableSealing(store.Sealing{Recipient: s.Recipient, Wrapped: s.Wrapped})
		return err
	case js.Recipient == s.Recipient || im.opt.DryRun:
		return nil
	case im.opt.ArchiveKey == nil || im.opt.ArchiveKey.Recipient() != s.Recipient:
		return ErrArchiveKey
	}
	im.reseal = im.opt.ArchiveKey
	return nil
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
		if im.reseal != nil && len(e.VentSealed) > 0 {
			text, err := im.reseal.Open(e.VentSealed)
			if err != nil {
				return &RecordError{Section: "entries", Index: i, Key: e.ShiftDate.String(), Err: err}
			}
			e.Vent, e.VentSealed = string(text), nil
			im.r.Resealed++
		}
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
