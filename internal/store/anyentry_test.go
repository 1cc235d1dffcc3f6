package store

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
)

// AnyEntry says what EntryCount() > 0 says: on a new journal, with
// entries, once the last one is removed, and on a file of an older schema
// read as it is (entries in their own bucket, no metrics).
func TestAnyEntryAgreesWithEntryCount(t *testing.T) {
	check := func(path, when string) {
		t.Helper()
		err := Read(path, Options{}, func(tx *Tx) error {
			if any, count := tx.AnyEntry(), tx.EntryCount(); any != (count > 0) {
				t.Errorf("%s: AnyEntry %v, EntryCount %d", when, any, count)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	path := newJournal(t)
	check(path, "a new journal")
	for _, d := range []journal.Date{20261123, 20261124} {
		e := sample(d)
		if err := Write(path, Options{}, func(tx *Tx) error { return tx.PutEntry(&e, false) }); err != nil {
			t.Fatal(err)
		}
		check(path, "with entries")
	}
	for _, d := range []journal.Date{20261123, 20261124} {
		if err := Write(path, Options{}, func(tx *Tx) error { return tx.DeleteEntry(d) }); err != nil {
			t.Fatal(err)
		}
		check(path, "after a removal")
	}
	for _, fixture := range []string{"journal-schema1.db", "journal-schema2.db"} {
		src, err := os.ReadFile(filepath.Join("testdata", fixture))
		if err != nil {
			t.Fatal(err)
		}
		old := filepath.Join(t.TempDir(), fixture)
		if err := os.WriteFile(old, src, 0o600); err != nil {
			t.Fatal(err)
		}
		check(old, fixture+" read as it is")
	}
}
