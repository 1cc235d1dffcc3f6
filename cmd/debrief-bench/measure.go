package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// result is what one row measured.
type result struct {
	median           time.Duration // wall clock, median of the runs
	cpu              time.Duration // user+system, median of the runs: what the process itself cost, less sensitive to a busy machine
	wallMin, wallMax time.Duration
	cpuMin, cpuMax   time.Duration
	runs             int
	peakKiB          int64  // peak resident set size of the child, KiB
	tool             string // how it was timed: loop, pty, go test
	note             string // "not built yet", or why the row could not run
	ok               bool   // an acceptance check passed (rows without a budget)
	// memBudget is a memory budget (MiB) the row computed for itself.
	memBudget int64
}

// summarize fills the medians and ranges from the runs' wall and CPU times.
func (r *result) summarize(walls, cpus []time.Duration) {
	r.runs = len(walls)
	r.median, r.wallMin, r.wallMax = median(walls), slices.Min(walls), slices.Max(walls)
	if len(cpus) > 0 {
		r.cpu, r.cpuMin, r.cpuMax = median(cpus), slices.Min(cpus), slices.Max(cpus)
	}
}

// process is one command line to time, run in dir with env.
type process struct {
	args    []string
	dir     string
	env     []string
	prepare func() error // before every run (e.g. remove the journal to import into)
	wantErr bool         // a failing exit is the point (the locked journal)
}

func (p process) command() *exec.Cmd {
	c := exec.Command(p.args[0], p.args[1:]...)
	c.Dir, c.Env = p.dir, p.env
	return c
}

// timeBin is GNU time, which measures peak memory right. The rusage Go
// gets for its own children is not enough: Go starts them with vfork
// (CLONE_VM), and Linux counts the parent's resident memory into the
// child's peak at exec. GNU time forks from its own small process.
var timeBin, _ = exec.LookPath("time")

// lastCPU is the user+system time of the last process run.
var lastCPU time.Duration

// run executes the process once and returns its wall time, peak RSS (KiB)
// and combined output. With rss, it runs under GNU time when installed.
func (p process) run() (time.Duration, int64, []byte, error) { return p.exec(false) }

func (p process) exec(rss bool) (time.Duration, int64, []byte, error) {
	if p.prepare != nil {
		if err := p.prepare(); err != nil {
			return 0, 0, nil, err
		}
	}
	c := p.command()
	var report string
	if rss && timeBin != "" {
		f, err := os.CreateTemp("", "debrief-bench-rss-")
		if err != nil {
			return 0, 0, nil, err
		}
		f.Close()
		report = f.Name()
		defer os.Remove(report)
		c.Path, c.Args = timeBin, append([]string{timeBin, "-f", "%M", "-o", report, "--"}, p.args...)
	}
	var out bytes.Buffer
	c.Stdout, c.Stderr = &out, &out
	start := time.Now()
	err := c.Run()
	took := time.Since(start)
	rssVal := readPeak(report, c)
	lastCPU = 0
	if c.ProcessState != nil {
		lastCPU = c.ProcessState.UserTime() + c.ProcessState.SystemTime()
	}
	if err != nil && p.wantErr {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			err = nil
		}
	}
	return took, rssVal, out.Bytes(), err
}

// measure times a process in a plain loop: one run under GNU time for the
// peak memory (it also warms the caches), warmup more, then runs timed
// runs, each with its wall time and its own CPU time (user+system, from
// the kernel's accounting of the child). The loop is the same for every
// row; the median and the range of both are reported.
func measure(p process, warmup, runs int) (result, error) {
	var r result
	_, rss, out, err := p.exec(true)
	if err != nil {
		return r, fmt.Errorf("%s: %v: %s", strings.Join(p.args, " "), err, firstLine(out))
	}
	r.peakKiB = rss
	for range warmup {
		if _, _, _, err := p.run(); err != nil {
			return r, err
		}
	}
	var walls, cpus []time.Duration
	for range max(runs, 1) {
		took, _, out, err := p.run()
		if err != nil {
			return r, fmt.Errorf("%s: %v: %s", strings.Join(p.args, " "), err, firstLine(out))
		}
		walls = append(walls, took)
		cpus = append(cpus, lastCPU)
	}
	r.summarize(walls, cpus)
	r.tool = "loop"
	return r, nil
}

func median(ts []time.Duration) time.Duration {
	if len(ts) == 0 {
		return 0
	}
	s := slices.Clone(ts)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func firstLine(b []byte) string {
	s := strings.TrimSpace(string(b))
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// readPeak reads GNU time's report of peak RSS in KiB (its last word), or
// the child's rusage when GNU time was not used.
func readPeak(report string, c *exec.Cmd) int64 {
	if report != "" {
		data, _ := os.ReadFile(report)
		words := strings.Fields(string(data))
		if len(words) > 0 {
			v, _ := strconv.ParseInt(words[len(words)-1], 10, 64)
			return v
		}
		return 0
	}
	if c.ProcessState != nil {
		if ru, ok := c.ProcessState.SysUsage().(*syscall.Rusage); ok {
			return ru.Maxrss // KiB on Linux; inflated, see timeBin
		}
	}
	return 0
}
