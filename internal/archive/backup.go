package archive

import (
	"bytes"
	"errors"
	"io"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/jsonout"
	"github.com/debrief-app/debrief/internal/store"
)

// Counts says how many records a backup holds.
type Counts struct {
	Entries, DaysOff, Ideas, Reviews int
}

// Backup writes the whole journal in tx to w as an archive, in one pass and
// in flat memory. The entries are read a year at a time (decoded on every
// CPU, see store.EntryList) and written into JSON on another goroutine,
// while this one writes out the year before.
func Backup(w io.Writer, tx *store.Tx, now time.Time) (Counts, error) {
	var c Counts
	s, err := sealingOf(tx)
	if err != nil {
		return c, err
	}
	jw := jsonout.New(w)
	beginArchive(jw, now.Truncate(time.Second), s)
	jw.Key("entries")
	jw.BeginArray()
	years := make(chan year, 1)
	go func() {
		defer close(years)
		f := jsonout.NewFragment(2)
		err := eachYear(tx, func(entries []journal.Entry) error {
			f.Reset()
			for i := range entries {
				jots, err := jotsOf(tx, entries[i].ShiftDate)
				if err != nil {
					return err
				}
				writeEntry(f, &entries[i], jots, ventArchive)
			}
			if err := f.Err(); err != nil {
				return err
			}
			years <- year{json: bytes.Clone(f.Bytes()), entries: len(entries)}
			return nil
		})
		if err != nil {
			years <- year{err: err}
		}
	}()
	// The years are always read to the end: the goroutine uses tx, which
	// must not outlive this call.
	for y := range years {
		if err == nil {
			err = y.err
		}
		if err == nil {
			jw.Fragment(y.json)
			c.Entries += y.entries
			err = jw.Err()
		}
	}
	if err != nil {
		return c, err
	}
	jw.End()
	daysOff, err1 := tx.DaysOff()
	ideas, err2 := tx.Ideas()
	reviews, err3 := tx.Reviews()
	if err := errors.Join(err1, err2, err3); err != nil {
		return c, err
	}
	c.DaysOff, c.Ideas, c.Reviews = len(daysOff), len(ideas), len(reviews)
	writeRest(jw, daysOff, ideas, reviews)
	return c, jw.Flush()
}

// year is a year of entries written as JSON, or why it could not be.
type year struct {
	json    []byte
	entries int
	err     error
}

// eachYear calls fn with the entries of each calendar year that has any,
// oldest first.
func eachYear(tx *store.Tx, fn func([]journal.Entry) error) error {
	var first journal.Date
	for e, err := range tx.Entries(0, 0) {
		if err != nil {
			return err
		}
		first = e.ShiftDate
		break
	}
	last, ok, err := tx.LatestEntry(0)
	if err != nil || !ok {
		return err
	}
	y0, _, _ := first.Parts()
	y1, _, _ := last.ShiftDate.Parts()
	for y := y0; y <= y1; y++ {
		list, err := tx.EntryList(journal.NewDate(y, time.January, 1), journal.NewDate(y, time.December, 31))
		if err != nil {
			return err
		}
		if len(list) == 0 {
			continue
		}
		if err := fn(list); err != nil {
			return err
		}
	}
	return nil
}

// sealingOf is the journal's key as the archive carries it, nil when its
// vents are not sealed.
func sealingOf(tx *store.Tx) (*Sealing, error) {
	s, ok, err := tx.Sealing()
	if err != nil || !ok {
		return nil, err
	}
	return &Sealing{Recipient: s.Recipient, Wrapped: s.Wrapped}, nil
}

// Collect reads the whole journal into an archive in memory.
func Collect(tx *store.Tx, now time.Time) (*Archive, error) {
	a := &Archive{Format: Format, Version: Version, ExportedAt: now.Truncate(time.Second)}
	var err error
	if a.Sealing, err = sealingOf(tx); err != nil {
		return nil, err
	}
	if a.Entries, err = tx.EntryList(0, 0); err != nil {
		return nil, err
	}
	for _, e := range a.Entries {
		jots, err := jotsOf(tx, e.ShiftDate)
		if err != nil {
			return nil, err
		}
		if len(jots) > 0 {
			if a.Jots == nil {
				a.Jots = map[journal.Date][]journal.Jot{}
			}
			a.Jots[e.ShiftDate] = jots
		}
	}
	if a.DaysOff, err = tx.DaysOff(); err != nil {
		return nil, err
	}
	if a.Ideas, err = tx.Ideas(); err != nil {
		return nil, err
	}
	if a.WeeklyReviews, err = tx.Reviews(); err != nil {
		return nil, err
	}
	return a, nil
}
