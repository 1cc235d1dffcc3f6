// Package tmux runs the real debrief binary in a real terminal (tmux) for
// tests: typing as a person types, reading what the pane shows, closing
// the terminal or signalling the process. Every terminal has its own tmux
// server on a private socket, so one test's server exiting never races the
// next one's start; every wait polls the pane instead of sleeping.
package tmux

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	buildDir  string
	built     string
	buildErr  error
	serial    atomic.Int64
)

// Binary builds cmd/debrief once per test binary and returns its path.
// pkg is the import path or relative directory of the main package.
func Binary(t testing.TB, pkg string) string {
	t.Helper()
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "debrief-bin-")
		if buildErr != nil {
			return
		}
		built = filepath.Join(buildDir, "debrief")
		out, err := exec.Command("go", "build", "-o", built, pkg).CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return built
}

// Cleanup removes the built binary; call it from TestMain after the run.
func Cleanup() {
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
}

// Skip skips the test when tmux cannot be used: -short, or not installed.
func Skip(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("short: no real terminal")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
}

// Term is one terminal running one program.
type Term struct {
	t      testing.TB
	socket string
	env    []string
	typed  time.Time // when Text last sent text
}

// keyGap is the least time between text and the next key. The app takes an
// enter or a tab that comes within 3 ms of text as part of the text (a
// paste without brackets), which no person types; a test's key after its
// text must be a key. (Waiting for the text on screen is surer still:
// then the app has read it.)
const keyGap = 20 * time.Millisecond

// Start opens a w×h terminal with env running argv (exec'd, so the
// program is the pane's process and signals reach it). The terminal is
// closed when the test ends.
func Start(t testing.TB, w, h int, env []string, argv ...string) *Term {
	t.Helper()
	dir := t.TempDir()
	tm := &Term{t: t, socket: filepath.Join(dir, fmt.Sprintf("tmux-%d-%d", os.Getpid(), serial.Add(1))),
		env: append(env[:len(env):len(env)], "TMUX_TMPDIR="+dir)}
	t.Cleanup(tm.close)
	tm.run("-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", strconv.Itoa(w), "-y", strconv.Itoa(h),
		"exec "+shellJoin(argv))
	return tm
}

func shellJoin(argv []string) string {
	q := make([]string, len(argv))
	for i, a := range argv {
		q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
}

func (tm *Term) cmd(args ...string) *exec.Cmd {
	c := exec.Command("tmux", append([]string{"-u", "-S", tm.socket}, args...)...)
	c.Env = tm.env
	return c
}

func (tm *Term) run(args ...string) string {
	tm.t.Helper()
	out, err := tm.cmd(args...).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// Keys sends keys by tmux's names ("Tab", "Enter", "NPage", "C-s", "4").
func (tm *Term) Keys(keys ...string) {
	tm.t.Helper()
	time.Sleep(time.Until(tm.typed.Add(keyGap)))
	tm.run(append([]string{"send-keys", "-t", "main"}, keys...)...)
}

// Text types s literally, unbracketed: as fast as tmux can, as a paste in
// a terminal without bracketed paste or an input method's burst arrives.
func (tm *Term) Text(s string) {
	tm.t.Helper()
	tm.run("send-keys", "-t", "main", "-l", s)
	tm.typed = time.Now()
}

// Paste pastes s as a terminal does with bracketed paste on.
func (tm *Term) Paste(s string) {
	tm.t.Helper()
	tm.run("set-buffer", "-b", "p", s)
	tm.run("paste-buffer", "-p", "-d", "-b", "p", "-t", "main")
}

// Record appends every byte the program writes to the terminal to path
// (tmux pipe-pane), for tests that check the raw output, not the screen.
func (tm *Term) Record(path string) {
	tm.t.Helper()
	tm.run("pipe-pane", "-o", "-t", "main", "cat >> '"+strings.ReplaceAll(path, "'", `'\''`)+"'")
}

// Capture is what the pane shows now.
func (tm *Term) Capture() string {
	tm.t.Helper()
	return tm.run("capture-pane", "-p", "-t", "main")
}

// deadline is how long a wait polls: generous, because the machine running
// the tests may be loaded many times over; a passing test never waits it out.
const deadline = 30 * time.Second

// WaitFor polls the pane until it shows every text, and returns it.
func (tm *Term) WaitFor(texts ...string) string {
	tm.t.Helper()
	return tm.wait(fmt.Sprintf("%q", texts), func(s string) bool {
		for _, text := range texts {
			if !strings.Contains(s, text) {
				return false
			}
		}
		return true
	})
}

// WaitGone polls the pane until it no longer shows text.
func (tm *Term) WaitGone(text string) string {
	tm.t.Helper()
	return tm.wait("no "+text, func(s string) bool { return !strings.Contains(s, text) })
}

// WaitStable polls until two captures in a row are the same.
func (tm *Term) WaitStable() string {
	tm.t.Helper()
	prev := tm.Capture()
	return tm.wait("a stable pane", func(s string) bool {
		same := s == prev
		prev = s
		return same
	})
}

func (tm *Term) wait(what string, ok func(string) bool) string {
	tm.t.Helper()
	end := time.Now().Add(deadline)
	var last string
	for {
		last = tm.Capture()
		if ok(last) {
			return last
		}
		if time.Now().After(end) {
			tm.t.Fatalf("the pane never showed %s:\n%s", what, last)
		}
		time.Sleep(30 * time.Millisecond)
	}
}

// Pid is the pane's process: the program itself.
func (tm *Term) Pid() int {
	tm.t.Helper()
	pid, err := strconv.Atoi(strings.TrimSpace(tm.run("display-message", "-p", "-t", "main", "#{pane_pid}")))
	if err != nil {
		tm.t.Fatal(err)
	}
	return pid
}

// Hangup closes the terminal: the program gets SIGHUP.
func (tm *Term) Hangup() {
	tm.t.Helper()
	tm.run("kill-session", "-t", "main")
}

// Signal sends sig to the program.
func (tm *Term) Signal(sig syscall.Signal) {
	tm.t.Helper()
	if err := syscall.Kill(tm.Pid(), sig); err != nil {
		tm.t.Fatal(err)
	}
}

// WaitExit polls until the program has ended (its terminal closes with
// it): a key that should leave the app did, and nothing hangs.
func (tm *Term) WaitExit() {
	tm.t.Helper()
	end := time.Now().Add(deadline)
	for tm.cmd("has-session", "-t", "main").Run() == nil {
		if time.Now().After(end) {
			tm.t.Fatalf("the program has not ended:\n%s", tm.Capture())
		}
		time.Sleep(30 * time.Millisecond)
	}
}

// close closes the terminal and waits for the program to be gone: on the
// hangup it saves its draft, and a file written after the test's end
// fails the removal of the test's directory ("directory not empty").
func (tm *Term) close() {
	pid := 0
	if out, err := tm.cmd("display-message", "-p", "-t", "main", "#{pane_pid}").Output(); err == nil {
		pid, _ = strconv.Atoi(strings.TrimSpace(string(out)))
	}
	_ = tm.cmd("kill-server").Run()
	for deadline := time.Now().Add(time.Minute); pid > 0 && running(pid) && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
}

// running reports whether pid is a process that has not exited (a zombie
// waiting to be reaped has exited).
func running(pid int) bool {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return syscall.Kill(pid, 0) == nil // no /proc: ask the kernel
	}
	if i := strings.LastIndexByte(string(stat), ')'); i >= 0 && i+2 < len(stat) {
		return stat[i+2] != 'Z'
	}
	return true
}
