package cli

import (
	"bytes"
	"io"
	"path/filepath"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// generatedJournal writes a realistic journal of years of shifts ending
// 2026-11-25 (internal/archive/gen) and returns its directory for XDG_DATA_HOME.
func generatedJournal(b *testing.B, years int) string {
	b.Helper()
	dir := b.TempDir()
	a := gen.Journal(years, 1, journal.NewDate(2026, 11, 25))
	err := store.Write(filepath.Join(dir, "debrief", "journal.db"), store.Options{}, func(tx *store.Tx) error {
		_, err := archive.Apply(tx, a, false, false, nil)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return dir
}

// benchmarkStatsCommand runs `debrief stats --json` in-process, from
// opening the journal to the last byte of JSON: the whole command but the
// process start.
func benchmarkStatsCommand(b *testing.B, years int, args ...string) {
	data := generatedJournal(b, years)
	env := map[string]string{
		"XDG_DATA_HOME": data, "XDG_CONFIG_HOME": b.TempDir(), "DEBRIEF_TODAY": "2026-11-25", "LANG": "en_US.UTF-8",
	}
	getenv := func(k string) string { return env[k] }
	var out bytes.Buffer
	if code := Run(args, nil, &out, io.Discard, getenv, time.Now); code != 0 || out.Len() == 0 {
		b.Fatalf("exit %d, %d bytes", code, out.Len())
	}
	b.ReportMetric(float64(out.Len()), "bytes-out")
	b.ResetTimer()
	for b.Loop() {
		out.Reset()
		Run(args, nil, &out, io.Discard, getenv, time.Now)
	}
}

// BenchmarkStatsCommand: 10 years (about 2,500 shifts, budget 15 ms for the
// whole process) and 100 years (about 25,000 shifts, budget 60 ms).
func BenchmarkStatsCommand(b *testing.B) {
	b.Run("10y-json", func(b *testing.B) { benchmarkStatsCommand(b, 10, "stats", "--json") })
	b.Run("10y-text", func(b *testing.B) { benchmarkStatsCommand(b, 10, "stats") })
	b.Run("100y-json", func(b *testing.B) { benchmarkStatsCommand(b, 100, "stats", "--json") })
}
