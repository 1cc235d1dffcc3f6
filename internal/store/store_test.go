package store

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/debrief-app/debrief/internal/journal"
	bolt "go.etcd.io/bbolt"
)

func ptr[T any](v T) *T { return &v }

func sample(d journal.Date) journal.Entry {
	return journal.Entry{ShiftDate: d, Shift: "night", Mood: 4, Energy: 2, Stress: 5,
		Contacts: ptr(58), CSAT: ptr(97.5), Helped: []string{"帮老人改好了收货地址", "", "退款当场到账"},
		Cases: []journal.Case{
			{Title: "快递三天没动", Category: "物流", Channel: "chat", Need: "想知道包裹还在不在", Action: "联系站点", Outcome: "resolved", Better: "先给预计时间", Praise: true},
			{Title: "refund loop", Category: "退款", Channel: "phone", Outcome: "escalated"},
		},
		Vent: "今天被骂了三次,真的很累。", Tomorrow: "先喝水再接线", Tags: []string{"双十一"}}
}

func newJournal(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "data", "journal.db")
}

func TestSaveAndReadBack(t *testing.T) {
	path := newJournal(t)
	e := sample(20261124)
	if err := Write(path, Options{}, func(tx *Tx) error { return tx.PutEntry(&e, false) }); err != nil {
		t.Fatal(err)
	}
	var got journal.Entry
	var ms []journal.Metrics
	err := Read(path, Options{}, func(tx *Tx) error {
		var ok bool
		var err error
		got, ok, err = tx.Entry(20261124)
		if err != nil || !ok {
			t.Fatal("entry missing")
		}
		ms, err = tx.Metrics(0, 0)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if got.Vent != e.Vent || len(got.Helped) != 2 || got.Cases[0].Need != "想知道包裹还在不在" || *got.CSAT != 97.5 {
		t.Errorf("read back %+v", got)
	}
	if len(ms) != 1 || ms[0].Date != 20261124 || ms[0].Stress != 5 || ms[0].Contacts != 58 || ms[0].CSAT != 97.5 ||
		ms[0].Praise != 1 || ms[0].ByOutcome[journal.OutcomeSlot("escalated")] != 1 || ms[0].Categories[1] != "退款" || ms[0].Helped != 2 || ms[0].Shift != "night" {
		t.Errorf("metrics %+v", ms)
	}
	if got.CreatedAt.IsZero() || got.UpdatedAt.IsZero() {
		t.Errorf("times not set")
	}
}

func TestPermissions(t *testing.T) {
	path := newJournal(t)
	if err := Write(path, Options{}, func(tx *Tx) error { return nil }); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(path)
	di, _ := os.Stat(filepath.Dir(path))
	if fi.Mode().Perm() != 0o600 || di.Mode().Perm() != 0o700 {
		t.Errorf("file %v dir %v", fi.Mode(), di.Mode())
	}
	os.Chmod(path, 0o644)
	j, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	if len(j.Warnings) != 1 || j.Warnings[0].Mode != 0o644 {
		t.Errorf("warnings %+v", j.Warnings)
	}
}

func TestSecondOpenTimesOut(t *testing.T) {
	path := newJournal(t)
	j, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	_, err = Open(path, Options{Timeout: 100 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Errorf("writer while locked: %v", err)
	}
	_, err = OpenReadOnly(path, Options{Timeout: 100 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Errorf("reader while locked: %v", err)
	}
}

func foreignBolt(t *testing.T, path string) {
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		b, _ := tx.CreateBucket([]byte("users"))
		return b.Put([]byte("alice"), []byte("x"))
	})
	db.Close()
}

func TestRefusedFilesStayByteIdentical(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	if err := Write(good, Options{}, func(tx *Tx) error {
		for i := range 40 {
			e := sample(journal.NewDate(2026, 1, 1).AddDays(i))
			if err := tx.PutEntry(&e, false); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	goodBytes, _ := os.ReadFile(good)
	// The file is longer than its last commit (bbolt grows it ahead):
	// "cut half" cuts the committed pages in half.
	var committed int64
	if err := Read(good, Options{}, func(tx *Tx) error { committed = tx.tx.Size(); return nil }); err != nil {
		t.Fatal(err)
	}
	rnd := make([]byte, 64*1024)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range rnd {
		rnd[i] = byte(r.Uint32())
	}
	cases := map[string]func(p string){
		"empty":        func(p string) { os.WriteFile(p, nil, 0o600) },
		"random":       func(p string) { os.WriteFile(p, rnd, 0o600) },
		"foreign bolt": func(p string) { foreignBolt(t, p) },
		"text":         func(p string) { os.WriteFile(p, []byte("hello, this is my diary\n"), 0o600) },
		"cut 100":      func(p string) { os.WriteFile(p, goodBytes[:100], 0o600) },
		"cut 4096":     func(p string) { os.WriteFile(p, goodBytes[:4096], 0o600) },
		"cut 9000":     func(p string) { os.WriteFile(p, goodBytes[:9000], 0o600) },
		"cut half":     func(p string) { os.WriteFile(p, goodBytes[:committed/2], 0o600) },
	}
	for name, mk := range cases {
		p := filepath.Join(dir, name+".db")
		mk(p)
		before, _ := os.ReadFile(p)
		_, errW := Open(p, Options{})
		err := Write(p, Options{}, func(tx *Tx) error {
			e := sample(20261125)
			return tx.PutEntry(&e, false)
		})
		_ = Read(p, Options{}, func(tx *Tx) error { _, err := tx.AllEntries(); return err })
		after, _ := os.ReadFile(p)
		if !bytes.Equal(before, after) {
			t.Errorf("%s: file changed", name)
		}
		if err == nil || errW == nil {
			t.Errorf("%s: write accepted", name)
		} else if !errors.Is(err, ErrNotJournal) && !errors.Is(err, ErrDamaged) {
			t.Errorf("%s: unclear error %v", name, err)
		}
	}
}

// Schema 0 is damage (no debrief writes it): refused for reading and
// writing as ErrDamaged, whose message points at a backup, and unchanged.
func TestSchemaZeroIsDamage(t *testing.T) {
	path := newJournal(t)
	Write(path, Options{}, func(tx *Tx) error { e := sample(20261120); return tx.PutEntry(&e, false) })
	db, _ := bolt.Open(path, 0o600, nil)
	db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySchema, schemaBytes(0)) })
	db.Close()
	before, _ := os.ReadFile(path)
	if err := Write(path, Options{}, func(tx *Tx) error { return nil }); !errors.Is(err, ErrDamaged) {
		t.Errorf("write: got %v, want ErrDamaged", err)
	}
	if err := Read(path, Options{}, func(tx *Tx) error { return nil }); !errors.Is(err, ErrDamaged) {
		t.Errorf("read: got %v, want ErrDamaged", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the file changed")
	}
}

func TestNewerSchemaRefusedForWriting(t *testing.T) {
	path := newJournal(t)
	Write(path, Options{}, func(tx *Tx) error { e := sample(20261120); return tx.PutEntry(&e, false) })
	db, _ := bolt.Open(path, 0o600, nil)
	db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySchema, schemaBytes(SchemaVersion+1)) })
	db.Close()
	before, _ := os.ReadFile(path)
	err := Write(path, Options{}, func(tx *Tx) error { return nil })
	if !errors.Is(err, ErrNewerSchema) {
		t.Errorf("got %v", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("newer file changed")
	}
	// Reading is still allowed: the person can see and back up their words.
	if err := Read(path, Options{}, func(tx *Tx) error {
		if !tx.HasEntry(20261120) {
			t.Error("entry unreadable")
		}
		return nil
	}); err != nil {
		t.Error(err)
	}
}

func TestDiskFullKeepsSavedWork(t *testing.T) {
	path := newJournal(t)
	e := sample(20261101)
	if err := Write(path, Options{}, func(tx *Tx) error { return tx.PutEntry(&e, false) }); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(path)
	big := sample(20261102)
	big.Vent = string(bytes.Repeat([]byte("累"), 20000))
	err := Write(path, Options{MaxSize: int(fi.Size())}, func(tx *Tx) error {
		for i := range 50 {
			b := big
			b.ShiftDate = journal.NewDate(2026, 11, 2).AddDays(i)
			if err := tx.PutEntry(&b, false); err != nil {
				return err
			}
		}
		return nil
	})
	if !errors.Is(err, ErrFull) {
		t.Fatalf("want ErrFull, got %v", err)
	}
	if problems := CheckFile(path); len(problems) != 0 {
		t.Errorf("check: %v", problems)
	}
	Read(path, Options{}, func(tx *Tx) error {
		got, ok, _ := tx.Entry(20261101)
		if !ok || got.Vent != e.Vent || tx.EntryCount() != 1 {
			t.Errorf("saved entry harmed: %v %d", ok, tx.EntryCount())
		}
		return nil
	})
	// Space is back: the retry works.
	if err := Write(path, Options{}, func(tx *Tx) error { b := big; return tx.PutEntry(&b, false) }); err != nil {
		t.Errorf("retry: %v", err)
	}
}

func TestMetricsEncodingRoundTrip(t *testing.T) {
	long := sample(20261126)
	long.Helped = []string{strings.Repeat("帮", 100)}
	for _, e := range []journal.Entry{sample(20261124), {ShiftDate: 20261125, Mood: 1}, long} {
		m := journal.MetricsOf(&e)
		var r metricsReader
		got, headline, err := r.decode(encodeMetrics(&m, journal.HeadlineOf(&e)), true)
		got.Date = m.Date
		if err != nil || !reflect.DeepEqual(got, m) {
			t.Errorf("round trip %+v → %+v (%v)", m, got, err)
		}
		if want := journal.HeadlineOf(&e); headline != want || len(want) > journal.MaxHeadline+len("…") {
			t.Errorf("headline %q, want %q", headline, want)
		}
	}
	if h := journal.HeadlineOf(&long); !strings.HasSuffix(h, "…") || !utf8.ValidString(h) {
		t.Errorf("long headline %q", h)
	}
	full := sample(20261124)
	m := journal.MetricsOf(&full)
	rec := encodeMetrics(&m, "h")
	for i := range len(rec) {
		var r metricsReader
		if _, _, err := r.decode(rec[:i], true); err == nil {
			t.Errorf("record cut at %d of %d accepted", i, len(rec))
		}
	}
	var r metricsReader
	if _, _, err := r.decode(append(rec, 0), true); err == nil {
		t.Error("a trailing byte accepted")
	}
}

func TestEntriesRangeAndOrder(t *testing.T) {
	path := newJournal(t)
	Write(path, Options{}, func(tx *Tx) error {
		for _, d := range []journal.Date{20261101, 20261103, 20261105, 20261107} {
			e := journal.Entry{ShiftDate: d, Mood: 3}
			tx.PutEntry(&e, false)
		}
		return nil
	})
	Read(path, Options{}, func(tx *Tx) error {
		var got []string
		for e, err := range tx.EntriesNewestFirst(20261102, 20261106) {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, e.ShiftDate.String())
		}
		if len(got) != 2 || got[0] != "2026-11-05" || got[1] != "2026-11-03" {
			t.Errorf("desc range %v", got)
		}
		latest, _, _ := tx.LatestEntry(20261104)
		if latest.ShiftDate != 20261103 {
			t.Errorf("latest ≤ 04: %s", latest.ShiftDate)
		}
		return nil
	})
}

func TestIdeasGetIDs(t *testing.T) {
	path := newJournal(t)
	Write(path, Options{}, func(tx *Tx) error {
		a := journal.Idea{ShiftDate: 20261101, Kind: "product", Text: "订单页显示快递员电话"}
		b := journal.Idea{ID: 10, ShiftDate: 20261101, Kind: "process", Text: "imported", Status: "adopted"}
		c := journal.Idea{ShiftDate: 20261102, Kind: "knowledge", Text: "after import"}
		tx.PutIdea(&a, false)
		tx.PutIdea(&b, true)
		tx.PutIdea(&c, false)
		if a.ID != 1 || c.ID != 11 || a.Status != "new" {
			t.Errorf("ids %d %d status %s", a.ID, c.ID, a.Status)
		}
		return nil
	})
}
