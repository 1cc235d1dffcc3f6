package store

import (
	"reflect"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
)

// EntryList decodes side by side but gives exactly what Entries gives, in
// the same order, for every range.
func TestEntryListIsEntries(t *testing.T) {
	path := newJournal(t)
	err := Write(path, Options{}, func(tx *Tx) error {
		for d := journal.Date(20260101); d < 20260601; d = d.AddDays(1) {
			e := sample(d)
			e.Helped = []string{d.String()}
			if err := tx.PutEntry(&e, false); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range [][2]journal.Date{{0, 0}, {20260301, 20260315}, {20260531, 0}, {20270101, 0}} {
		err := Read(path, Options{}, func(tx *Tx) error {
			var want []journal.Entry
			for e, err := range tx.Entries(r[0], r[1]) {
				if err != nil {
					return err
				}
				want = append(want, e)
			}
			got, err := tx.EntryList(r[0], r[1])
			if err != nil {
				return err
			}
			if len(got) != len(want) || (len(want) > 0 && !reflect.DeepEqual(got, want)) {
				t.Errorf("range %v: %d entries, want %d", r, len(got), len(want))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
