package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// result is what one row measured.
type result struct {
	median  time.Duration
	cpu     time.Duration // mean user+system time: what the process itself cost, less sensitive to a busy machine
	runs    int
	peakKiB int64  // peak resident set size of the child, KiB
	tool    string // hyperfine, or "loop" when it is missing
	note    string // "not built yet", or why the row could not run
	ok      bool   // an acceptance check passed (rows without a budget)
	// memBudget is a memory budget (MiB) the row computed for itself.
	memBudget int64
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

// measure times a process: hyperfine when installed (warm-up runs, then
// runs), else a plain loop of the same count. Peak RSS comes from three
// runs of our own under GNU time, which also warm the caches.
func measure(p process, warmup, runs int, hyperfine string) (result, error) {
	var r result
	for i := 0; i < 3; i++ {
		_, rss, out, err := p.exec(true)
		if err != nil {
			return r, fmt.Errorf("%s: %v: %s", strings.Join(p.args, " "), err, firstLine(out))
		}
		r.peakKiB = max(r.peakKiB, rss)
	}
	if hyperfine != "" && p.prepare == nil {
		med, cpu, n, err := runHyperfine(p, warmup, runs, hyperfine)
		if err == nil {
			r.median, r.cpu, r.runs, r.tool = med, cpu, n, "hyperfine"
			return r, nil
		}
		fmt.Fprintf(os.Stderr, "debrief-bench: hyperfine failed (%v); timing in a loop\n", err)
	}
	// The loop: the 3 runs above were the warm-up.
	var times []time.Duration
	var cpu time.Duration
	for range runs {
		took, _, _, err := p.run()
		if err != nil {
			return r, err
		}
		times = append(times, took)
		cpu += lastCPU
	}
	r.median, r.runs, r.tool = median(times), len(times), "loop"
	if runs > 0 {
		r.cpu = cpu / time.Duration(runs)
	}
	return r, nil
}

func runHyperfine(p process, warmup, runs int, bin string) (med, cpu time.Duration, n int, err error) {
	out := filepath.Join(os.TempDir(), fmt.Sprintf("debrief-bench-%d.json", os.Getpid()))
	defer os.Remove(out)
	args := []string{"-N", "--style", "none", "--warmup", fmt.Sprint(warmup), "--runs", fmt.Sprint(runs), "--export-json", out}
	if p.wantErr {
		args = append(args, "--ignore-failure")
	}
	args = append(args, "--", shellWords(p.args))
	c := exec.Command(bin, args...)
	c.Dir, c.Env = p.dir, p.env
	if msg, err := c.CombinedOutput(); err != nil {
		return 0, 0, 0, fmt.Errorf("%v: %s", err, firstLine(msg))
	}
	data, err := os.ReadFile(out)
	if err != nil {
		return 0, 0, 0, err
	}
	var rep struct {
		Results []struct {
			Median float64   `json:"median"`
			User   float64   `json:"user"`
			System float64   `json:"system"`
			Times  []float64 `json:"times"`
		} `json:"results"`
	}
	if err := json.Unmarshal(data, &rep); err != nil || len(rep.Results) != 1 {
		return 0, 0, 0, fmt.Errorf("unreadable hyperfine report: %v", err)
	}
	res := rep.Results[0]
	sec := func(v float64) time.Duration { return time.Duration(v * float64(time.Second)) }
	return sec(res.Median), sec(res.User + res.System), len(res.Times), nil
}

// shellWords quotes arguments for hyperfine's -N splitting.
func shellWords(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
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
