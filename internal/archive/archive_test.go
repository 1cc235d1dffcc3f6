package archive

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

const goodArchive = `{"format":"debrief-archive","version":1,"exported_at":"2026-11-25T21:00:00+08:00",
"entries":[
 {"shift_date":"2026-11-23","shift":"day","mood":4,"contacts":61,"csat":96,"helped":["帮顾客改地址"],
  "cases":[{"title":"催发货","category":"物流","channel":"chat","outcome":"resolved","praise":true}],
  "vent":"canary-vent","created_at":"2026-11-23T18:10:00+08:00","updated_at":"2026-11-23T18:12:00+08:00"},
 {"shift_date":"2026-11-24","shift":"night","mood":2,"stress":5,"created_at":"2026-11-25T06:10:00+08:00","updated_at":"2026-11-25T06:10:00+08:00"}],
"days_off":[{"date":"2026-11-22","reason":"rest"}],
"ideas":[{"id":3,"shift_date":"2026-11-23","kind":"product","text":"订单页显示快递员电话","status":"adopted","impact":"咨询量降了30%","updated_at":"2026-11-24T10:00:00Z"}],
"weekly_reviews":[{"week":"2026-W47","went_well":"耐心","to_change":"少加班","focus":"按时吃饭","updated_at":"2026-11-23T20:00:00Z"}]}`

func importInto(t *testing.T, path, text string, overwrite bool) (Result, error) {
	t.Helper()
	a, err := Decode(strings.NewReader(text))
	if err != nil {
		return Result{}, err
	}
	var r Result
	err = store.Write(path, store.Options{}, func(tx *store.Tx) error {
		r, err = Apply(tx, a, overwrite, false, nil)
		return err
	})
	return r, err
}

func backup(t *testing.T, path string) *Archive {
	t.Helper()
	var a *Archive
	err := store.Read(path, store.Options{}, func(tx *store.Tx) error {
		var err error
		a, err = Collect(tx, time.Date(2026, 11, 25, 22, 0, 0, 0, time.UTC))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// roundTrip backs up the journal at first, imports the backup into an
// empty journal at second and checks its backup is the same; it returns
// the backup.
func roundTrip(t *testing.T, first, second string) *bytes.Buffer {
	t.Helper()
	var b1 bytes.Buffer
	Encode(&b1, backup(t, first))
	if _, err := importInto(t, second, b1.String(), false); err != nil {
		t.Fatal(err)
	}
	var b2 bytes.Buffer
	Encode(&b2, backup(t, second))
	if b1.String() != b2.String() {
		t.Errorf("round trip differs:\n%s\n---\n%s", b1.String(), b2.String())
	}
	return &b1
}

func TestRoundTripIsExact(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "a.db")
	r, err := importInto(t, first, goodArchive, false)
	if err != nil {
		t.Fatal(err)
	}
	if r != (Result{Entries: 2, DaysOff: 1, Ideas: 1, Reviews: 1}) {
		t.Errorf("result %+v", r)
	}
	b1 := roundTrip(t, first, filepath.Join(dir, "b.db"))
	for _, want := range []string{`"vent": "canary-vent"`, `"created_at": "2026-11-23T18:10:00+08:00"`, `"impact": "咨询量降了30%"`, `"week": "2026-W47"`} {
		if !strings.Contains(b1.String(), want) {
			t.Errorf("backup lacks %s", want)
		}
	}
}

func TestImportTwiceChangesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.db")
	importInto(t, path, goodArchive, false)
	var before bytes.Buffer
	Encode(&before, backup(t, path))
	r, err := importInto(t, path, goodArchive, false)
	if err != nil || r.Skipped != 5 || r.Entries != 0 {
		t.Errorf("second import: %+v %v", r, err)
	}
	var after bytes.Buffer
	Encode(&after, backup(t, path))
	if before.String() != after.String() {
		t.Error("second import changed the journal")
	}
	r, err = importInto(t, path, strings.Replace(goodArchive, `"mood":2`, `"mood":3`, 1), true)
	if err != nil || r.Entries != 2 || r.Skipped != 0 {
		t.Errorf("overwrite: %+v %v", r, err)
	}
	store.Read(path, store.Options{}, func(tx *store.Tx) error {
		e, _, _ := tx.Entry(20261124)
		if e.Mood != 3 {
			t.Errorf("overwrite did not replace: mood %d", e.Mood)
		}
		return nil
	})
}

func TestBadRecordsAreNamed(t *testing.T) {
	cases := []struct {
		name, from, to string
		section        string
		index          int
		field          string
	}{
		{"mood out of range", `"mood":2`, `"mood":9`, "entries", 1, "mood"},
		{"impossible date", `"shift_date":"2026-11-24"`, `"shift_date":"2026-02-30"`, "entries", 1, "shift_date"},
		{"wrong type", `"contacts":61`, `"contacts":"many"`, "entries", 0, "contacts"},
		{"bad outcome", `"outcome":"resolved"`, `"outcome":"done"`, "entries", 0, "cases[0].outcome"},
		{"bad reason", `"reason":"rest"`, `"reason":"nap"`, "days_off", 0, "reason"},
		{"bad status", `"status":"adopted"`, `"status":"maybe"`, "ideas", 0, "status"},
		{"bad week", `"week":"2026-W47"`, `"week":"2026-W60"`, "weekly_reviews", 0, "week"},
		{"duplicate", `"shift_date":"2026-11-24"`, `"shift_date":"2026-11-23"`, "entries", 1, ""},
		{"unknown field", `"mood":2`, `"mood":2,"moood":3`, "entries", 1, ""},
	}
	for _, c := range cases {
		text := strings.Replace(goodArchive, c.from, c.to, 1)
		if text == goodArchive {
			t.Fatalf("%s: replacement did not apply", c.name)
		}
		_, err := Decode(strings.NewReader(text))
		var re *RecordError
		if !errors.As(err, &re) || re.Section != c.section || re.Index != c.index {
			t.Errorf("%s: got %v", c.name, err)
			continue
		}
		var fe *journal.FieldError
		if c.field != "" && (!errors.As(err, &fe) || fe.Field != c.field) {
			t.Errorf("%s: field not named: %v", c.name, err)
		}
	}
}

func TestNotAnArchive(t *testing.T) {
	for _, text := range []string{``, `[]`, `{"format":"other","version":1}`, `not json`, `{"format":"debrief-archive"}`} {
		if _, err := Decode(strings.NewReader(text)); !errors.Is(err, ErrNotArchive) && !errors.Is(err, ErrVersion) {
			t.Errorf("%q: %v", text, err)
		}
	}
	if _, err := Decode(strings.NewReader(`{"format":"debrief-archive","version":3}`)); !errors.Is(err, ErrVersion) {
		t.Errorf("version 3: %v", err)
	}
}

func TestDryRunWritesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.db")
	a, _ := Decode(strings.NewReader(goodArchive))
	var r Result
	err := store.Write(path, store.Options{}, func(tx *store.Tx) error {
		var err error
		r, err = Apply(tx, a, false, true, nil)
		return err
	})
	if err != nil || r.Entries != 2 {
		t.Fatalf("%+v %v", r, err)
	}
	store.Read(path, store.Options{}, func(tx *store.Tx) error {
		if tx.EntryCount() != 0 {
			t.Error("dry run wrote entries")
		}
		return nil
	})
}

func TestJotsImportOnceAndKeepTheJournals(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.db")
	r, err := importInto(t, path, v2, false)
	if err != nil || r.Entries != 2 || r.Jots != 2 {
		t.Fatalf("first import: %+v %v", r, err)
	}
	jotsAt := func() []journal.Jot {
		var jots []journal.Jot
		store.Read(path, store.Options{}, func(tx *store.Tx) error {
			var err error
			jots, err = tx.Jots(20261123)
			return err
		})
		return jots
	}
	if j := jotsAt(); len(j) != 2 || j[0].Text != "顾客催发货" || j[1].Text != "refund loop" {
		t.Fatalf("jots in the journal: %+v", j)
	}
	// A jot written later with `debrief jot`, then the archive again,
	// skipped and then overwriting: nothing doubled, nothing lost.
	err = store.Write(path, store.Options{}, func(tx *store.Tx) error {
		return tx.AddJot(20261123, &journal.Jot{At: time.Date(2026, 11, 23, 15, 0, 0, 0, time.UTC), Text: "later"})
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, overwrite := range []bool{false, true} {
		r, err := importInto(t, path, v2, overwrite)
		if err != nil || r.Jots != 0 {
			t.Errorf("overwrite %v: %+v %v", overwrite, r, err)
		}
	}
	if j := jotsAt(); len(j) != 3 || j[2].Text != "later" {
		t.Errorf("jots after importing again: %+v", j)
	}
	// The backup carries them all, in the order they were taken.
	var b bytes.Buffer
	Encode(&b, backup(t, path))
	if !strings.Contains(b.String(), `"text": "顾客催发货"`) || !strings.Contains(b.String(), `"text": "later"`) {
		t.Errorf("backup without the jots:\n%s", b.String())
	}
}
