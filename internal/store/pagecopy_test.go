package store

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
)

// A snapshot is a page copy with bbolt's free pages blanked: the earlier
// vent of a draft saved again (the app's autosave, which is not a removal
// and rewrites nothing), whose bytes the file still holds on a freed page,
// is not in the copy; every record is, and the copy checks clean. A
// journal open read-only (its free pages unknown) is copied record by
// record, with the same result.
func TestSnapshotCopiesNoFreedPage(t *testing.T) {
	path := newJournal(t)
	canary := "CANARY-快照里不该有-5d1e"
	err := Write(path, Options{}, func(tx *Tx) error {
		for d := journal.Date(20261101); d <= 20261110; d = d.AddDays(1) {
			e := sample(d)
			if err := tx.PutEntry(&e, false); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, vent := range []string{canary, "写完了，放下了"} {
		dr := journal.Draft{Entry: journal.Entry{ShiftDate: 20261111, Mood: 3, Vent: vent}, Step: 3}
		if err := Write(path, Options{}, func(tx *Tx) error { return tx.PutDraft(&dr) }); err != nil {
			t.Fatal(err)
		}
	}
	if data, _ := os.ReadFile(path); !bytes.Contains(data, []byte(canary)) {
		t.Fatal("the earlier draft is not on a freed page of the journal: the test shows nothing")
	}
	want := bucketKeys(t, path)
	for _, c := range []struct {
		name string
		open func(string, Options) (*Journal, error)
	}{{"for writing", Open}, {"read-only", OpenReadOnly}} {
		j, err := c.open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		dest := filepath.Join(t.TempDir(), "snapshot.db")
		err = j.Snapshot(dest)
		j.Close()
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		data, err := os.ReadFile(dest)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte(canary)) {
			t.Errorf("%s: the earlier text reached the snapshot", c.name)
		}
		if problems := CheckFile(dest); len(problems) > 0 {
			t.Errorf("%s: %v", c.name, problems)
		}
		if got := bucketKeys(t, dest); len(got) != len(want) || got["entries"] != 10 || got["drafts"] != 1 || got["vents"] != want["vents"] {
			t.Errorf("%s: buckets %v, want %v", c.name, got, want)
		}
		if fi, err := os.Stat(dest); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v", c.name, fi.Mode())
		}
	}
}
