package gen

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

const end = journal.Date(20261125)

func encode(t testing.TB, a *archive.Archive) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := archive.Encode(&b, a); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestSameSeedSameBytes(t *testing.T) {
	a := encode(t, Journal(3, 42, end))
	b := encode(t, Journal(3, 42, end))
	if !bytes.Equal(a, b) {
		t.Fatal("the same seed gave different archives")
	}
	c := encode(t, Journal(3, 43, end))
	if bytes.Equal(a, c) {
		t.Fatal("a different seed gave the same archive")
	}
}

// TestTenYearsLookLikeAJournal checks the shape the benchmarks rely on: a
// valid archive of about 2,500 shifts with everything a real journal has.
func TestTenYearsLookLikeAJournal(t *testing.T) {
	data := encode(t, Journal(10, 1, end))
	a, err := archive.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("generated archive does not decode: %v", err)
	}
	if n := len(a.Entries); n < 2300 || n > 2700 {
		t.Errorf("%d shifts in 10 years, want about 2,500", n)
	}
	if mb := len(data) >> 20; mb < 2 || mb > 6 {
		t.Errorf("10-year archive is %d MiB, want about 3–4", mb)
	}
	first, last := a.Entries[0].ShiftDate, a.Entries[len(a.Entries)-1].ShiftDate
	if first < 20161125 || first > 20161205 || last > end || last < 20261118 {
		t.Errorf("shifts from %s to %s", first, last)
	}
	count := map[string]int{}
	han := regexp.MustCompile(`\p{Han}`)
	for i, e := range a.Entries {
		if i > 0 && e.ShiftDate <= a.Entries[i-1].ShiftDate {
			t.Fatalf("entries out of order at %s", e.ShiftDate)
		}
		if wd := e.ShiftDate.Weekday(); wd == time.Saturday || wd == time.Sunday {
			count["weekend"]++
		}
		count["shift:"+e.Shift]++
		if e.Vent != "" {
			count["vent"]++
		}
		if len(e.Helped) == 3 {
			count["helped3"]++
		}
		if len(e.Cases) < 1 || len(e.Cases) > 4 {
			t.Errorf("%s has %d cases", e.ShiftDate, len(e.Cases))
		}
		for _, c := range e.Cases {
			if han.MatchString(c.Title) {
				count["zh"]++
			} else {
				count["en"]++
			}
		}
	}
	for _, i := range a.Ideas {
		count["idea:"+i.Status]++
	}
	for d, jots := range a.Jots {
		count["jotted"]++
		for _, j := range jots {
			if j.At.Before(d.Time().Add(-8*time.Hour)) || j.At.After(d.Time().Add(40*time.Hour)) {
				t.Errorf("a jot of %s taken at %s", d, j.At)
			}
		}
	}
	for _, d := range a.DaysOff {
		count["off:"+d.Reason]++
	}
	n := len(a.Entries)
	checks := []struct {
		what     string
		got, min int
	}{
		{"weekend shifts", count["weekend"], 30},
		{"night shifts", count["shift:night"], n / 20},
		{"evening shifts", count["shift:evening"], n / 20},
		{"entries with a vent", count["vent"], n * 6 / 10},
		{"entries with three helped lines", count["helped3"], n},
		{"Chinese cases", count["zh"], n},
		{"English cases", count["en"], n / 5},
		{"sick days", count["off:sick"], 10},
		{"leave days", count["off:leave"], 10},
		{"holidays", count["off:holiday"], 10},
		{"weekly reviews", len(a.WeeklyReviews), 300},
		{"shifts with jots left", count["jotted"], n / 8},
	}
	for _, s := range journal.IdeaStatuses {
		checks = append(checks, struct {
			what     string
			got, min int
		}{"ideas " + s, count["idea:"+s], 10})
	}
	for _, c := range checks {
		if c.got < c.min {
			t.Errorf("%s: %d, want at least %d", c.what, c.got, c.min)
		}
	}
}

// TestBackupImportBackupIsIdentical is the foundation's round trip on a
// realistic journal: import the generated archive into an empty journal,
// back it up, and the backup is the archive again, byte for byte, except
// for the time it was exported.
func TestBackupImportBackupIsIdentical(t *testing.T) {
	a := Journal(10, 7, end)
	want := encode(t, a)
	path := filepath.Join(t.TempDir(), "journal.db")
	err := store.Write(path, store.Options{}, func(tx *store.Tx) error {
		_, err := archive.Apply(tx, a, false, false, nil)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// The backup as `debrief backup` writes it: streamed from the journal.
	var b bytes.Buffer
	err = store.Read(path, store.Options{}, func(tx *store.Tx) error {
		_, err := archive.Backup(&b, tx, time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	got := b.Bytes()
	stamp := regexp.MustCompile(`"exported_at": "[^"]*"`)
	if !bytes.Equal(stamp.ReplaceAll(want, nil), stamp.ReplaceAll(got, nil)) {
		w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
		for i := range min(len(w), len(g)) {
			if w[i] != g[i] && !stamp.MatchString(w[i]) {
				t.Fatalf("backup differs from the imported archive at line %d:\n want %s\n got  %s", i+1, w[i], g[i])
			}
		}
		t.Fatalf("backup differs in length: %d lines, want %d", len(g), len(w))
	}
	if bytes.Equal(want, got) {
		t.Error("exported_at was not renewed by the backup")
	}
	if n := bytes.Count(got, []byte(`"jots": [`)); n < len(a.Entries)/8 {
		t.Errorf("the backup holds the jots of %d shifts", n)
	}
}

func TestNoYearsIsAnEmptyArchive(t *testing.T) {
	a := Journal(0, 1, end)
	if len(a.Entries)+len(a.DaysOff)+len(a.Ideas)+len(a.WeeklyReviews) != 0 {
		t.Errorf("0 years gave records")
	}
	if _, err := archive.Decode(bytes.NewReader(encode(t, a))); err != nil {
		t.Error(err)
	}
}

func BenchmarkJournal10Years(b *testing.B) {
	for b.Loop() {
		Journal(10, 1, end)
	}
}
