package cli

import (
	"bytes"
	"io"
	"runtime"
	"runtime/debug"
	"syscall"
	"testing"
	"time"
)

// BenchmarkPlaybookAndReview runs `debrief playbook` and `debrief export
// --for review` in every format in-process over the generated 10-year
// journal (about 2,500 shifts), with `stats --json` beside them: issue #15
// asks each to take at most twice the time of stats. Each reports its CPU
// time (user+sys, every thread: the entries are decoded on every CPU) as
// cpu-ms/op beside the wall clock; make bench times the whole processes.
func BenchmarkPlaybookAndReview(b *testing.B) {
	data := generatedJournal(b, 10)
	env := map[string]string{
		"XDG_DATA_HOME": data, "XDG_CONFIG_HOME": b.TempDir(), "DEBRIEF_TODAY": "2026-11-25", "LANG": "en_US.UTF-8",
	}
	getenv := func(k string) string { return env[k] }
	all := []string{"--from", "2016-01-01", "--to", "2026-11-25"}
	for _, c := range []struct {
		name string
		args []string
	}{
		{"stats-json", []string{"stats", "--json"}},
		{"playbook-text", []string{"playbook"}},
		{"playbook-md", []string{"playbook", "--format", "md"}},
		{"playbook-json", []string{"playbook", "--json"}},
		{"review-md", append([]string{"export", "--for", "review", "--format", "md"}, all...)},
		{"review-html", append([]string{"export", "--for", "review", "--format", "html"}, all...)},
		{"review-json", append([]string{"export", "--for", "review", "--format", "json"}, all...)},
	} {
		b.Run(c.name, func(b *testing.B) {
			var out bytes.Buffer
			if code := Run(c.args, nil, &out, io.Discard, getenv, time.Now); code != 0 || out.Len() < 1000 {
				b.Fatalf("%v: exit %d, %d bytes", c.args, code, out.Len())
			}
			b.ReportMetric(float64(out.Len()), "bytes-out")
			var cpu time.Duration
			b.ResetTimer()
			for range b.N {
				out.Reset()
				before := cpuTime()
				Run(c.args, nil, &out, io.Discard, getenv, time.Now)
				cpu += cpuTime() - before
				// The commands turn the collector off for their one run, as
				// a process that exits would; here the next run must start
				// on a clean heap.
				b.StopTimer()
				debug.SetGCPercent(100)
				runtime.GC()
				b.StartTimer()
			}
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// cpuTime is the CPU time (user+sys) of this process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
