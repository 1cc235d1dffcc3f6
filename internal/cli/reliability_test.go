package cli

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	bolt "go.etcd.io/bbolt"
)

// These tests run debrief as real processes (the test binary started as
// "debrief", see TestMain), because what they check only exists between
// processes: SIGKILL mid-save, two writers, a fault on a damaged file.

// helpers registered in TestMain beside "debrief".
var helpers = map[string]func(){
	"debrief-writer": writerLoop,
	"debrief-hold":   holdJournal,
}

// home is a private XDG home for one test.
type home struct {
	dir string
	env []string
}

func newHome(t *testing.T) *home {
	t.Helper()
	dir := t.TempDir()
	h := &home{dir: dir}
	h.env = []string{
		"HOME=" + dir,
		"XDG_DATA_HOME=" + filepath.Join(dir, "data"),
		"XDG_CONFIG_HOME=" + filepath.Join(dir, "config"),
		"DEBRIEF_TODAY=2026-11-25",
		"LANG=en_US.UTF-8",
		"NO_COLOR=1",
		"PATH=" + os.Getenv("PATH"),
		// Under -race every process would sleep 1 s at exit by default.
		"GORACE=atexit_sleep_ms=0",
	}
	h.env = append(h.env, coverDir()...)
	return h
}

// coverDir passes go test -cover's directory to the children (this test
// binary started as debrief): they write their coverage there, beside
// the test's own, instead of warning on stderr that GOCOVERDIR is unset,
// which would break every one-line assertion.
func coverDir() []string {
	if dir := os.Getenv("GOCOVERDIR"); dir != "" {
		return []string{"GOCOVERDIR=" + dir}
	}
	if f := flag.Lookup("test.gocoverdir"); f != nil && f.Value.String() != "" {
		return []string{"GOCOVERDIR=" + f.Value.String()}
	}
	return nil
}

func (h *home) db() string      { return filepath.Join(h.dir, "data", "debrief", "journal.db") }
func (h *home) backups() string { return filepath.Join(h.dir, "data", "debrief", "backups") }

// command starts this test binary as the named program.
func (h *home) command(t *testing.T, name string, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	c := exec.Command(exe)
	c.Args = append([]string{name}, args...)
	c.Env = h.env
	return c
}

// outcome of one debrief process.
type outcome struct {
	code           int
	signal         string // set when the process died of a signal
	stdout, stderr string
	took           time.Duration
}

func (h *home) run(t *testing.T, args ...string) outcome {
	t.Helper()
	c := h.command(t, "debrief", args...)
	var out, errb bytes.Buffer
	c.Stdout, c.Stderr = &out, &errb
	start := time.Now()
	err := c.Run()
	o := outcome{stdout: out.String(), stderr: errb.String(), took: time.Since(start)}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			o.signal = ws.Signal().String()
		}
		o.code = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return o
}

// writerLoop is "debrief-writer RUN": it saves in a loop through the real
// command code, alternating `debrief jot` and `debrief import` of a
// one-entry archive, and prints "ack jot TEXT" or "ack entry DATE TEXT"
// only after the command returned success (the commit is on disk); a
// refused save prints "fail MESSAGE". With a count it stops after that
// many saves.
func writerLoop() {
	run, _ := strconv.Atoi(os.Args[1])
	count := -1
	if len(os.Args) > 2 {
		count, _ = strconv.Atoi(os.Args[2])
	}
	tmp, err := os.MkdirTemp("", "debrief-writer-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(tmp)
	for k := 0; count < 0 || k < count; k++ {
		// jot trims its text: the acknowledged text is the saved text.
		text := strings.TrimSpace(fmt.Sprintf("r%d-k%d 今天被骂了三次 %s", run, k, strings.Repeat("累", k%40)))
		var args []string
		var ack string
		if k%2 == 0 {
			args, ack = []string{"jot", text}, "ack jot "+text
		} else {
			d := journal.Date(20000101).AddDays(run*2000 + k)
			a := &archive.Archive{Format: archive.Format, Version: archive.Version, ExportedAt: time.Now(),
				Entries: []journal.Entry{{ShiftDate: d, Shift: "night", Mood: 2, Vent: text, Helped: []string{"帮顾客改地址", text}}}}
			f := filepath.Join(tmp, "one.json")
			var b bytes.Buffer
			archive.Encode(&b, a)
			os.WriteFile(f, b.Bytes(), 0o600)
			args, ack = []string{"import", f}, "ack entry "+d.String()+" "+text
		}
		// Every save is on a new day of the clock, so every save also makes
		// the daily backup: kills land in snapshots too.
		day := time.Date(2026, 1, 1, 21, 0, 0, 0, time.UTC).AddDate(0, 0, run*1000+k)
		var errb bytes.Buffer
		if Run(args, os.Stdin, io.Discard, &errb, os.Getenv, func() time.Time { return day }) == 0 {
			fmt.Println(ack)
		} else {
			fmt.Println("fail " + strings.TrimSpace(errb.String()))
		}
	}
}

// holdJournal is "debrief-hold": it keeps the journal open for writing,
// as a long save would, until its stdin closes (for reading, a shared
// lock, with DEBRIEF_HOLD_READ=1).
func holdJournal() {
	open := store.Open
	if os.Getenv("DEBRIEF_HOLD_READ") == "1" {
		open = store.OpenReadOnly
	}
	j, err := open(os.Getenv("DEBRIEF_DB"), store.Options{})
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	fmt.Println("held")
	io.Copy(io.Discard, os.Stdin)
	j.Close()
}

// acks reads a writer's acknowledged saves.
type acks struct {
	jots    []string
	entries map[journal.Date]string
	fails   []string
}

func readAcks(t *testing.T, out string) acks {
	t.Helper()
	a := acks{entries: map[journal.Date]string{}}
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(line, "ack jot "):
			a.jots = append(a.jots, strings.TrimPrefix(line, "ack jot "))
		case strings.HasPrefix(line, "ack entry "):
			rest := strings.TrimPrefix(line, "ack entry ")
			d, err := journal.ParseDate(rest[:10])
			if err != nil {
				t.Fatalf("bad ack %q", line)
			}
			a.entries[d] = rest[11:]
		case strings.HasPrefix(line, "fail "):
			a.fails = append(a.fails, strings.TrimPrefix(line, "fail "))
		}
	}
	return a
}

// verify checks that every acknowledged save is in the journal, intact.
func verify(t *testing.T, db string, all acks) {
	t.Helper()
	err := store.Read(db, store.Options{}, func(tx *store.Tx) error {
		dr, _, err := tx.Draft(20261125)
		if err != nil {
			return err
		}
		have := map[string]bool{}
		for _, j := range dr.Jots {
			have[j.Text] = true
		}
		for _, text := range all.jots {
			if !have[text] {
				t.Errorf("acknowledged jot lost: %q", text)
			}
		}
		for d, text := range all.entries {
			e, ok, err := tx.Entry(d)
			if err != nil || !ok || e.Vent != text || len(e.Helped) != 2 || e.Helped[1] != text {
				t.Errorf("acknowledged entry %s lost or changed: ok=%v err=%v vent=%q", d, ok, err, e.Vent)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("journal unreadable: %v", err)
	}
}

// TestKilledWhileSavingLosesNothingAcknowledged SIGKILLs a writer at random
// moments, 60 times. After each kill the journal opens, `debrief check`
// passes, and every save the writer acknowledged is there, word for word.
func TestKilledWhileSavingLosesNothingAcknowledged(t *testing.T) {
	t.Parallel() // waits on processes and fsync; its own home, no shared state
	h := newHome(t)
	if o := h.run(t, "jot", "first"); o.code != 0 {
		t.Fatalf("setup: %+v", o)
	}
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 6))
	const kills = 60
	var all acks
	all.entries = map[journal.Date]string{}
	killedMidway, backups := 0, 0
	for i := range kills {
		c := h.command(t, "debrief-writer", strconv.Itoa(i))
		out, err := c.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var errb bytes.Buffer
		c.Stderr = &errb
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait for the first acknowledged save so the kill lands among
		// saves, then a random moment more.
		sc := bufio.NewScanner(out)
		var lines []string
		if sc.Scan() {
			lines = append(lines, sc.Text())
		}
		time.Sleep(time.Duration(r.IntN(40_000)) * time.Microsecond)
		c.Process.Signal(syscall.SIGKILL)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		err = c.Wait()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
			t.Fatalf("kill %d: writer ended with %v before the kill; stderr %s", i, err, errb.String())
		}
		killedMidway++
		got := readAcks(t, strings.Join(lines, "\n"))
		if len(got.fails) > 0 {
			t.Errorf("kill %d: a save failed: %v", i, got.fails)
		}
		all.jots = append(all.jots, got.jots...)
		for d, text := range got.entries {
			all.entries[d] = text
		}
		if o := h.run(t, "check"); o.code != 0 || !strings.Contains(o.stdout, "is sound") {
			t.Fatalf("kill %d: check failed: %+v", i, o)
		}
		verify(t, h.db(), all)
		// A kill during a backup never leaves a bad copy as a backup.
		list, _ := store.Backups(h.db(), store.Options{})
		for _, b := range list {
			if problems := store.CheckFile(b.Path); len(problems) > 0 {
				t.Errorf("kill %d: backup %s is damaged: %v", i, b.Name, problems)
			}
		}
		backups = max(backups, len(list))
		if t.Failed() {
			t.Fatalf("kill %d: stopping", i)
		}
	}
	if killedMidway < 50 || len(all.jots)+len(all.entries) < kills {
		t.Errorf("%d kills, %d acknowledged saves: the test did not test much", killedMidway, len(all.jots)+len(all.entries))
	}
	if backups < 3 {
		t.Errorf("only %d daily backups seen: the kills did not meet backups", backups)
	}
	t.Logf("%d kills, %d acknowledged jots and %d entries, all intact; every daily backup sound", killedMidway, len(all.jots), len(all.entries))
}

// TestTwoWritersAtOnce runs two writers on one journal at the same time:
// each save either finishes or fails with the lock message, and every
// acknowledged save is there.
func TestTwoWritersAtOnce(t *testing.T) {
	t.Parallel() // waits on processes and fsync; its own home, no shared state
	h := newHome(t)
	h.run(t, "jot", "first")
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for w := range 2 {
		c := h.command(t, "debrief-writer", strconv.Itoa(100+w), "40")
		var out bytes.Buffer
		c.Stdout, c.Stderr = &out, &out
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, outs = append(cmds, c), append(outs, &out)
	}
	var all acks
	all.entries = map[journal.Date]string{}
	for w, c := range cmds {
		done := make(chan error, 1)
		go func() { done <- c.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("writer %d: %v: %s", w, err, outs[w])
			}
		case <-time.After(2 * time.Minute):
			c.Process.Kill()
			t.Fatalf("writer %d hung", w)
		}
		got := readAcks(t, outs[w].String())
		for _, f := range got.fails {
			if f != "debrief: the journal is in use by another debrief; close it and try again" {
				t.Errorf("writer %d: unclear failure %q", w, f)
			}
		}
		if n := len(got.jots) + len(got.entries) + len(got.fails); n != 40 {
			t.Errorf("writer %d: %d saves accounted for, want 40", w, n)
		}
		all.jots = append(all.jots, got.jots...)
		for d, text := range got.entries {
			all.entries[d] = text
		}
		t.Logf("writer %d: %d saved, %d refused (lock)", w, len(got.jots)+len(got.entries), len(got.fails))
	}
	if len(all.jots)+len(all.entries) < 40 {
		t.Errorf("only %d of 80 saves went through", len(all.jots)+len(all.entries))
	}
	verify(t, h.db(), all)
	if o := h.run(t, "check"); o.code != 0 {
		t.Errorf("check: %+v", o)
	}
}

// TestLockedJournalFailsFastInASecondProcess: one process holds the
// journal; a writer and a reader in another process fail within 2 s with
// the message that says why, and the held journal is untouched.
func TestLockedJournalFailsFastInASecondProcess(t *testing.T) {
	h := newHome(t)
	h.run(t, "jot", "first")
	hold := h.command(t, "debrief-hold")
	hold.Env = append(hold.Env, "DEBRIEF_DB="+h.db())
	in, _ := hold.StdinPipe()
	out, _ := hold.StdoutPipe()
	if err := hold.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { in.Close(); hold.Wait() }()
	line, _ := bufio.NewReader(out).ReadString('\n')
	if line != "held\n" {
		t.Fatalf("holder: %q", line)
	}
	before, _ := os.ReadFile(h.db())
	for _, args := range [][]string{{"jot", "while locked"}, {"list"}} {
		o := h.run(t, args...)
		// Not hanging is what is tested here (a hang would wait for ever);
		// how fast the refusal comes is make bench's to time, not a test's
		// on a shared machine (2.2 s under -race at load 28).
		if o.code != 1 || o.took > 20*time.Second || o.stderr != "debrief: the journal is in use by another debrief; close it and try again\n" {
			t.Errorf("%v: exit %d after %v, stderr %q", args, o.code, o.took, o.stderr)
		}
		t.Logf("%v refused after %v", args, o.took.Round(time.Millisecond))
	}
	if after, _ := os.ReadFile(h.db()); !bytes.Equal(before, after) {
		t.Error("the held journal changed")
	}
}

// TestDamagedJournalsNameTheNewestGoodBackup damages the journal every way
// a disk or a person can: each time debrief exits 1 (never a signal or a
// panic), says so in one line naming the newest good backup and the
// restore command, and leaves the file byte for byte as it was.
func TestDamagedJournalsNameTheNewestGoodBackup(t *testing.T) {
	t.Parallel() // waits on processes and fsync; its own home, no shared state
	h := newHome(t)
	for i := range 200 {
		d := journal.Date(20260101).AddDays(i)
		e := journal.Entry{ShiftDate: d, Mood: 3, Vent: "累 " + d.String(), Helped: []string{"帮顾客改地址"}}
		if err := store.Write(h.db(), store.Options{}, func(tx *store.Tx) error { return tx.PutEntry(&e, false) }); err != nil {
			t.Fatal(err)
		}
	}
	good, _ := os.ReadFile(h.db())
	// Backups: a good one of the 24th, and a newer one of the 25th that
	// is itself damaged: the message must skip it.
	j, err := store.OpenReadOnly(h.db(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	goodBackup := filepath.Join(h.backups(), "journal-2026-11-24.db")
	if err := j.Snapshot(goodBackup); err != nil {
		t.Fatal(err)
	}
	j.Close()
	badBackup := filepath.Join(h.backups(), "journal-2026-11-25.db")
	os.WriteFile(badBackup, good[:len(good)/3], 0o600)
	os.Chtimes(goodBackup, time.Now().Add(-24*time.Hour), time.Now().Add(-24*time.Hour))
	committed := committedSize(t, h.db())

	meta := func(b []byte, page int) { b[page*4096+40] ^= 0xff }
	rnd := rand.New(rand.NewPCG(7, 7))
	noise := make([]byte, 64<<10)
	for i := range noise {
		noise[i] = byte(rnd.Uint32())
	}
	cases := []struct {
		name string
		file func() []byte
		want string // in the one line
	}{
		{"truncated to 100 bytes", func() []byte { return good[:100] }, "not a debrief journal"},
		{"truncated to one page", func() []byte { return good[:4096] }, "is damaged"},
		{"truncated to 3 pages", func() []byte { return good[:12288] }, "is damaged"},
		{"truncated to half", func() []byte { return good[:committed/2] }, "is damaged"},
		{"random bytes", func() []byte { return noise }, "not a debrief journal"},
		{"both meta pages damaged", func() []byte { b := bytes.Clone(good); meta(b, 0); meta(b, 1); return b }, "is damaged"},
		{"foreign bbolt file", func() []byte { return foreignBolt(t) }, "not a debrief journal"},
		{"newer schema", func() []byte { return newerSchema(t, good) }, "newer debrief"},
	}
	for _, c := range cases {
		data := c.file()
		if err := os.WriteFile(h.db(), data, 0o600); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"jot", "hello"}, {"off", "2026-11-20"}, {"list"}, {"show"}} {
			if c.name == "newer schema" && (args[0] == "list" || args[0] == "show") {
				continue // reading a newer journal is allowed
			}
			o := h.run(t, args...)
			lines := strings.Split(strings.TrimRight(o.stderr, "\n"), "\n")
			switch {
			case o.signal != "":
				t.Errorf("%s, %v: died of %s", c.name, args, o.signal)
			case o.code != 1:
				t.Errorf("%s, %v: exit %d, want 1 (stderr %q)", c.name, args, o.code, o.stderr)
			case len(lines) != 1 || strings.Contains(o.stderr, "panic") || strings.Contains(o.stderr, "goroutine"):
				t.Errorf("%s, %v: want one line, got %q", c.name, args, o.stderr)
			case !strings.Contains(lines[0], c.want) ||
				!strings.Contains(lines[0], "the newest good backup is journal-2026-11-24.db") ||
				!strings.Contains(lines[0], "debrief restore journal-2026-11-24.db"):
				t.Errorf("%s, %v: the line does not say %q and name the good backup: %q", c.name, args, c.want, lines[0])
			}
			if after, _ := os.ReadFile(h.db()); !bytes.Equal(after, data) {
				t.Fatalf("%s, %v: the damaged file was changed", c.name, args)
			}
		}
	}

	// Bit flips inside data pages are not checksummed by bbolt: whatever a
	// flip does, debrief never crashes, and says at most one line.
	for seed := range 30 {
		b := bytes.Clone(good)
		fr := rand.New(rand.NewPCG(uint64(seed), 99))
		for range 8 {
			i := 2*4096 + fr.IntN(int(committed)-2*4096)
			b[i] ^= byte(1 << fr.IntN(8))
		}
		os.WriteFile(h.db(), b, 0o600)
		for _, args := range [][]string{{"list"}, {"show", "2026-03-01"}, {"check"}, {"jot", "x"}} {
			o := h.run(t, args...)
			if o.signal != "" || strings.Contains(o.stderr, "goroutine ") || (o.code != 0 && o.code != 1) {
				t.Errorf("bit flips %d, %v: exit %d signal %q stderr %q", seed, args, o.code, o.signal, o.stderr)
			}
		}
	}

	// One damaged meta page: debrief opens at the commit before, and works.
	b := bytes.Clone(good)
	newest := 0
	if metaTxid(b, 1) > metaTxid(b, 0) {
		newest = 1
	}
	meta(b, newest)
	os.WriteFile(h.db(), b, 0o600)
	if o := h.run(t, "check"); o.code != 0 {
		t.Errorf("one meta page damaged: check %+v", o)
	}
	if o := h.run(t, "show", "2026-01-05"); o.code != 0 || !strings.Contains(o.stdout, "累 2026-01-05") {
		t.Errorf("one meta page damaged: show %+v", o)
	}

	// The restore command puts the good backup back.
	os.WriteFile(h.db(), good[:12288], 0o600)
	o := h.run(t, "restore", "journal-2026-11-24.db")
	if o.code != 0 || !strings.Contains(o.stdout, "200 entries") {
		t.Fatalf("restore: %+v", o)
	}
	if o := h.run(t, "show", "2026-07-19"); o.code != 0 || !strings.Contains(o.stdout, "累 2026-07-19") {
		t.Errorf("after restore: %+v", o)
	}
	list := h.run(t, "restore")
	if list.code != 0 || !strings.Contains(list.stdout, "journal-2026-11-24.db") || !strings.Contains(list.stdout, "damaged") ||
		!strings.Contains(list.stdout, "journal-before-restore-") {
		t.Errorf("restore list: %+v", list)
	}
}

func metaTxid(b []byte, page int) uint64 {
	off := page*4096 + 16 + 4 + 4 + 4 + 4 + 16 + 8 + 8
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[off+i])
	}
	return v
}

// foreignBolt is another program's bbolt database.
func foreignBolt(t *testing.T) []byte {
	t.Helper()
	p := filepath.Join(t.TempDir(), "other.db")
	db, err := bolt.Open(p, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		b, _ := tx.CreateBucket([]byte("users"))
		return b.Put([]byte("alice"), []byte("admin"))
	})
	db.Close()
	b, _ := os.ReadFile(p)
	return b
}

// newerSchema is the journal as a future debrief (schema + 1) left it.
func newerSchema(t *testing.T, good []byte) []byte {
	t.Helper()
	p := filepath.Join(t.TempDir(), "newer.db")
	os.WriteFile(p, good, 0o600)
	db, err := bolt.Open(p, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		v := store.SchemaVersion + 1
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)})
	})
	db.Close()
	b, _ := os.ReadFile(p)
	return b
}

// committedSize is how many bytes the last commit of the file needs.
func committedSize(t *testing.T, path string) int64 {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int64
	db.View(func(tx *bolt.Tx) error { n = tx.Size(); return nil })
	return n
}

// TestDiskFullThroughTheCommandLine: with the journal unable to grow (bbolt
// MaxSize stands for a full disk), an import fails with the one line that
// says so, nothing saved before is harmed, and the same import succeeds
// once there is room.
func TestDiskFullThroughTheCommandLine(t *testing.T) {
	h := newHome(t)
	getenv := func(k string) string {
		for _, kv := range h.env {
			if strings.HasPrefix(kv, k+"=") {
				return strings.TrimPrefix(kv, k+"=")
			}
		}
		return ""
	}
	run := func(args ...string) (int, string) {
		var out, errb bytes.Buffer
		code := Run(args, strings.NewReader(""), &out, &errb, getenv, time.Now)
		return code, out.String() + errb.String()
	}
	if code, out := run("jot", "今天的第一条:顾客催单"); code != 0 {
		t.Fatalf("setup: %s", out)
	}
	big := filepath.Join(h.dir, "big.json")
	a := &archive.Archive{Format: archive.Format, Version: archive.Version, ExportedAt: time.Now()}
	for i := range 400 {
		a.Entries = append(a.Entries, journal.Entry{ShiftDate: journal.Date(20250101).AddDays(i), Mood: 3,
			Vent: strings.Repeat("今天很累。", 200), Helped: []string{"帮顾客改地址"}})
	}
	var b bytes.Buffer
	archive.Encode(&b, a)
	os.WriteFile(big, b.Bytes(), 0o600)

	fi, _ := os.Stat(getenv("XDG_DATA_HOME") + "/debrief/journal.db")
	journalHook = func(j *day.Journal) { j.Options.MaxSize = int(fi.Size()) }
	code, out := run("import", big)
	journalHook = nil
	if code != 1 || strings.Count(out, "\n") != 1 ||
		out != "debrief: no space left to save; what was saved before is intact; free some space and try again\n" {
		t.Fatalf("full disk: exit %d, %q", code, out)
	}
	if problems := store.CheckFile(h.db()); len(problems) > 0 {
		t.Fatalf("check after the failed save: %v", problems)
	}
	store.Read(h.db(), store.Options{}, func(tx *store.Tx) error {
		dr, _, _ := tx.Draft(20261125)
		if tx.EntryCount() != 0 || len(dr.Jots) != 1 || dr.Jots[0].Text != "今天的第一条:顾客催单" {
			t.Errorf("after the failed import: %d entries, jots %+v", tx.EntryCount(), dr.Jots)
		}
		return nil
	})
	if code, out := run("import", big); code != 0 || !strings.Contains(out, "imported 400 entries") {
		t.Errorf("retry with room: exit %d, %q", code, out)
	}
}

// TestEditorLeftoversGoAtTheNextStart: the vent file of an editor session
// whose debrief was killed is removed by the next debrief, whatever it
// runs; the file of a debrief still running stays.
func TestEditorLeftoversGoAtTheNextStart(t *testing.T) {
	h := newHome(t)
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip("no true(1)")
	}
	tmp := filepath.Join(h.dir, "data", "debrief", "tmp")
	os.MkdirAll(tmp, 0o700)
	left := filepath.Join(tmp, fmt.Sprintf("edit-%d-123.txt", dead.Process.Pid))
	live := filepath.Join(tmp, fmt.Sprintf("edit-%d-456.txt", os.Getpid()))
	for _, p := range []string{left, live} {
		os.WriteFile(p, []byte("今天被骂了,很委屈"), 0o600)
	}
	if o := h.run(t, "--version"); o.code != 0 {
		t.Fatalf("%+v", o)
	}
	if _, err := os.Stat(left); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the leftover of a dead debrief is still there: %v", err)
	}
	if _, err := os.Stat(live); err != nil {
		t.Errorf("the file of a running debrief was removed: %v", err)
	}
}
