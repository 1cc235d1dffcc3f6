package cli

import (
	"bytes"
	"io"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// benchmarkExport runs `debrief export` in-process over a generated
// 10-year journal (about 2,500 shifts), all years, for a manager: the
// whole command but the process start. Whole-process budgets (make bench):
// md ≤ 60 ms, html ≤ 120 ms.
func benchmarkExport(b *testing.B, format string) {
	data := generatedJournal(b, 10)
	env := map[string]string{
		"XDG_DATA_HOME": data, "XDG_CONFIG_HOME": b.TempDir(), "DEBRIEF_TODAY": "2026-11-25", "LANG": "en_US.UTF-8",
	}
	getenv := func(k string) string { return env[k] }
	// --detail: every shift, as before long ranges were summarised by month.
	args := []string{"export", "--for", "manager", "--format", format, "--detail", "--from", "2016-01-01", "--to", "2026-11-25"}
	var out bytes.Buffer
	if code := Run(args, nil, &out, io.Discard, getenv, time.Now); code != 0 || out.Len() < 100000 {
		b.Fatalf("exit %d, %d bytes", code, out.Len())
	}
	b.ReportMetric(float64(out.Len()), "bytes-out")
	b.ResetTimer()
	for range b.N {
		out.Reset()
		Run(args, nil, &out, io.Discard, getenv, time.Now)
		// export turns the collector off for its one run, as a process
		// that exits would; here the next run must start on a clean heap.
		b.StopTimer()
		debug.SetGCPercent(100)
		runtime.GC()
		b.StartTimer()
	}
}

func BenchmarkExportMarkdown(b *testing.B) { benchmarkExport(b, "md") }
func BenchmarkExportHTML(b *testing.B)     { benchmarkExport(b, "html") }
func BenchmarkExportCSV(b *testing.B)      { benchmarkExport(b, "csv") }
func BenchmarkExportJSON(b *testing.B)     { benchmarkExport(b, "json") }
