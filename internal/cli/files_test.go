package cli

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runGuarded runs debrief and kills it if it has not finished after a
// generous limit: what is tested is that it never hangs, not how fast it
// is (the machine is shared).
func (h *home) runGuarded(t *testing.T, args ...string) outcome {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	exe, _ := os.Executable()
	c := exec.CommandContext(ctx, exe)
	c.Args = append([]string{"debrief"}, args...)
	c.Env = h.env
	var out, errb bytes.Buffer
	c.Stdout, c.Stderr = &out, &errb
	err := c.Run()
	if ctx.Err() != nil {
		t.Fatalf("debrief %v hung", args)
	}
	o := outcome{stdout: out.String(), stderr: errb.String()}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		o.code = ee.ExitCode()
	}
	return o
}

// goodJournal makes a journal file elsewhere, to restore from.
func goodJournal(t *testing.T, h *home) string {
	t.Helper()
	p := filepath.Join(h.dir, "good.db")
	if o := h.run(t, "--db", p, "off", "2026-11-20"); o.code != 0 {
		t.Fatal(o.stderr)
	}
	return p
}

// Every command that opens the journal, check and restore included.
func journalCommands(good string) [][]string {
	return [][]string{{"check"}, {"list"}, {"show"}, {"stats"}, {"jot", "一条"}, {"off", "2026-11-21"},
		{"backup", "-o", "-"}, {"backup", "--salvage", "-o", "-"}, {"restore", good}}
}

// A FIFO, a socket, a device or a directory where the journal should be
// is refused at once by every command, never opened (a FIFO would block
// for ever), and left as it was.
func TestFilesThatAreNotJournals(t *testing.T) {
	t.Parallel() // waits on processes and fsync; its own home, no shared state
	kinds := map[string]func(t *testing.T, path string){
		"fifo": func(t *testing.T, path string) {
			if err := syscall.Mkfifo(path, 0o600); err != nil {
				t.Skip(err)
			}
		},
		"socket": func(t *testing.T, path string) {
			l, err := net.Listen("unix", path)
			if err != nil {
				t.Skip(err)
			}
			t.Cleanup(func() { l.Close() })
		},
		"directory": func(t *testing.T, path string) { os.Mkdir(path, 0o700) },
	}
	for name, make := range kinds {
		t.Run(name, func(t *testing.T) {
			h := newHome(t)
			good := goodJournal(t, h)
			os.MkdirAll(filepath.Dir(h.db()), 0o700)
			make(t, h.db())
			before, _ := os.Lstat(h.db())
			commands := journalCommands(good)
			if name != "fifo" { // the FIFO is the one that could block: every command for it
				commands = [][]string{{"check"}, {"jot", "一条"}, {"restore", good}}
			}
			for _, args := range commands {
				o := h.runGuarded(t, args...)
				if o.code != 1 || !strings.Contains(o.stderr, "is not a debrief journal") {
					t.Errorf("%v: exit %d %s%s", args, o.code, o.stdout, o.stderr)
				}
			}
			after, err := os.Lstat(h.db())
			if err != nil || after.Mode() != before.Mode() {
				t.Errorf("the %s was changed: %v", name, err)
			}
		})
	}
	t.Run("device", func(t *testing.T) {
		h := newHome(t)
		for _, args := range [][]string{{"check"}, {"list"}, {"jot", "一条"}} {
			o := h.runGuarded(t, append([]string{"--db", "/dev/null"}, args...)...)
			if o.code != 1 || !strings.Contains(o.stderr, "is not a debrief journal") {
				t.Errorf("%v: exit %d %s", args, o.code, o.stderr)
			}
		}
	})
}

// A journal path that is a symbolic link to nothing gets one message from
// every command, and nothing is created at the link's target.
func TestADanglingLinkSaysOneThing(t *testing.T) {
	h := newHome(t)
	good := goodJournal(t, h)
	os.MkdirAll(filepath.Dir(h.db()), 0o700)
	target := filepath.Join(h.dir, "moved", "journal.db")
	os.MkdirAll(filepath.Dir(target), 0o700)
	if err := os.Symlink(target, h.db()); err != nil {
		t.Fatal(err)
	}
	want := "debrief: the journal path " + h.db() + " is a symbolic link to a file that does not exist (" + target + "); fix the link or give the journal with --db\n"
	for _, args := range journalCommands(good) {
		if o := h.runGuarded(t, args...); o.code != 1 || o.stderr != want {
			t.Errorf("%v: exit %d\n%s", args, o.code, o.stderr)
		}
	}
	if _, err := os.Stat(target); !errors.Is(err, fs.ErrNotExist) {
		t.Error("a journal was created at the link's target")
	}
	h.env = append(h.env, "LANG=zh_CN.UTF-8")
	if o := h.runGuarded(t, "list"); !strings.Contains(o.stderr, "是一个指向不存在文件") {
		t.Errorf("zh: %s", o.stderr)
	}
}

// On a read-only file system the journal reads and checks; a save says
// "read-only", never "damaged". (Needs a read-only bind mount: root.)
func TestAReadOnlyFileSystemIsNotDamage(t *testing.T) {
	h := newHome(t)
	if o := h.run(t, "jot", "写在只读之前"); o.code != 0 {
		t.Fatal(o.stderr)
	}
	dir := filepath.Dir(h.db())
	if err := syscall.Mount(dir, dir, "", syscall.MS_BIND, ""); err != nil {
		t.Skipf("no bind mount here: %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	if err := syscall.Mount("", dir, "", syscall.MS_BIND|syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
		t.Skipf("no read-only remount here: %v", err)
	}
	if o := h.runGuarded(t, "check"); o.code != 0 {
		t.Errorf("check on a read-only file system: exit %d %s%s", o.code, o.stdout, o.stderr)
	}
	if o := h.runGuarded(t, "show"); o.code != 0 {
		t.Errorf("show: exit %d %s", o.code, o.stderr)
	}
	want := "debrief: the journal " + h.db() + " is on a read-only file system: it can be read but not saved; the journal itself is fine\n"
	for _, args := range [][]string{{"jot", "再记一条"}, {"off", "2026-11-21"}} {
		if o := h.runGuarded(t, args...); o.code != 1 || o.stderr != want {
			t.Errorf("%v: exit %d %q", args, o.code, o.stderr)
		}
	}
	h.env = append(h.env, "LANG=zh_CN.UTF-8")
	if o := h.runGuarded(t, "jot", "再记一条"); !strings.Contains(o.stderr, "只读的文件系统") || strings.Contains(o.stderr, "损坏") {
		t.Errorf("zh: %s", o.stderr)
	}
}
