package day

import (
	"errors"
	"sync"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// Writer is one debrief of a shift date being written (the app's flow).
// It remembers the revisions of the date's entry and draft it is based on
// and saves only over those, so it never writes back a stale copy of what
// another process changed underneath: such a save stops with ErrConflict.
// Jots are never written here; they are read fresh, and the ones the
// debrief used are removed with the save of the entry.
//
// The app's writes run in commands, concurrently with each other and after
// the program has ended (the draft on exit); the mutex orders them and
// keeps the revisions exact even for a write whose answer never reaches
// the screen.
type Writer struct {
	j    *Journal
	date journal.Date

	mu    sync.Mutex
	base  journal.Draft // what the debrief started from, for Merge (zero: unknown or new)
	entry uint64        // the entry's revision the debrief is based on (0: none)
	draft uint64        // the draft's revision last read or written here (0: none)
	done  bool          // saved (or given up): no draft is written any more
}

// Date is the shift date being written.
func (w *Writer) Date() journal.Date { return w.date }

// Resume says the person took up the stored draft: the debrief is now
// based on the entry the draft was based on. A draft written before
// revisions existed (it has none but was editing a saved entry) is taken
// as based on the entry as it is now, as before.
func (w *Writer) Resume(dr journal.Draft) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if dr.Entry.Rev != 0 || !dr.Editing {
		w.entry = dr.Entry.Rev
	}
	// What the draft's own answers changed is not known: in a merge, every
	// answer it gives counts as the person's.
	w.base = journal.Draft{}
}

// DraftSaved is what a draft save learned besides writing: the shift's
// jots as they are now (`debrief jot` may have added some), and whether
// the saved entry changed underneath (the draft was written all the same:
// it overwrote nothing; the entry is settled at the next Save).
type DraftSaved struct {
	Jots         []journal.Jot
	EntryChanged bool
}

// SaveDraft writes dr as the date's draft, only over the draft this writer
// last read or wrote: when another process wrote the draft since, nothing
// is written and the error is ErrConflict (the person settles it at the
// next Save). Once the debrief is saved, a draft write still on its way
// writes nothing. dr.Entry.Rev records the entry revision the draft is based
// on, so a resumed draft still finds a change made meanwhile.
func (w *Writer) SaveDraft(dr journal.Draft) (DraftSaved, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out DraftSaved
	if w.done {
		return out, nil
	}
	err := w.j.write(func(tx *store.Tx) error {
		dr.Entry.ShiftDate, dr.Entry.Rev = w.date, w.entry
		if err := putDraft(tx, &dr, &w.draft); err != nil {
			return err
		}
		now, err := tx.EntryRev(w.date)
		if err != nil {
			return err
		}
		out.EntryChanged = now != w.entry
		out.Jots, err = tx.Jots(w.date)
		return err
	})
	if err == nil {
		w.draft = dr.Rev
	}
	return out, err
}

// KeepDraft is SaveDraft for the moment the app ends, when nobody is left
// to ask: when another process wrote the draft since, what is typed here
// is merged into that draft (Merge: both kept, nothing dropped) and
// written over it, so neither side's words are lost. The other debrief,
// if it is still open, meets the change at its next save.
func (w *Writer) KeepDraft(dr journal.Draft) error {
	_, err := w.SaveDraft(dr)
	if !errors.Is(err, ErrConflict) {
		return err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.done {
		return nil
	}
	err = w.j.write(func(tx *store.Tx) error {
		theirs, ok, err := tx.Draft(w.date)
		if err != nil {
			return err
		}
		rev := theirs.Rev
		merged := dr
		if ok {
			merged = Merge(w.base, dr, theirs)
		}
		merged.Entry.ShiftDate, merged.Entry.Rev = w.date, w.entry
		if err := putDraft(tx, &merged, &rev); err != nil {
			return err
		}
		w.draft = merged.Rev
		return nil
	})
	return err
}

// Jots reads the shift's jots as they are now: the cases step shows the
// ones `debrief jot` added while the app was open.
func (w *Writer) Jots() ([]journal.Jot, error) { return w.j.Jots(w.date) }

// Save saves the debrief: the entry, its new ideas, the removal of the
// jots its cases were started from and of the draft, in one transaction,
// and only when neither the entry nor the draft changed since this writer
// read or wrote them. Otherwise nothing is written and the error is a
// *Conflict holding what the journal has now; the person chooses
// (Merge, or one side), Adopt takes the conflict's revisions and Save is
// called again with the choice.
func (w *Writer) Save(d Debrief, today journal.Date) (Saved, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	d.Entry.ShiftDate, d.Loaded = w.date, &w.entry
	e, err := w.j.save(d, func(tx *store.Tx) error {
		c, err := w.conflict(tx)
		if c != nil {
			return c
		}
		return err
	})
	if err != nil {
		return Saved{}, err
	}
	w.entry, w.draft, w.done = e.Rev, 0, true
	return w.j.saved(w.date, today), nil
}

// Discard gives this debrief up (the person kept the deletion made
// elsewhere): the draft is removed if it is still the one written here,
// and nothing is written any more. The jots stay with the shift.
func (w *Writer) Discard() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.done = true
	return w.j.write(func(tx *store.Tx) error {
		rev, err := tx.DraftRev(w.date)
		if err != nil || rev == 0 || rev != w.draft {
			return err
		}
		return tx.DeleteDraft(w.date)
	})
}

// Adopt bases the debrief on what the journal had when c was found: the
// next Save writes over it (unless it changed yet again).
func (w *Writer) Adopt(c *Conflict) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.entry, w.draft, w.base = c.entry, c.draft, c.Theirs
}

// conflict compares the revisions in the journal with this writer's and
// says what changed: the saved entry if it moved (an import, another
// app's save, a delete), else the other debrief's draft.
func (w *Writer) conflict(tx *store.Tx) (*Conflict, error) {
	entryRev, err := tx.EntryRev(w.date)
	if err != nil {
		return nil, err
	}
	draftRev, err := tx.DraftRev(w.date)
	if err != nil {
		return nil, err
	}
	if entryRev == w.entry && draftRev == w.draft {
		return nil, nil
	}
	c := &Conflict{Date: w.date, Base: w.base, entry: entryRev, draft: draftRev}
	c.Theirs.Entry.ShiftDate = w.date
	if entryRev != w.entry {
		c.Saved = true
		e, ok, err := tx.Entry(w.date)
		if err != nil {
			return nil, err
		}
		if ok {
			c.Theirs.Entry = e
		} else {
			c.Removed = true
		}
		return c, nil
	}
	dr, _, err := tx.Draft(w.date)
	if err != nil {
		return nil, err
	}
	dr.Jots = nil
	c.Theirs = dr
	return c, nil
}
