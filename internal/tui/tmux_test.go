package tui

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// tmuxRun is the real binary in a real terminal (tmux, 100×30, a Chinese
// locale): typing Chinese, closing the terminal in the middle, coming back.
type tmuxRun struct {
	t       *testing.T
	socket  string
	bin     string
	env     []string
	session string
}

func (r *tmuxRun) tmux(args ...string) string {
	r.t.Helper()
	cmd := exec.Command("tmux", append([]string{"-u", "-L", r.socket}, args...)...)
	cmd.Env = r.env
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func (r *tmuxRun) start(name string, args ...string) {
	r.session = name
	// exec: the pane's process is debrief itself, so signals reach it.
	line := "exec " + strings.Join(append([]string{r.bin}, args...), " ")
	r.tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", line)
}

func (r *tmuxRun) keys(keys ...string) {
	r.tmux(append([]string{"send-keys", "-t", r.session}, keys...)...)
	time.Sleep(80 * time.Millisecond)
}

func (r *tmuxRun) text(s string) {
	r.tmux("send-keys", "-t", r.session, "-l", s)
	time.Sleep(80 * time.Millisecond)
}

func (r *tmuxRun) pane() string { return r.tmux("capture-pane", "-p", "-t", r.session) }

func (r *tmuxRun) waitFor(text string) string {
	r.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	var last string
	for time.Now().Before(deadline) {
		last = r.pane()
		if strings.Contains(last, text) {
			return last
		}
		time.Sleep(50 * time.Millisecond)
	}
	r.t.Fatalf("the pane never showed %q:\n%s", text, last)
	return ""
}

func (r *tmuxRun) debrief(args ...string) string {
	r.t.Helper()
	cmd := exec.Command(r.bin, args...)
	cmd.Env = r.env
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("debrief %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func TestRealBinaryInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "debrief")
	build := exec.Command("go", "build", "-o", bin, "../../cmd/debrief")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	r := &tmuxRun{t: t, socket: fmt.Sprintf("debrief-test-%d", os.Getpid()), bin: bin, env: []string{
		"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "TERM=xterm-256color",
		"XDG_DATA_HOME=" + dir + "/data", "XDG_CONFIG_HOME=" + dir + "/config",
		// LANG picks Chinese for debrief; tmux -u does not depend on the
		// locale being installed.
		"LANG=zh_CN.UTF-8", "DEBRIEF_TODAY=2026-11-25",
		"TMUX_TMPDIR=" + dir,
	}}
	t.Cleanup(func() { exec.Command("tmux", "-L", r.socket, "kill-server").Run() })
	db := filepath.Join(dir, "data", "debrief", "journal.db")

	// 2026-11-25 is a Wednesday with no entry: debrief opens on the flow.
	r.start("one")
	r.waitFor("这个班次怎么样?")
	r.keys("Tab", "4", "NPage")
	r.waitFor("今天帮助用户的3件小事")
	r.text("帮阿姨找回了订单")
	r.keys("Enter")
	r.text("耐心解释了“七天无理由”")
	r.keys("NPage", "NPage")
	r.waitFor("只有你自己看得到")
	r.text("今天被骂了半小时,很委屈")
	r.waitFor("今天被骂了半小时,很委屈")
	// Closing the terminal in the middle of the flow (SIGHUP).
	r.tmux("kill-session", "-t", "one")

	var dr journal.Draft
	deadline := time.Now().Add(10 * time.Second)
	for {
		var ok bool
		err := store.Read(db, store.Options{}, func(tx *store.Tx) error {
			var err error
			dr, ok, err = tx.Draft(journal.NewDate(2026, 11, 25))
			return err
		})
		if err == nil && ok && dr.Entry.Vent != "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no draft after the terminal closed: %+v %v", dr, err)
		}
		time.Sleep(50 * time.Millisecond)
	}

	// Starting again offers the draft, and the text is intact.
	r.start("two")
	r.waitFor("有一份没写完的复盘")
	r.keys("Enter")
	pane := r.waitFor("今天被骂了半小时,很委屈")
	t.Logf("after resuming:\n%s", pane)
	r.keys("PPage", "PPage")
	r.waitFor("耐心解释了“七天无理由”")
	r.keys("C-s")
	pane = r.waitFor("的复盘已保存")
	t.Logf("saved:\n%s", pane)
	r.keys("q")
	r.waitFor("今天(2026-11-25)的复盘已经写好了")
	r.keys("q")

	show := r.debrief("show", "2026-11-25")
	for _, want := range []string{"帮阿姨找回了订单", "耐心解释了“七天无理由”", "今天被骂了半小时,很委屈"} {
		if !strings.Contains(show, want) {
			t.Errorf("debrief show lacks %q:\n%s", want, show)
		}
	}
	// SIGTERM in the middle of another debrief keeps its draft too.
	r.start("three", "new", "--date", "2026-11-24")
	r.waitFor("这个班次怎么样?")
	r.keys("Tab", "2", "NPage")
	r.text("被投诉了,但我解释清楚了")
	r.waitFor("被投诉了,但我解释清楚了")
	pid := strings.TrimSpace(r.tmux("display-message", "-p", "-t", "three", "#{pane_pid}"))
	if comm, _ := os.ReadFile("/proc/" + pid + "/comm"); strings.TrimSpace(string(comm)) != "debrief" {
		t.Fatalf("pane process %s is %q, not debrief", pid, comm)
	}
	if out, err := exec.Command("kill", "-TERM", pid).CombinedOutput(); err != nil {
		t.Fatalf("kill: %v %s", err, out)
	}
	deadline = time.Now().Add(10 * time.Second)
	for {
		var ok bool
		err := store.Read(db, store.Options{}, func(tx *store.Tx) error {
			var err error
			dr, ok, err = tx.Draft(journal.NewDate(2026, 11, 24))
			return err
		})
		if err == nil && ok && len(dr.Entry.Helped) == 1 && dr.Entry.Helped[0] == "被投诉了,但我解释清楚了" && dr.Entry.Mood == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no draft after SIGTERM: %+v %v", dr, err)
		}
		time.Sleep(50 * time.Millisecond)
	}

	list := r.debrief("list", "--json")
	if !strings.Contains(list, `"mood": 4`) || !strings.Contains(list, "帮阿姨找回了订单") {
		t.Errorf("list --json:\n%s", list)
	}
}
