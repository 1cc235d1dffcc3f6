package cli

import (
	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkCommand runs whole commands in-process on a 10-year journal —
// everything but the process start — so that `go test -cpuprofile`
// shows where each one's time goes (make bench times the processes).
func BenchmarkCommand(b *testing.B) {
	data := generatedJournal(b, 10)
	config := b.TempDir()
	env := map[string]string{
		"XDG_DATA_HOME": data, "XDG_CONFIG_HOME": config, "DEBRIEF_TODAY": "2026-11-25", "LANG": "zh_CN.UTF-8",
	}
	getenv := func(k string) string { return env[k] }
	run := func(b *testing.B, now func() time.Time, args ...string) {
		if code := Run(args, nil, io.Discard, io.Discard, getenv, now); code != 0 && args[0] != "remind" {
			b.Fatalf("%v: exit %d", args, code)
		}
	}
	for _, c := range []struct {
		name string
		args []string
	}{
		{"version", []string{"--version"}},
		{"remind", []string{"remind"}},
		{"stats-json", []string{"stats", "--json"}},
		{"list", []string{"list"}},
		{"list-json", []string{"list", "--json"}},
		{"check", []string{"check"}},
		{"export-json", []string{"export", "--format", "json", "--from", "2016-01-01", "--to", "2026-11-25"}},
		{"export-md", []string{"export", "--format", "md", "--from", "2016-01-01", "--to", "2026-11-25"}},
		{"backup", []string{"backup", "-o", filepath.Join(b.TempDir(), "backup.json")}},
	} {
		b.Run(c.name, func(b *testing.B) {
			start := cpuTime()
			for b.Loop() {
				run(b, time.Now, c.args...)
			}
			b.ReportMetric(float64((cpuTime()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
	// Each iteration is the first save of a new day: the day's backup is made.
	b.Run("first-save-of-the-day", func(b *testing.B) {
		day := time.Now()
		start := cpuTime()
		for b.Loop() {
			day = day.AddDate(0, 0, 1)
			now := day
			run(b, func() time.Time { return now }, "jot", "顾客催发货，已经等了五天")
		}
		b.ReportMetric(float64((cpuTime()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		os.RemoveAll(filepath.Join(data, "debrief", "backups"))
	})
}

// BenchmarkHomeLoad100Years is what the app reads for its home on a
// 100-year journal before the first full screen (home.Load).
func BenchmarkHomeLoad100Years(b *testing.B) {
	data := generatedJournal(b, 100)
	j := day.New(filepath.Join(data, "debrief", "journal.db"), config.Default(), time.Now)
	for b.Loop() {
		if _, err := j.Today(journal.NewDate(2026, 11, 25), 14, 5); err != nil {
			b.Fatal(err)
		}
	}
}
