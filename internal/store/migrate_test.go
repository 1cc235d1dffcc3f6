package store

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
	bolt "go.etcd.io/bbolt"
)

// openFixture copies a committed fixture journal and opens it for
// writing, which migrates it.
func openFixture(t *testing.T, name string) (path, backups string) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path = filepath.Join(dir, "journal.db")
	if err := os.WriteFile(path, src, 0o600); err != nil {
		t.Fatal(err)
	}
	backups = filepath.Join(dir, "backups")
	j, err := Open(path, Options{BackupDir: backups})
	if err != nil {
		t.Fatal(err)
	}
	if j.Schema() != SchemaVersion {
		t.Errorf("schema %d after opening", j.Schema())
	}
	j.Close()
	if problems := CheckFile(path); len(problems) != 0 {
		t.Errorf("check after migration: %v", problems)
	}
	return path, backups
}

// The schema-2 fixture migrates to schema 3 with every record as it was:
// vents in their own records, the draft's jots as jot records with ids,
// every entry and draft at revision 1, metrics with headlines; the file
// before the upgrade is kept as a checked backup that still reads.
func TestMigrationFromSchema2Fixture(t *testing.T) {
	path, backups := openFixture(t, "journal-schema2.db")
	checkSchema2Content(t, path)
	want := schema2Content()
	err := Read(path, Options{}, func(tx *Tx) error {
		for _, w := range want.entries {
			e, _, err := tx.Entry(w.ShiftDate)
			if err != nil || e.Rev != 1 {
				t.Errorf("entry %s: rev %d (%v)", w.ShiftDate, e.Rev, err)
			}
		}
		jots, err := tx.Jots(20261107)
		if err != nil || len(jots) != 2 || jots[0].ID != 1 || jots[1].ID != 2 || jots[1].Text != want.drafts[0].Jots[1].Text {
			t.Errorf("jots %+v (%v)", jots, err)
		}
		dr, ok, err := tx.Draft(20261107)
		if err != nil || !ok || dr.Rev != 1 || dr.Entry.Vent != want.drafts[0].Entry.Vent || len(dr.Jots) != 2 {
			t.Errorf("draft %+v %v (%v)", dr, ok, err)
		}
		var heads []string
		for s, err := range tx.SummariesNewestFirst(0, 0) {
			if err != nil {
				return err
			}
			heads = append(heads, s.Date.String()+" "+s.Headline)
		}
		if len(heads) != 3 || heads[0] != "2026-11-05 安抚了一位着急的妈妈" || heads[1] != "2026-11-03 " || heads[2] != "2026-11-02 帮顾客找回订单" {
			t.Errorf("summaries %q", heads)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Exactly the records schema 3 holds: no vent left inside an entry,
	// one vent record per entry with a vent.
	counts := bucketKeys(t, path)
	if counts["vents"] != 2 || counts["jots"] != 2 || counts["entries"] != 3 || counts["metrics"] != 3 || counts["drafts"] != 2 || counts["ideas"] != 3 {
		t.Errorf("bucket sizes %v", counts)
	}
	old, _ := filepath.Glob(filepath.Join(backups, "journal-schema2-*.db"))
	if len(old) != 1 {
		t.Fatalf("pre-migration backup: %v", old)
	}
	if fi, err := os.Stat(old[0]); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %v", fi.Mode())
	}
	if problems := CheckFile(old[0]); len(problems) != 0 {
		t.Errorf("backup check: %v", problems)
	}
	checkSchema2Content(t, old[0])
	// A new idea continues after the highest id (10), never on top of one.
	if err := Write(path, Options{}, func(tx *Tx) error {
		i := journal.Idea{ShiftDate: 20261108, Kind: "other", Text: "新想法"}
		if err := tx.PutIdea(&i, false); err != nil {
			return err
		}
		if i.ID != 11 {
			t.Errorf("new idea id %d", i.ID)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// bucketKeys counts the keys of every bucket of a journal.
func bucketKeys(t *testing.T, path string) map[string]int {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	out := map[string]int{}
	db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			out[string(name)] = b.Stats().KeyN
			return nil
		})
	})
	return out
}

// testdata/journal-schema1.db is a journal written by schema 1 (no metrics
// bucket), kept to prove the upgrade path 1→2→3 on a real file.
func TestMigrationFromSchema1Fixture(t *testing.T) {
	path, backups := openFixture(t, "journal-schema1.db")
	want := schema1Entries()
	var got []journal.Entry
	var ms []journal.Metrics
	err := Read(path, Options{}, func(tx *Tx) error {
		var err error
		if got, err = tx.AllEntries(); err != nil {
			return err
		}
		for _, e := range got {
			if e.Rev != 1 {
				t.Errorf("entry %s rev %d", e.ShiftDate, e.Rev)
			}
		}
		ms, err = tx.Metrics(0, 0)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "entries", got, want)
	var wantMs []journal.Metrics
	for i := range want {
		wantMs = append(wantMs, journal.MetricsOf(&want[i]))
	}
	sameJSON(t, "metrics", ms, wantMs)
	if counts := bucketKeys(t, path); counts["vents"] != 1 || counts["entries"] != 3 {
		t.Errorf("bucket sizes %v", counts)
	}
	old, _ := filepath.Glob(filepath.Join(backups, "journal-schema1-*.db"))
	if len(old) != 1 || len(CheckFile(old[0])) != 0 {
		t.Fatalf("pre-migration backup: %v", old)
	}
}

// Ideas with ids schema 2 let through (0 after a wrap, above 2^53−1 from an
// archive) get fresh ids after the highest good one; nothing is lost and
// the sequence can't wrap.
func TestMigrationRenumbersIdeasThatCouldWrap(t *testing.T) {
	path := newJournal(t)
	os.MkdirAll(filepath.Dir(path), 0o700)
	writeLegacy(t, path, 2, func(tx *bolt.Tx) {
		ib := tx.Bucket(bucketIdeas)
		for _, i := range []journal.Idea{
			{ID: 3, ShiftDate: 20261101, Kind: "product", Text: "good", Status: "new"},
			{ID: 1<<64 - 1, ShiftDate: 20261102, Kind: "product", Text: "huge", Status: "new"},
			{ID: 0, ShiftDate: 20261103, Kind: "product", Text: "wrapped", Status: "new"},
		} {
			ib.Put(idKey(i.ID), mustJSON(t, i))
		}
		ib.SetSequence(0)
	})
	j, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	j.Close()
	err = Write(path, Options{}, func(tx *Tx) error {
		n := journal.Idea{ShiftDate: 20261104, Kind: "other", Text: "new"}
		if err := tx.PutIdea(&n, false); err != nil {
			return err
		}
		ideas, err := tx.Ideas()
		if err != nil {
			return err
		}
		var got []string
		for _, i := range ideas {
			got = append(got, i.Text+"#"+itoa(i.ID))
		}
		if len(got) != 4 || got[0] != "good#3" || got[1] != "huge#4" || got[2] != "wrapped#5" || got[3] != "new#6" {
			t.Errorf("ideas %v", got)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if problems := CheckFile(path); len(problems) != 0 {
		t.Errorf("check: %v", problems)
	}
}
