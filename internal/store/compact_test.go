package store

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
)

// Text removed from the journal stays on bbolt's freed pages until
// Compact rewrites the file from its live records: then it is gone, and
// every record, sequence and check is as before.
func TestCompactLeavesNoRemovedText(t *testing.T) {
	path := newJournal(t)
	canary := "CANARY-让它过去-7f3a"
	err := Write(path, Options{}, func(tx *Tx) error {
		for d := journal.Date(20261101); d <= 20261110; d = d.AddDays(1) {
			e := sample(d)
			if d == 20261105 {
				e.Vent = canary
			}
			if err := tx.PutEntry(&e, false); err != nil {
				return err
			}
		}
		i := journal.Idea{ShiftDate: 20261101, Kind: "product", Text: "x"}
		return tx.PutIdea(&i, false)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := Write(path, Options{}, func(tx *Tx) error { return tx.DeleteEntry(20261105) }); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path); !bytes.Contains(data, []byte(canary)) {
		t.Skip("bbolt reused the freed page already; nothing to show")
	}
	leftover := filepath.Join(filepath.Dir(path), ".journal.db.compact-1.tmp")
	os.WriteFile(leftover, []byte("cut off"), 0o600)
	before := bucketKeys(t, path)
	if err := Compact(path, Options{}); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if bytes.Contains(data, []byte(canary)) {
		t.Error("the removed vent is still in the file")
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("mode after compaction: %v", fi.Mode())
	}
	if _, err := os.Stat(leftover); err == nil {
		t.Error("a leftover temp file stayed")
	}
	if after := bucketKeys(t, path); len(after) != len(before) || after["entries"] != 9 || after["vents"] != 9 {
		t.Errorf("buckets %v, before %v", after, before)
	}
	if problems := CheckFile(path); len(problems) > 0 {
		t.Error(problems)
	}
	err = Write(path, Options{}, func(tx *Tx) error {
		i := journal.Idea{ShiftDate: 20261102, Kind: "product", Text: "y"}
		if err := tx.PutIdea(&i, false); err != nil || i.ID != 2 {
			t.Errorf("the idea sequence after compaction: id %d %v", i.ID, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// A daily backup is made from live records: a vent removed the day before
// is not in it, though the journal file still holds it on a freed page.
func TestDailyBackupHoldsNoRemovedText(t *testing.T) {
	path := newJournal(t)
	day := journal.Date(20261120)
	canary := "CANARY-备份里不该有-91c2"
	for d := day.AddDays(-5); d < day; d = d.AddDays(1) {
		save(t, path, daily(day, 3), d, "平常的一天")
	}
	save(t, path, daily(day, 3), day, canary)
	// "Let it go": the vent is saved away, and the file keeps the bytes.
	save(t, path, daily(day, 3), day, "")
	if data, _ := os.ReadFile(path); !bytes.Contains(data, []byte(canary)) {
		t.Skip("bbolt reused the freed page already; nothing to show")
	}
	save(t, path, daily(day.AddDays(1), 3), day.AddDays(1), "next day")
	b := filepath.Join(BackupDir(path), "journal-2026-11-21.db")
	data, err := os.ReadFile(b)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte(canary)) {
		t.Error("the removed vent reached the daily backup")
	}
	if problems := CheckFile(b); len(problems) > 0 {
		t.Error(problems)
	}
}
