package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/seal"
)

func init() { seal.WorkFactor = 10 } // the factor is in the wrap; 18 costs 0.8 s

// holders lists the files of the journal and its backups directory whose
// raw bytes hold text, free pages included.
func holders(t *testing.T, path, text string) []string {
	t.Helper()
	files := []string{path}
	more, _ := filepath.Glob(filepath.Join(BackupDir(path), "*"))
	files = append(files, more...)
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte(text)) {
			out = append(out, filepath.Base(f))
		}
	}
	return out
}

func write(t *testing.T, path string, opt Options, fn func(*Tx) error) *Journal {
	t.Helper()
	j, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	if err := j.Update(fn); err != nil {
		j.Close()
		t.Fatal(err)
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	return j
}

// The reproduction of issue #13: a vent typed on a night shift is
// autosaved in the draft before midnight, the next day's first write backs
// the journal up with it, then the person lets it go and saves. Nothing of
// it may be left in the journal or in any backup.
func TestLetGoLeavesNoTraceInTheFileOrItsBackups(t *testing.T) {
	path := newJournal(t)
	night, next := journal.Date(20261124), journal.Date(20261125)
	for d := journal.Date(20261110); d < night; d = d.AddDays(1) {
		save(t, path, daily(d, 7), d, "an older vent, kept")
	}
	const canary = "CANARY-放下它-7f3a"
	dr := journal.Draft{Entry: sample(night)}
	dr.Entry.Vent = "今天太难了 " + canary
	write(t, path, daily(night, 7), func(tx *Tx) error { return tx.PutDraft(&dr) })
	// After midnight: another autosave, which makes the 25th's backup.
	dr.Entry.Helped = []string{"查到快递员电话"}
	write(t, path, daily(next, 7), func(tx *Tx) error { return tx.PutDraft(&dr) })
	if got := holders(t, path, canary); !slices.Contains(got, "journal-2026-11-25.db") {
		t.Fatalf("the canary should be in the 25th's backup before letting go: %v", got)
	}
	before, err := os.Stat(filepath.Join(BackupDir(path), "journal-2026-11-25.db"))
	if err != nil {
		t.Fatal(err)
	}
	// Let it go: the entry is saved without the vent, the draft removed.
	e := dr.Entry
	e.Vent = ""
	j := write(t, path, daily(next, 7), func(tx *Tx) error {
		if err := tx.PutEntry(&e, false); err != nil {
			return err
		}
		return tx.DeleteDraft(night)
	})
	if got := holders(t, path, canary); len(got) > 0 {
		t.Fatalf("the vent let go is still in %v", got)
	}
	if got := holders(t, path, "an older vent, kept"); !slices.Contains(got, "journal.db") || !slices.Contains(got, "journal-2026-11-25.db") {
		t.Errorf("vents the person kept are gone: %v", got)
	}
	// The backup was rewritten, not deleted, and keeps its time and passes
	// its check.
	after, err := os.Stat(filepath.Join(BackupDir(path), "journal-2026-11-25.db"))
	if err != nil {
		t.Fatal(err)
	}
	if !after.ModTime().Equal(before.ModTime()) {
		t.Errorf("the rewritten backup's time moved from %v to %v", before.ModTime(), after.ModTime())
	}
	for _, f := range []string{path, filepath.Join(BackupDir(path), "journal-2026-11-25.db")} {
		if p := CheckFile(f); len(p) > 0 {
			t.Errorf("%s: %v", filepath.Base(f), p)
		}
	}
	if len(j.Snapshots) != 1 || j.Snapshots[0].Removed {
		t.Errorf("snapshots changed: %v, want the 25th's rewritten", j.Snapshots)
	}
}

// A deleted entry and a vent replaced by an edit are gone from the file and
// from the backups made before; the rest of each backup stays.
func TestDeletedAndEditedVentsAreGoneEverywhere(t *testing.T) {
	path := newJournal(t)
	d1, d2 := journal.Date(20261120), journal.Date(20261121)
	save(t, path, daily(d1, 7), d1, "CANARY-deleted-1")
	save(t, path, daily(d1, 7), d2, "CANARY-edited-2")
	save(t, path, daily(d2, 7), d2.AddDays(1), "kept")
	save(t, path, daily(d2.AddDays(2), 7), d2.AddDays(2), "kept too")
	if got := holders(t, path, "CANARY-deleted-1"); len(got) < 3 {
		t.Fatalf("the test needs the vent in the journal and two backups: %v", got)
	}
	today := d2.AddDays(2)
	write(t, path, daily(today, 7), func(tx *Tx) error { return tx.DeleteEntry(d1) })
	e := sample(d2)
	e.Vent = "CANARY-new-2"
	write(t, path, daily(today, 7), func(tx *Tx) error { return tx.PutEntry(&e, false) })
	for _, gone := range []string{"CANARY-deleted-1", "CANARY-edited-2"} {
		if got := holders(t, path, gone); len(got) > 0 {
			t.Errorf("%s is still in %v", gone, got)
		}
	}
	if got := holders(t, path, "CANARY-new-2"); !slices.Contains(got, "journal.db") {
		t.Errorf("the new vent is not in the journal: %v", got)
	}
	// The backup of the 23rd still has the deleted entry (without its
	// vent): a mistaken delete can still be restored.
	var n int
	if err := Read(filepath.Join(BackupDir(path), "journal-2026-11-23.db"), Options{}, func(tx *Tx) error { n = tx.EntryCount(); return nil }); err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("the 23rd's backup has %d entries, want 3", n)
	}
}

// A copy from before an upgrade can't be rewritten record by record: when
// it holds a removed vent it is deleted, and the person told.
func TestAnOlderSchemaSnapshotHoldingRemovedTextIsDeleted(t *testing.T) {
	path, backups := openFixture(t, "journal-schema2.db")
	j, err := Open(path, Options{BackupDir: backups})
	if err != nil {
		t.Fatal(err)
	}
	j.Close()
	olds, _ := filepath.Glob(filepath.Join(backups, "journal-schema2-*.db"))
	if len(olds) != 1 {
		t.Fatalf("pre-upgrade snapshots: %v", olds)
	}
	var date journal.Date
	if err := Read(path, Options{}, func(tx *Tx) error {
		for e, err := range tx.Entries(0, 0) {
			if err == nil && e.Vent != "" {
				date = e.ShiftDate
				return nil
			}
		}
		return errors.New("the fixture has no vent")
	}); err != nil {
		t.Fatal(err)
	}
	j = write(t, path, Options{BackupDir: backups}, func(tx *Tx) error { return tx.DeleteEntry(date) })
	if _, err := os.Stat(olds[0]); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the pre-upgrade snapshot is still there: %v", err)
	}
	removed := 0
	for _, w := range j.Warnings {
		if w.Path == olds[0] && errors.Is(w.SnapshotRemoved, ErrOlderSnapshot) {
			removed++
		}
	}
	if removed != 1 {
		t.Fatalf("warnings: %+v", j.Warnings)
	}
}

// Snapshots other than the daily ones go after 30 days, by the time in
// their name.
func TestOldSnapshotsArePruned(t *testing.T) {
	path := newJournal(t)
	dir := BackupDir(path)
	os.MkdirAll(dir, 0o700)
	for _, name := range []string{"journal-schema2-20261001-120000.db", "journal-before-restore-20261120-080000.db"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	save(t, path, daily(20261124, 7), 20261124, "")
	save(t, path, daily(20261125, 7), 20261125, "")
	if got := backupNames(t, path); strings.Contains(strings.Join(got, " "), "schema2") || !strings.Contains(strings.Join(got, " "), "before-restore") {
		t.Fatalf("after the 25th's backup: %v; want the October snapshot gone, the one of the 20th kept", got)
	}
}

func testKey(t *testing.T, pass string) (*seal.Key, Sealing) {
	t.Helper()
	k, err := seal.Generate()
	if err != nil {
		t.Fatal(err)
	}
	w, err := k.Wrap([]byte(pass))
	if err != nil {
		t.Fatal(err)
	}
	return k, Sealing{Recipient: k.Recipient(), Wrapped: w}
}

// Enabling seals every vent, of entries and drafts, in the journal and in
// every backup; new vents are sealed as they are written; disabling opens
// them all again; a new passphrase leaves no copy of the old wrap.
func TestSealingCoversTheJournalAndItsBackups(t *testing.T) {
	path := newJournal(t)
	d := journal.Date(20261120)
	save(t, path, daily(d, 7), d, "CANARY-entry-vent")
	dr := journal.Draft{Entry: sample(d.AddDays(1))}
	dr.Entry.Vent = "CANARY-draft-vent"
	write(t, path, daily(d.AddDays(1), 7), func(tx *Tx) error { return tx.PutDraft(&dr) })
	save(t, path, daily(d.AddDays(2), 7), d.AddDays(2), "")
	key, sealing := testKey(t, "pass 1")
	var n int
	j := write(t, path, daily(d.AddDays(2), 7), func(tx *Tx) (err error) {
		n, err = tx.EnableSealing(sealing)
		return err
	})
	if n != 2 {
		t.Errorf("sealed %d vents, want 2", n)
	}
	for _, c := range []string{"CANARY-entry-vent", "CANARY-draft-vent"} {
		if got := holders(t, path, c); len(got) > 0 {
			t.Errorf("%s is in plain text in %v", c, got)
		}
	}
	if len(j.Snapshots) != 2 {
		t.Errorf("rewritten: %v, want both backups", j.Snapshots)
	}
	// Reading without the key: the sealed form, never the text.
	var e journal.Entry
	var draft journal.Draft
	read := func(p string, withDraft bool) {
		t.Helper()
		if err := Read(p, Options{}, func(tx *Tx) error {
			var err error
			if e, _, err = tx.Entry(d); err != nil {
				return err
			}
			draft, _, err = tx.Draft(d.AddDays(1))
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if e.Vent != "" || len(e.VentSealed) == 0 || draft.Entry.Vent != "" || withDraft == (len(draft.Entry.VentSealed) == 0) {
			t.Fatalf("%s: read %q/%d, draft %q/%d", filepath.Base(p), e.Vent, len(e.VentSealed), draft.Entry.Vent, len(draft.Entry.VentSealed))
		}
		sealed := map[string][]byte{"CANARY-entry-vent": e.VentSealed}
		if withDraft {
			sealed["CANARY-draft-vent"] = draft.Entry.VentSealed
		}
		for want, sealed := range sealed {
			if got, err := key.Open(sealed); err != nil || string(got) != want {
				t.Fatalf("%s: opened %q, %v", filepath.Base(p), got, err)
			}
		}
	}
	read(path, true)
	// The 21st's backup was made before the draft was written.
	read(filepath.Join(BackupDir(path), "journal-2026-11-21.db"), false)
	read(filepath.Join(BackupDir(path), "journal-2026-11-22.db"), true)
	if p := CheckFile(path); len(p) > 0 {
		t.Fatal(p)
	}
	// A new vent is sealed as it is written, without the passphrase; an
	// entry saved back with its sealed vent keeps it as it was.
	e2 := sample(d.AddDays(3))
	e2.Vent = "CANARY-new-while-sealed"
	write(t, path, daily(d.AddDays(3), 7), func(tx *Tx) error { return tx.PutEntry(&e2, false) })
	if got := holders(t, path, "CANARY-new-while-sealed"); len(got) > 0 {
		t.Errorf("a vent written while sealed is plain in %v", got)
	}
	kept := e
	write(t, path, daily(d.AddDays(3), 7), func(tx *Tx) error { return tx.PutEntry(&kept, false) })
	read(path, true)
	if !bytes.Equal(e.VentSealed, kept.VentSealed) {
		t.Error("a sealed vent saved back unchanged was sealed again")
	}
	// A new passphrase: the old wrap is in no file.
	w2, err := key.Wrap([]byte("pass 2"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, path, daily(d.AddDays(3), 7), func(tx *Tx) error { return tx.Rewrap(w2) })
	if got := holders(t, path, string(sealing.Wrapped)); len(got) > 0 {
		t.Errorf("the old wrap is still in %v", got)
	}
	if got := holders(t, path, string(w2)); len(got) < 3 {
		t.Errorf("the new wrap is only in %v", got)
	}
	// Disable: every vent is text again, the key gone.
	other, _ := testKey(t, "x")
	err = Write(path, daily(d.AddDays(3), 7), func(tx *Tx) error { _, err := tx.DisableSealing(other); return err })
	if !errors.Is(err, seal.ErrKeyMismatch) {
		t.Fatalf("disable with another key: %v", err)
	}
	write(t, path, daily(d.AddDays(3), 7), func(tx *Tx) (err error) { _, err = tx.DisableSealing(key); return err })
	if got := holders(t, path, "CANARY-new-while-sealed"); !slices.Contains(got, "journal.db") {
		t.Errorf("after disable the vent is not in the journal: %v", got)
	}
	if got := holders(t, path, string(w2)); len(got) > 0 {
		t.Errorf("the key is still in %v after disable", got)
	}
	if p := CheckFile(path); len(p) > 0 {
		t.Fatal(p)
	}
}

// A sealed vent can't be saved into a journal without a key (the key was
// removed since it was read), and check flags a plain vent in a sealed
// journal and a sealed one in a plain journal.
func TestSealedAndPlainVentsInTheWrongJournal(t *testing.T) {
	path := newJournal(t)
	e := sample(20261120)
	e.Vent, e.VentSealed = "", []byte("age-encryption.org/v1\n…")
	err := Write(path, Options{}, func(tx *Tx) error { return tx.PutEntry(&e, false) })
	if !errors.Is(err, ErrSealedWithoutKey) {
		t.Fatalf("a sealed vent into a plain journal: %v", err)
	}
	e.VentSealed = nil
	e.Vent = "plain"
	save(t, path, Options{}, 20261120, "plain")
	_, sealing := testKey(t, "p")
	write(t, path, Options{}, func(tx *Tx) error {
		// Around EnableSealing: the key records alone, the vent left plain.
		return tx.putSealing(&sealing)
	})
	problems := CheckFile(path)
	if len(problems) != 1 || !errors.Is(problems[0], errPlainInSealed) {
		t.Fatalf("check: %v", problems)
	}
}

func TestWithoutVentsReadsNoVent(t *testing.T) {
	path := newJournal(t)
	save(t, path, Options{}, 20261120, "private")
	err := Read(path, Options{}, func(tx *Tx) error {
		nv := tx.WithoutVents()
		list, err := nv.EntryList(0, 0)
		if err != nil || len(list) != 1 || list[0].Vent != "" {
			t.Errorf("EntryList: %+v %v", list, err)
		}
		e, _, err := nv.Entry(20261120)
		if err != nil || e.Vent != "" {
			t.Errorf("Entry: %q %v", e.Vent, err)
		}
		e, _, _ = tx.Entry(20261120)
		if e.Vent != "private" {
			t.Errorf("the transaction itself reads the vent: %q", e.Vent)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
