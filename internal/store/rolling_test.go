package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
)

// clockAt returns Options whose clock reads the given day at 21:00.
func daily(day journal.Date, keep int) Options {
	return Options{DailyBackup: true, Keep: keep, Now: func() time.Time { return day.Time().Add(21 * time.Hour) }}
}

func save(t *testing.T, path string, opt Options, d journal.Date, vent string) {
	t.Helper()
	e := sample(d)
	e.Vent = vent
	if err := Write(path, opt, func(tx *Tx) error { return tx.PutEntry(&e, false) }); err != nil {
		t.Fatalf("save %s: %v", d, err)
	}
}

func backupNames(t *testing.T, path string) []string {
	t.Helper()
	list, err := Backups(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, b := range list {
		names = append(names, b.Name)
	}
	slices.Sort(names)
	return names
}

func TestDailyBackupOnFirstWriteOfTheDay(t *testing.T) {
	path := newJournal(t)
	day := journal.Date(20261120)
	// Creating the journal has nothing to back up; the next write that day
	// backs up the journal as it was before it.
	save(t, path, daily(day, 3), day, "first")
	save(t, path, daily(day, 3), day.AddDays(1), "same day, second write")
	if got := backupNames(t, path); !slices.Equal(got, []string{"journal-2026-11-20.db"}) {
		t.Fatalf("after two writes on one day: %v", got)
	}
	// The backup is the journal before the day's first write.
	var n int
	if err := Read(filepath.Join(BackupDir(path), "journal-2026-11-20.db"), Options{}, func(tx *Tx) error { n = tx.EntryCount(); return nil }); err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("the 20th's backup holds %d entries, want the journal as it was before the second write (1)", n)
	}
	for i := 1; i <= 4; i++ {
		d := day.AddDays(i)
		save(t, path, daily(d, 3), d.AddDays(10), "later")
	}
	want := []string{"journal-2026-11-22.db", "journal-2026-11-23.db", "journal-2026-11-24.db"}
	if got := backupNames(t, path); !slices.Equal(got, want) {
		t.Errorf("keep 3: %v, want %v", got, want)
	}
	fi, err := os.Stat(filepath.Join(BackupDir(path), want[2]))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %v (%v)", fi.Mode(), err)
	}
	var entries int
	Read(filepath.Join(BackupDir(path), want[2]), Options{}, func(tx *Tx) error { entries = tx.EntryCount(); return nil })
	if entries != 5 {
		t.Errorf("the 24th's backup holds %d entries, want 5 (all but the 24th's)", entries)
	}
	// Other snapshots in the directory are not daily backups: never pruned.
	other := filepath.Join(BackupDir(path), "journal-before-restore-20261101-100000.db")
	os.WriteFile(other, []byte("x"), 0o600)
	save(t, path, daily(day.AddDays(9), 3), day.AddDays(30), "x")
	if _, err := os.Stat(other); err != nil {
		t.Errorf("a non-daily snapshot was pruned: %v", err)
	}
}

func TestDailyBackupLeftoversOfAKilledCopyGo(t *testing.T) {
	path := newJournal(t)
	save(t, path, Options{}, 20261101, "x")
	dir := BackupDir(path)
	os.MkdirAll(dir, 0o700)
	stale := filepath.Join(dir, ".snapshot-123.tmp")
	os.WriteFile(stale, []byte("half a copy"), 0o600)
	save(t, path, daily(20261102, 7), 20261102, "y")
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stale snapshot temp file still there: %v", err)
	}
}

func TestDailyBackupThatCannotBeWrittenWarnsAndSaves(t *testing.T) {
	path := newJournal(t)
	save(t, path, Options{}, 20261101, "x")
	// The backups "directory" is a file: the copy can't be made.
	os.WriteFile(BackupDir(path), []byte("in the way"), 0o600)
	j, err := Open(path, daily(20261102, 7))
	if err != nil {
		t.Fatalf("a failed backup blocked the write: %v", err)
	}
	defer j.Close()
	if len(j.Warnings) != 1 || j.Warnings[0].Backup == nil {
		t.Errorf("warnings %+v, want one about the backup", j.Warnings)
	}
}

func TestNewestGoodBackupSkipsDamagedOnes(t *testing.T) {
	path := newJournal(t)
	for i := range 3 {
		d := journal.Date(20261110).AddDays(i)
		save(t, path, daily(d, 7), d, "x")
	}
	dir := BackupDir(path)
	newest := filepath.Join(dir, "journal-2026-11-12.db")
	data, _ := os.ReadFile(newest)
	os.WriteFile(newest, data[:len(data)/3], 0o600)
	// mtimes in order of the days
	for i, name := range []string{"journal-2026-11-10.db", "journal-2026-11-11.db", "journal-2026-11-12.db"} {
		tm := time.Date(2026, 11, 10+i, 21, 0, 0, 0, time.UTC)
		os.Chtimes(filepath.Join(dir, name), tm, tm)
	}
	b, ok := NewestGoodBackup(path, Options{})
	if !ok || b.Name != "journal-2026-11-11.db" || b.Day != "2026-11-11" {
		t.Errorf("newest good backup %+v %v, want the 11th's", b, ok)
	}
}

func TestRestoreKeepsTheCurrentFileAside(t *testing.T) {
	path := newJournal(t)
	save(t, path, daily(20261110, 7), 20261110, "before the backup")
	save(t, path, daily(20261111, 7), 20261111, "after the backup")
	// Damage the journal: the 11th's backup holds the 10th's entry only.
	cur, _ := os.ReadFile(path)
	os.WriteFile(path, cur[:8192], 0o600)
	damaged, _ := os.ReadFile(path)
	from := filepath.Join(BackupDir(path), "journal-2026-11-11.db")
	opt := Options{Now: func() time.Time { return time.Date(2026, 11, 12, 8, 0, 0, 0, time.UTC) }}
	saved, err := Restore(path, from, opt)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(saved) != "journal-before-restore-20261112-080000.db" {
		t.Errorf("saved aside as %s", saved)
	}
	aside, _ := os.ReadFile(saved)
	if !bytes.Equal(aside, damaged) {
		t.Error("the file set aside is not the journal as it was")
	}
	if problems := CheckFile(path); len(problems) > 0 {
		t.Fatalf("restored journal: %v", problems)
	}
	Read(path, Options{}, func(tx *Tx) error {
		e, ok, _ := tx.Entry(20261110)
		if !ok || e.Vent != "before the backup" || tx.HasEntry(20261111) {
			t.Errorf("restored journal: %v %q, 11th present %v", ok, e.Vent, tx.HasEntry(20261111))
		}
		return nil
	})
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("restored journal mode %v", fi.Mode())
	}
}

func TestRestoreRefusesADamagedBackupAndALockedJournal(t *testing.T) {
	path := newJournal(t)
	save(t, path, daily(20261110, 7), 20261110, "x")
	save(t, path, daily(20261111, 7), 20261111, "y")
	before, _ := os.ReadFile(path)
	bad := filepath.Join(t.TempDir(), "bad.db")
	os.WriteFile(bad, []byte("not a journal"), 0o600)
	if _, err := Restore(path, bad, Options{}); !errors.Is(err, ErrNotJournal) {
		t.Errorf("damaged backup: %v", err)
	}
	j, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = Restore(path, filepath.Join(BackupDir(path), "journal-2026-11-11.db"), Options{Timeout: 100 * time.Millisecond})
	j.Close()
	if !errors.Is(err, ErrLocked) {
		t.Errorf("restore while open elsewhere: %v", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("a refused restore changed the journal")
	}
}

// bbolt keeps two meta pages (page 0 and 1) and writes them in turn, each
// with a checksum: a torn newest meta page falls back to the commit before.
func TestOneDamagedMetaPageOpensAtThePreviousCommit(t *testing.T) {
	path := newJournal(t)
	save(t, path, Options{}, 20261101, "first")
	save(t, path, Options{}, 20261102, "second")
	data, _ := os.ReadFile(path)
	pageSize := 4096
	// The meta page with the higher txid is the newest commit.
	txid := func(page int) uint64 {
		// meta: page header (16 bytes), magic 4, version 4, pageSize 4,
		// flags 4, root 16, freelist 8, pgid 8, txid 8
		off := page*pageSize + 16 + 4 + 4 + 4 + 4 + 16 + 8 + 8
		var v uint64
		for i := 7; i >= 0; i-- {
			v = v<<8 | uint64(data[off+i])
		}
		return v
	}
	newest := 0
	if txid(1) > txid(0) {
		newest = 1
	}
	data[newest*pageSize+40] ^= 0xff // inside the meta, under its checksum
	os.WriteFile(path, data, 0o600)
	if problems := CheckFile(path); len(problems) > 0 {
		t.Fatalf("check: %v", problems)
	}
	Read(path, Options{}, func(tx *Tx) error {
		if !tx.HasEntry(20261101) || tx.HasEntry(20261102) {
			t.Errorf("want the first commit only: 1st %v 2nd %v", tx.HasEntry(20261101), tx.HasEntry(20261102))
		}
		return nil
	})
	// And it can be written again.
	save(t, path, Options{}, 20261103, "third")
	// Both meta pages damaged: refused, the file unchanged.
	data, _ = os.ReadFile(path)
	data[40] ^= 0xff
	data[pageSize+40] ^= 0xff
	os.WriteFile(path, data, 0o600)
	err := Write(path, Options{}, func(tx *Tx) error { return nil })
	if !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrNotJournal) {
		t.Errorf("both metas damaged: %v", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, data) {
		t.Error("the damaged file was written to")
	}
}

func TestTruncatedJournalIsDamagedNotACrash(t *testing.T) {
	path := newJournal(t)
	for i := range 300 {
		d := journal.Date(20250101).AddDays(i)
		save(t, path, Options{}, d, "vent")
	}
	full, _ := os.ReadFile(path)
	var committed int
	Read(path, Options{}, func(tx *Tx) error { committed = int(tx.tx.Size()); return nil })
	for _, n := range []int{8192, 12288, 16384, committed / 4, committed / 2, committed - 4096} {
		p := filepath.Join(t.TempDir(), "cut.db")
		os.WriteFile(p, full[:n], 0o600)
		err := Write(p, Options{}, func(tx *Tx) error { e := sample(20261125); return tx.PutEntry(&e, false) })
		rerr := Read(p, Options{}, func(tx *Tx) error { _, err := tx.AllEntries(); return err })
		if err == nil || rerr == nil {
			t.Errorf("cut at %d: write %v, read %v", n, err, rerr)
			continue
		}
		if !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrNotJournal) {
			t.Errorf("cut at %d: unclear error %v", n, err)
		}
		if after, _ := os.ReadFile(p); !bytes.Equal(after, full[:n]) {
			t.Errorf("cut at %d: file changed", n)
		}
	}
}

// Two restores in the same second keep two safety copies: a jot written
// between them is in the second one, never overwritten by it.
func TestTwoRestoresInOneSecondKeepBothCopies(t *testing.T) {
	path := newJournal(t)
	save(t, path, daily(20261110, 7), 20261110, "the 10th")
	save(t, path, daily(20261111, 7), 20261111, "the 11th")
	from := filepath.Join(BackupDir(path), "journal-2026-11-11.db")
	opt := Options{Now: func() time.Time { return time.Date(2026, 11, 12, 8, 0, 0, 0, time.UTC) }}
	first, err := Restore(path, from, opt)
	if err != nil {
		t.Fatal(err)
	}
	if err := Write(path, Options{}, func(tx *Tx) error {
		return tx.AddJot(20261112, &journal.Jot{At: time.Now(), Text: "between the restores"})
	}); err != nil {
		t.Fatal(err)
	}
	second, err := Restore(path, from, opt)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(first) != "journal-before-restore-20261112-080000.db" || filepath.Base(second) != "journal-before-restore-20261112-080000-2.db" {
		t.Fatalf("safety copies %s and %s", first, second)
	}
	for _, c := range []struct {
		path string
		jots int
	}{{first, 0}, {second, 1}} {
		err := Read(c.path, Options{}, func(tx *Tx) error {
			jots, err := tx.Jots(20261112)
			if len(jots) != c.jots || !tx.HasEntry(20261110) {
				t.Errorf("%s: %d jots, the 10th %v", filepath.Base(c.path), len(jots), tx.HasEntry(20261110))
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	list, _ := Backups(path, Options{})
	if len(list) != 3 { // the 11th's daily backup, two before-restore copies
		t.Errorf("backups listed: %d", len(list))
	}
}
