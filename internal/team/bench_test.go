package team

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/safefile"
)

// TwelveExports writes twelve agents' manager JSON exports of ten
// generated years each into dir (as `debrief export --for manager
// --format json` writes them), for the roll-up's benchmark and the bench.
func twelveExports(tb testing.TB, dir string) []string {
	end := journal.NewDate(2026, 11, 25)
	var files []string
	for i := range 12 {
		a := gen.Journal(10, uint64(i+1), end)
		in := report.Input{From: a.Entries[0].ShiftDate, To: end, Entries: a.Entries, Ideas: a.Ideas, Loc: time.UTC,
			Detail: true, Author: report.Author{Name: fmt.Sprintf("客服%02d", i+1), Team: "售后二组"}}
		d := report.Build(in, report.Manager, i%3 == 0)
		f := filepath.Join(dir, fmt.Sprintf("agent-%02d.json", i+1))
		if err := safefile.Write(f, 0o600, func(w io.Writer) error { return report.WriteJSON(w, d, i18n.New(i18n.ZH)) }); err != nil {
			tb.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}

// BenchmarkRollupTwelveTenYears: read twelve 10-year exports, merge them,
// write the lead's HTML — `debrief team report DIR --format html` without
// the process.
func BenchmarkRollupTwelveTenYears(b *testing.B) {
	dir := b.TempDir()
	files := twelveExports(b, dir)
	var size int64
	for _, f := range files {
		fi, _ := os.Stat(f)
		size += fi.Size()
	}
	b.ReportMetric(float64(size)/1e6, "MB-read")
	p := i18n.New(i18n.ZH)
	b.ReportAllocs()
	for b.Loop() {
		exports, skipped := Read(files)
		if len(exports) != 12 {
			b.Fatalf("%d exports, skipped %v", len(exports), skipped)
		}
		if err := WriteHTML(io.Discard, Build(exports, skipped), p); err != nil {
			b.Fatal(err)
		}
	}
}
