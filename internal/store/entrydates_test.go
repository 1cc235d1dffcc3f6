package store

import (
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
	bolt "go.etcd.io/bbolt"
)

// EntryDates parses its keys in place: the dates are the keys', and a key
// that is not a date is named in the same error as a copy would give
// (its text kept after the transaction).
func TestEntryDatesFromKeysInPlace(t *testing.T) {
	path := newJournal(t)
	want := []journal.Date{20241231, 20250101, 20260228, 20261124}
	for _, d := range want {
		e := sample(d)
		if err := Write(path, Options{}, func(tx *Tx) error { return tx.PutEntry(&e, false) }); err != nil {
			t.Fatal(err)
		}
	}
	var got []journal.Date
	if err := Read(path, Options{}, func(tx *Tx) (err error) { got, err = tx.EntryDates(0, 0); return err }); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("dates %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("dates %v, want %v", got, want)
		}
	}

	for _, bad := range []string{"2026-02-30", "2026-13-01", "3026-01-01", "2026-1-011", "2026+01-01"} {
		db, err := bolt.Open(path, 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		err = db.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket(bucketMetrics)
			_, v := b.Cursor().Last()
			return b.Put([]byte(bad), append([]byte(nil), v...))
		})
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		var readErr error
		err = Read(path, Options{}, func(tx *Tx) error { _, readErr = tx.EntryDates(0, 0); return nil })
		if err != nil {
			t.Fatal(err)
		}
		_, parseErr := journal.ParseDate(bad)
		if want := damaged(string(bucketMetrics), []byte(bad), parseErr); readErr == nil || readErr.Error() != want.Error() {
			t.Fatalf("key %q: %v, want %v", bad, readErr, want)
		}
		db, _ = bolt.Open(path, 0o600, nil)
		db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMetrics).Delete([]byte(bad)) })
		db.Close()
	}
}
