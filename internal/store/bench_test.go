package store_test

import (
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/seal"
	"github.com/debrief-app/debrief/internal/store"
)

// The store's hot paths on a realistic 10-year journal (about 2,500
// shifts, see internal/archive/gen). The journal is built once per test
// binary and copied where a benchmark writes.

var (
	tenYearsOnce sync.Once
	tenYearsPath string
	tenYearsErr  error
)

func tenYears(b *testing.B) string {
	b.Helper()
	tenYearsOnce.Do(func() {
		dir, err := os.MkdirTemp("", "debrief-bench-")
		if err != nil {
			tenYearsErr = err
			return
		}
		tenYearsPath = filepath.Join(dir, "journal.db")
		a := gen.Journal(10, 1, 20261125)
		tenYearsErr = store.Write(tenYearsPath, store.Options{}, func(tx *store.Tx) error {
			_, err := archive.Apply(tx, a, false, false, nil)
			return err
		})
	})
	if tenYearsErr != nil {
		b.Fatal(tenYearsErr)
	}
	return tenYearsPath
}

// copyOf gives a benchmark that writes its own copy of the 10-year journal.
func copyOf(b *testing.B, path string) string {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	dst := filepath.Join(b.TempDir(), "journal.db")
	if err := os.WriteFile(dst, data, 0o600); err != nil {
		b.Fatal(err)
	}
	return dst
}

// BenchmarkOpenReadOnly is what every reading command pays before its
// first read: inspect, lock and map the file.
func BenchmarkOpenReadOnly(b *testing.B) {
	path := tenYears(b)
	for b.Loop() {
		j, err := store.OpenReadOnly(path, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		j.Close()
	}
}

// BenchmarkOpenForWriting is the open of a writing command: the read-only
// inspection, then the read-write open.
func BenchmarkOpenForWriting(b *testing.B) {
	path := copyOf(b, tenYears(b))
	for b.Loop() {
		j, err := store.Open(path, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		j.Close()
	}
}

// BenchmarkSaveEntry is one saved shift on an open 10-year journal: a
// write transaction with the entry and its metrics, committed with fsync.
func BenchmarkSaveEntry(b *testing.B) {
	j, err := store.Open(copyOf(b, tenYears(b)), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer j.Close()
	contacts := 61
	e := journal.Entry{ShiftDate: 20261125, Mood: 4, Contacts: &contacts, Helped: []string{"帮顾客改地址", "教新人退款", "安抚了一位妈妈"},
		Cases: []journal.Case{{Title: "催发货", Category: "物流", Channel: "chat", Outcome: "resolved"}}, Vent: "累"}
	for b.Loop() {
		if err := j.Update(func(tx *store.Tx) error { c := e; return tx.PutEntry(&c, false) }); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteOneEntry is the whole store side of `debrief jot` or a save
// in the app: open, one transaction with fsync, close.
func BenchmarkWriteOneEntry(b *testing.B) {
	path := copyOf(b, tenYears(b))
	e := journal.Entry{ShiftDate: 20261125, Mood: 4, Helped: []string{"帮顾客改地址"}}
	for b.Loop() {
		if err := store.Write(path, store.Options{}, func(tx *store.Tx) error { c := e; return tx.PutEntry(&c, false) }); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMetrics10Years reads the compact record of every shift of ten
// years, the input of stats and trends, without decoding entries.
func BenchmarkMetrics10Years(b *testing.B) {
	j, err := store.OpenReadOnly(tenYears(b), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer j.Close()
	n := 0
	for b.Loop() {
		err := j.View(func(tx *store.Tx) error {
			ms, err := tx.Metrics(0, 0)
			n = len(ms)
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	if n < 2000 {
		b.Fatalf("only %d metrics records", n)
	}
}

// BenchmarkAllEntries10Years decodes every entry: the cost an export of all
// years pays before formatting.
func BenchmarkAllEntries10Years(b *testing.B) {
	j, err := store.OpenReadOnly(tenYears(b), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer j.Close()
	for b.Loop() {
		if err := j.View(func(tx *store.Tx) error { _, err := tx.AllEntries(); return err }); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheck10Years is `debrief check` and the check of each daily
// backup: the page walk, bbolt's check, and every entry validated.
func BenchmarkCheck10Years(b *testing.B) {
	path := tenYears(b)
	defer reportCPU(b)()
	for b.Loop() {
		if problems := store.CheckFile(path); len(problems) > 0 {
			b.Fatal(problems)
		}
	}
}

// BenchmarkFirstSaveOfTheDay is the store side of the first save of a day
// on the 10-year journal: the open for writing makes today's checked
// backup (each iteration is a new day), then one entry is saved.
func BenchmarkFirstSaveOfTheDay(b *testing.B) {
	path := copyOf(b, tenYears(b))
	backups := filepath.Join(b.TempDir(), "backups")
	day := time.Date(2026, 11, 25, 21, 0, 0, 0, time.Local)
	e := journal.Entry{ShiftDate: 20261125, Mood: 4, Helped: []string{"帮顾客改地址"}}
	defer reportCPU(b)()
	for b.Loop() {
		day = day.AddDate(0, 0, 1)
		now := day
		opt := store.Options{BackupDir: backups, DailyBackup: true, Keep: 2, Now: func() time.Time { return now }}
		if err := store.Write(path, opt, func(tx *store.Tx) error { c := e; return tx.PutEntry(&c, false) }); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompact10Years is what a save that removed private text adds:
// the journal rewritten from its live records, checked, renamed.
func BenchmarkCompact10Years(b *testing.B) {
	path := copyOf(b, tenYears(b))
	for b.Loop() {
		if err := store.Compact(path, store.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSnapshot10Years is the daily backup alone: the journal's
// structure checked, its live pages copied, the copy checked.
func BenchmarkSnapshot10Years(b *testing.B) {
	j, err := store.Open(copyOf(b, tenYears(b)), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer j.Close()
	dest := filepath.Join(b.TempDir(), "backup.db")
	defer reportCPU(b)()
	for b.Loop() {
		if err := j.Snapshot(dest); err != nil {
			b.Fatal(err)
		}
	}
}

// reportCPU adds the process's CPU time (user+system, every thread) per
// iteration to a benchmark's result: on a shared, loaded machine it
// says what an operation costs better than the wall clock does.
func reportCPU(b *testing.B) func() {
	b.Helper()
	start := cpuTime()
	return func() {
		b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkEnableSealing10Years is `private enable` without the scrypt
// wrap: every vent sealed in one transaction, then the compaction. It
// reports the file's size before and after.
func BenchmarkEnableSealing10Years(b *testing.B) {
	seal.WorkFactor = 10
	k, _ := seal.Generate()
	w, _ := k.Wrap([]byte("p"))
	src := tenYears(b)
	var before, after int64
	for b.Loop() {
		b.StopTimer()
		path := copyOf(b, src)
		// The plain journal as it is after any removal: compacted.
		if err := store.Compact(path, store.Options{}); err != nil {
			b.Fatal(err)
		}
		fi, _ := os.Stat(path)
		before = fi.Size()
		b.StartTimer()
		err := store.Write(path, store.Options{}, func(tx *store.Tx) error {
			_, err := tx.EnableSealing(store.Sealing{Recipient: k.Recipient(), Wrapped: w})
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
		fa, _ := os.Stat(path)
		after = fa.Size()
	}
	b.ReportMetric(float64(before), "before-B")
	b.ReportMetric(float64(after), "after-B")
}

// BenchmarkSaveADebrief10Years is the app's save of a debrief on a 10-year
// journal, the store's part: the entry written and the day's draft deleted
// in one transaction. Deleting the draft removes private text, so the
// journal is compacted and fully checked after the commit (removal.go):
// the cost of every save from the app, beside the daily backup. Each
// iteration saves a new day, whose draft was written before the timer.
func BenchmarkSaveADebrief10Years(b *testing.B) {
	path := copyOf(b, tenYears(b))
	day := journal.NewDate(2026, 11, 26)
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		e := journal.Entry{ShiftDate: day, Mood: 4, Helped: []string{"帮顾客改地址"}, Vent: "今天被骂了三次"}
		err := store.Write(path, store.Options{}, func(tx *store.Tx) error {
			return tx.PutDraft(&journal.Draft{Entry: e, Step: 3})
		})
		if err != nil {
			b.Fatal(err)
		}
		start := cpuTime()
		b.StartTimer()
		err = store.Write(path, store.Options{}, func(tx *store.Tx) error {
			if err := tx.PutEntry(&e, false); err != nil {
				return err
			}
			return tx.DeleteDraft(day)
		})
		if err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - start
		day = day.AddDays(1)
	}
	b.ReportMetric(float64(cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}
