package archive

import (
	"errors"
	"io"
	"runtime"
	"sync"
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
// CPU, see store.EntryList) and written into JSON on every CPU, each
// goroutine a run of the year's entries, on another goroutine than this
// one, which meanwhile writes out the year before.
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
	// Unbuffered, with two sets of fragments taken in turn: a set is
	// filled again only after this goroutine took the next one, so it has
	// written the set out.
	years := make(chan year)
	go func() {
		defer close(years)
		workers := runtime.GOMAXPROCS(0)
		var sets [2][]*jsonout.Writer
		for i := range sets {
			for range workers {
				sets[i] = append(sets[i], jsonout.NewFragment(2))
			}
		}
		turn := 0
		err := eachYear(tx, func(first, last journal.Date, entries []journal.Entry) error {
			jots, err := tx.JotsIn(first, last)
			if err != nil {
				return err
			}
			parts := sets[turn]
			turn = 1 - turn
			// Runs of at least 64 entries: fewer are not worth a goroutine.
			n := min(workers, max(1, len(entries)/64))
			errs := make([]error, n)
			var wg sync.WaitGroup
			for p := range n {
				wg.Go(func() {
					f := parts[p]
					f.Reset()
					for i := p * len(entries) / n; i < (p+1)*len(entries)/n; i++ {
						js, err := jots.Of(entries[i].ShiftDate)
						if err != nil {
							errs[p] = err
							return
						}
						writeEntry(f, &entries[i], js, ventArchive)
					}
					errs[p] = f.Err()
				})
			}
			wg.Wait()
			if err := errors.Join(errs...); err != nil {
				return err
			}
			y := year{entries: len(entries)}
			for _, f := range parts[:n] {
				y.json = append(y.json, f.Bytes())
			}
			years <- y
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
		for _, part := range y.json {
			if err == nil && len(part) > 0 {
				jw.Fragment(part)
				err = jw.Err()
			}
		}
		if err == nil {
			c.Entries += y.entries
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

// year is a year of entries written as JSON (runs of elements, in order),
// or why it could not be.
type year struct {
	json    [][]byte
	entries int
	err     error
}

// eachYear calls fn with the first and last day and the entries of each
// calendar year that has any, oldest first.
func eachYear(tx *store.Tx, fn func(first, last journal.Date, entries []journal.Entry) error) error {
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
		jan1, dec31 := journal.NewDate(y, time.January, 1), journal.NewDate(y, time.December, 31)
		list, err := tx.EntryList(jan1, dec31)
		if err != nil {
			return err
		}
		if len(list) == 0 {
			continue
		}
		if err := fn(jan1, dec31, list); err != nil {
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
