package cli

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// A save waiting for the lock while another process renames a new file
// over the journal (restore, a compaction) lands in the new file: bbolt
// locks the open file, not the name, so without the check every open makes
// the waiter would lock the old, unlinked file, save there and say "Noted".
func TestASaveWaitingForTheLockFollowsARename(t *testing.T) {
	h := newHome(t)
	if o := h.run(t, "jot", "before"); o.code != 0 {
		t.Fatal(o.stderr)
	}
	// The file that will replace the journal: a copy with one more jot.
	repl := filepath.Join(filepath.Dir(h.db()), "replacement.db")
	data, _ := os.ReadFile(h.db())
	if err := os.WriteFile(repl, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := store.Write(repl, store.Options{}, func(tx *store.Tx) error {
		return tx.AddJot(20261125, &journal.Jot{At: time.Now(), Text: "in the replacement"})
	}); err != nil {
		t.Fatal(err)
	}

	// The holder reads (a shared lock): the jot's read-only look at the
	// file passes, and its open for writing waits for the lock.
	hold := h.command(t, "debrief-hold")
	hold.Env = append(hold.Env, "DEBRIEF_DB="+h.db(), "DEBRIEF_HOLD_READ=1")
	in, _ := hold.StdinPipe()
	out, _ := hold.StdoutPipe()
	if err := hold.Start(); err != nil {
		t.Fatal(err)
	}
	if line, _ := bufio.NewReader(out).ReadString('\n'); line != "held\n" {
		t.Fatalf("holder: %q", line)
	}
	jot := h.command(t, "debrief", "jot", "waited for the lock")
	var jotOut strings.Builder
	jot.Stdout, jot.Stderr = &jotOut, &jotOut
	if err := jot.Start(); err != nil {
		t.Fatal(err)
	}
	// Once the jot has the journal open for writing, it is waiting for
	// the lock.
	if !waitForOpen(jot.Process.Pid, h.db(), 5*time.Second) {
		in.Close()
		hold.Wait()
		jot.Wait()
		t.Fatalf("the jot never opened the journal: %s", jotOut.String())
	}
	old := filepath.Join(h.dir, "old-inode.db")
	if err := os.Link(h.db(), old); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(repl, h.db()); err != nil {
		t.Fatal(err)
	}
	in.Close() // the holder lets go of the old file
	hold.Wait()
	if err := jot.Wait(); err != nil || !strings.Contains(jotOut.String(), "waited for the lock") {
		t.Fatalf("jot: %v %s", err, jotOut.String())
	}
	inNew := jotTexts(t, h.db())
	if !strings.Contains(inNew, "waited for the lock") || !strings.Contains(inNew, "in the replacement") {
		t.Errorf("the acknowledged jot is not in the journal: %s", inNew)
	}
	if inOld := jotTexts(t, old); strings.Contains(inOld, "waited for the lock") {
		t.Errorf("the jot went into the replaced file: %s", inOld)
	}
}

// waitForOpen polls /proc until process pid has path open for writing.
func waitForOpen(pid int, path string, limit time.Duration) bool {
	dir := filepath.Join("/proc", strconv.Itoa(pid))
	for end := time.Now().Add(limit); time.Now().Before(end); time.Sleep(2 * time.Millisecond) {
		ents, _ := os.ReadDir(filepath.Join(dir, "fd"))
		for _, e := range ents {
			if target, err := os.Readlink(filepath.Join(dir, "fd", e.Name())); err != nil || target != path {
				continue
			}
			info, _ := os.ReadFile(filepath.Join(dir, "fdinfo", e.Name()))
			for _, line := range strings.Split(string(info), "\n") {
				// flags are octal; the low two bits 2 mean O_RDWR.
				if f, ok := strings.CutPrefix(line, "flags:"); ok {
					if v, err := strconv.ParseUint(strings.TrimSpace(f), 8, 64); err == nil && v&3 == 2 {
						return true
					}
				}
			}
		}
	}
	return false
}

func jotTexts(t *testing.T, path string) string {
	t.Helper()
	var texts []string
	err := store.Read(path, store.Options{}, func(tx *store.Tx) error {
		jots, err := tx.Jots(20261125)
		for _, j := range jots {
			texts = append(texts, j.Text)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(texts, " | ")
}
