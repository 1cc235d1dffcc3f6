package store

import (
	"errors"
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
	bolt "go.etcd.io/bbolt"
)

// The full check finds what a CRC can't: records under another record's
// key, metrics that don't match their entry, records without their
// partner, ids above their sequence, buckets debrief doesn't write. Each
// problem names bucket and key.
func TestCheckFindsRecordsThatDoNotBelong(t *testing.T) {
	path := newJournal(t)
	err := Write(path, Options{}, func(tx *Tx) error {
		for _, d := range []journal.Date{20261101, 20261102, 20261103} {
			e := sample(d)
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
	if problems := CheckFile(path); len(problems) != 0 {
		t.Fatalf("a sound journal: %v", problems)
	}
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		eb, mb, vb, ib := tx.Bucket(bucketEntries), tx.Bucket(bucketMetrics), tx.Bucket(bucketVents), tx.Bucket(bucketIdeas)
		// The entry of the 2nd, re-sealed under the key of the 4th.
		e := journal.Entry{ShiftDate: 20261102, Mood: 3}
		payload, _ := encodeCBOR(&e)
		eb.Put([]byte("2026-11-04"), sealRecord([]byte("2026-11-04"), verCBOR, payload))
		mb.Put([]byte("2026-11-04"), metricsRecord([]byte("2026-11-04"), &e))
		// The metrics of the 3rd say mood 1.
		other := sample(20261103)
		other.Mood = 1
		mb.Put([]byte("2026-11-03"), metricsRecord([]byte("2026-11-03"), &other))
		// The 1st loses its metrics; a vent without an entry.
		mb.Delete([]byte("2026-11-01"))
		vb.Put([]byte("2026-11-09"), sealRecord([]byte("2026-11-09"), verCBOR, mustCBOR(t, &journal.Vent{Text: "孤零零"})))
		// An idea above the sequence.
		i := journal.Idea{ID: 7, ShiftDate: 20261101, Kind: "product", Text: "y", Status: "new"}
		ib.Put(idKey(7), sealRecord(idKey(7), verCBOR, mustCBOR(t, &i)))
		// Someone else's bucket, and a bucket inside ours.
		tx.CreateBucket([]byte("plugins"))
		tx.Bucket(bucketDaysOff).CreateBucket([]byte("nested"))
		return nil
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	got := problemNames(t, path)
	want := []string{
		"plugins  unexpected",
		"days_off nested unexpected",
		"entries 2026-11-04 misplaced",
		"metrics 2026-11-03 invalid",
		"ideas #7 invalid",
		"entries 2026-11-01 missing",
		"vents 2026-11-09 missing",
	}
	for _, w := range want {
		if !contains(got, w) {
			t.Errorf("missing problem %q in\n%s", w, strings.Join(got, "\n"))
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d problems, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	// The quick check, for a snapshot, sees what needs no decoding.
	j, err := OpenReadOnly(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	// The two buckets and the entry without metrics; the rest needs decoding.
	if n := len(j.quickCheck()); n != 3 {
		t.Errorf("quick check: %d problems, want 3", n)
	}
}

// samplesJournal is a new journal with the sample entry of each date.
func samplesJournal(t *testing.T, dates ...journal.Date) string {
	t.Helper()
	path := newJournal(t)
	err := Write(path, Options{}, func(tx *Tx) error {
		for _, d := range dates {
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
	return path
}

// problemNames checks a file and names each problem by bucket, key and
// kind; a problem that names no record, or a damaged one that is not
// ErrDamaged, fails the test.
func problemNames(t *testing.T, path string) []string {
	t.Helper()
	var got []string
	for _, p := range CheckFile(path) {
		var re *RecordError
		if !errors.As(p, &re) {
			t.Errorf("a problem without bucket and key: %v", p)
			continue
		}
		if re.Kind == KindDamaged && !errors.Is(p, ErrDamaged) {
			t.Errorf("%v is not ErrDamaged", p)
		}
		got = append(got, re.Bucket+" "+re.Key+" "+kindName(re.Kind))
	}
	return got
}

func kindName(k Kind) string {
	return [...]string{"damaged", "invalid", "misplaced", "missing", "unexpected"}[k]
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func mustCBOR(t *testing.T, v any) []byte {
	t.Helper()
	b, err := encodeCBOR(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A damaged record of one kind leaves every other read working, and
// Salvage takes everything else, naming what it left out.
func TestSalvageLeavesOutOnlyTheDamagedRecord(t *testing.T) {
	path := samplesJournal(t, 20261101, 20261102)
	db, _ := bolt.Open(path, 0o600, nil)
	db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketVents)
		v := append([]byte(nil), b.Get([]byte("2026-11-01"))...)
		v[3] ^= 1
		return b.Put([]byte("2026-11-01"), v)
	})
	db.Close()
	err := Read(path, Options{}, func(tx *Tx) error {
		if _, _, err := tx.Entry(20261101); !errors.Is(err, ErrDamaged) {
			t.Errorf("damaged vent read: %v", err)
		}
		if e, ok, err := tx.Entry(20261102); err != nil || !ok || e.Vent == "" {
			t.Errorf("the other entry: %v %v", ok, err)
		}
		ms, err := tx.Metrics(0, 0)
		if err != nil || len(ms) != 2 {
			t.Errorf("metrics: %d %v", len(ms), err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s, err := Salvage(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Entries) != 2 || s.Entries[0].Vent != "" || s.Entries[1].Vent == "" || len(s.Skipped) != 1 || s.Skipped[0].Bucket != "vents" || s.Skipped[0].Key != "2026-11-01" {
		t.Errorf("salvaged %+v", s)
	}
}

// Each entry is read by the fast path where it applies and by the general
// decoder otherwise, and the check's answer is the general decoder's: a
// record of a later debrief (a key this one does not know) is sound; a
// record whose checksum is right but whose payload does not decode, or is
// of another version, is damaged; one that decodes but breaks a rule is
// invalid; a metrics record that differs from its entry's in one category
// is found.
func TestCheckReadsEntriesAsTheGeneralDecoderDoes(t *testing.T) {
	path := samplesJournal(t, 20261101, 20261102, 20261103, 20261104, 20261105, 20261106)
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		eb, mb := tx.Bucket(bucketEntries), tx.Bucket(bucketMetrics)
		entry := func(d journal.Date) (journal.Entry, []byte) {
			var e journal.Entry
			p, err := openRecord("entries", dateKey(d), eb.Get(dateKey(d)), verCBOR)
			if err == nil {
				err = decodeCBOR(p, &e)
			}
			if err != nil {
				t.Fatal(err)
			}
			return e, p
		}
		// The 1st with a key of a later debrief: the fast path refuses it,
		// the general decoder skips the key.
		_, p := entry(20261101)
		later := append([]byte{p[0] + 1}, p[1:]...) // one pair more
		later = append(later, 0x18, 99, 0x63, 'n', 'e', 'w')
		if p[0] < 0xa1 || p[0] >= 0xb7 {
			t.Fatalf("payload head %#x is not a small map", p[0])
		}
		var check journal.Entry
		if decodeEntryFast(later, &check, nil) || decodeCBOR(later, &check) != nil {
			t.Fatal("the later record is not what this test needs")
		}
		eb.Put(dateKey(20261101), sealRecord(dateKey(20261101), verCBOR, later))
		// The 2nd cut short, sealed again: the checksum is right.
		_, p = entry(20261102)
		eb.Put(dateKey(20261102), sealRecord(dateKey(20261102), verCBOR, p[:len(p)-3]))
		// The 3rd under the metrics' version byte.
		_, p = entry(20261103)
		eb.Put(dateKey(20261103), sealRecord(dateKey(20261103), verMetrics, p))
		// The 4th with a mood of 9, metrics to match.
		e, _ := entry(20261104)
		e.Mood = 9
		eb.Put(dateKey(20261104), sealRecord(dateKey(20261104), verCBOR, mustCBOR(t, &e)))
		mb.Put(dateKey(20261104), metricsRecord(dateKey(20261104), &e))
		// The metrics of the 5th name another category.
		e, _ = entry(20261105)
		e.Cases[0].Category = "别的"
		mb.Put(dateKey(20261105), metricsRecord(dateKey(20261105), &e))
		return nil
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	got := problemNames(t, path)
	want := []string{
		"entries 2026-11-03 damaged",
		"entries 2026-11-02 damaged",
		"entries 2026-11-04 invalid",
		"metrics 2026-11-05 invalid",
		"metrics 2026-11-04 damaged", // a mood of 9 is no metrics record either
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
