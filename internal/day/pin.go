package day

import (
	"errors"
	"fmt"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// ErrNoCase is a case number the entry does not have (or an entry without
// cases); the error says how many it has.
var ErrNoCase = errors.New("no such case")

// Pin marks case n (1-based; 0: every case) of date's entry as chosen for
// the review (on) or takes the mark back, and returns the entry's cases as
// saved. The rest of the entry — its vent too, sealed or not — is written
// back unchanged, its times kept: a pin is not an edit. ErrNotFound when
// the date has no entry, ErrNoCase when n is not one of its cases (the
// cases are returned then too, to say how many there are).
func (j *Journal) Pin(date journal.Date, n int, on bool) ([]journal.Case, error) {
	var cases []journal.Case
	err := j.write(func(tx *store.Tx) error {
		e, ok, err := tx.Entry(date)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("entry %s: %w", date, ErrNotFound)
		}
		cases = e.Cases
		if len(e.Cases) == 0 || n < 0 || n > len(e.Cases) {
			return fmt.Errorf("entry %s has %d cases: %w", date, len(e.Cases), ErrNoCase)
		}
		for i := range e.Cases {
			if n == 0 || i == n-1 {
				e.Cases[i].Pinned = on
			}
		}
		return tx.PutEntry(&e, true)
	})
	return cases, err
}
