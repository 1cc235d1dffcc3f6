// Command debrief-bench times whole debrief processes against the budgets
// of the performance issue and prints the table `make bench` shows and the
// README keeps: the median over several runs (hyperfine when installed, a
// plain loop otherwise), the peak resident memory of the process, and PASS
// or OVER. Commands that do not exist yet are reported as "not built yet".
//
// It generates its journals with internal/archive/gen (10 years ≈ 2,500
// shifts, 100 years ≈ 25,000) once into the cache directory, imports them
// with the binary under test, and keeps everything it writes there.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/safefile"
	"github.com/debrief-app/debrief/internal/store"
)

// end is the last day of the generated journals and "today" of every run.
const end = journal.Date(20261125)

type budget struct {
	name  string
	limit time.Duration // 0: an acceptance check without a time budget
	mem   int64         // MiB, 0 when the issue sets none, -1 when the row computes it
	run   func() (result, error)
}

func main() {
	bin := flag.String("bin", "bin/debrief", "the debrief binary to time")
	cache := flag.String("cache", ".bench", "directory for generated journals and scratch files")
	runs := flag.Int("runs", 10, "timed runs per command")
	warmup := flag.Int("warmup", 2, "untimed runs before timing")
	goBench := flag.String("gobench", "", "output of `go test -bench` to add to the report")
	readme := flag.String("readme", "", "README file whose Performance table to replace")
	only := flag.String("only", "", "run only the rows whose name matches this regular expression")
	flag.Parse()

	b, err := setup(*bin, *cache)
	if err != nil {
		fmt.Fprintln(os.Stderr, "debrief-bench:", err)
		os.Exit(1)
	}
	b.warmup, b.runs, b.goBench = *warmup, *runs, *goBench

	rows := b.budgets()
	if *only != "" {
		re, err := regexp.Compile(*only)
		if err != nil {
			fmt.Fprintln(os.Stderr, "debrief-bench: -only:", err)
			os.Exit(2)
		}
		rows = slices.DeleteFunc(rows, func(r budget) bool { return !re.MatchString(r.name) })
	}
	var report bytes.Buffer
	fmt.Fprintf(&report, "Machine: %s\n\n", machine())
	fmt.Fprintln(&report, "| operation | budget | median wall (range) | median CPU, user+sys (range) | peak RSS | verdict |")
	fmt.Fprintln(&report, "|---|---|---|---|---|---|")
	for _, row := range rows {
		fmt.Fprintf(os.Stderr, "debrief-bench: %s …\n", row.name)
		r, err := row.run()
		fmt.Fprintln(&report, formatRow(row, r, err))
	}
	fmt.Fprintf(&report, "\nLoad average at the end: %s.\n", loadAvg())
	if *goBench != "" {
		if err := goBenchTable(&report, *goBench); err != nil {
			fmt.Fprintln(os.Stderr, "debrief-bench:", err)
		}
	}
	os.Stdout.Write(report.Bytes())
	if err := os.WriteFile(filepath.Join(b.cache, "results.md"), report.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "debrief-bench:", err)
	}
	if *readme != "" {
		if err := updateReadme(*readme, report.String()); err != nil {
			fmt.Fprintln(os.Stderr, "debrief-bench:", err)
			os.Exit(1)
		}
	}
}

// bench holds the prepared journals and how to run the binary on them.
type bench struct {
	bin, cache             string
	ten, hundred           string // journals with 10 and 100 years
	tenArchive, firstShift string
	hundredArchive         string
	firstShift100          string
	warmup, runs           int
	home                   string
	shifts10, shifts100    int
	scratch                string
	goBench                string // go test -bench output
}

func setup(bin, cache string) (*bench, error) {
	bin, err := filepath.Abs(bin)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(bin); err != nil {
		return nil, fmt.Errorf("no binary to time (%v): run make build", err)
	}
	if cache, err = filepath.Abs(cache); err != nil {
		return nil, err
	}
	b := &bench{bin: bin, cache: cache, home: filepath.Join(cache, "home"), scratch: filepath.Join(cache, "scratch")}
	os.RemoveAll(b.home)
	os.RemoveAll(b.scratch)
	for _, d := range []string{b.home, b.scratch} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, err
		}
	}
	b.tenArchive, err = archiveFile(cache, 10, end)
	if err != nil {
		return nil, err
	}
	b.hundredArchive, err = archiveFile(cache, 100, end)
	if err != nil {
		return nil, err
	}
	// The journals are imported fresh each time with the binary under
	// test, so they are always in the format it writes.
	b.ten = filepath.Join(cache, "journals", "ten.db")
	b.hundred = filepath.Join(cache, "journals", "hundred.db")
	for _, j := range []struct {
		db, arc string
		shifts  *int
		first   *string
	}{{b.ten, b.tenArchive, &b.shifts10, &b.firstShift}, {b.hundred, b.hundredArchive, &b.shifts100, &b.firstShift100}} {
		os.Remove(j.db)
		os.MkdirAll(filepath.Dir(j.db), 0o700)
		if _, _, out, err := b.proc(j.db, "import", j.arc).run(); err != nil {
			return nil, fmt.Errorf("import %s: %v: %s", j.arc, err, firstLine(out))
		}
		err := store.Read(j.db, store.Options{}, func(tx *store.Tx) error {
			*j.shifts = tx.EntryCount()
			for e, err := range tx.Entries(0, 0) {
				if err != nil {
					return err
				}
				*j.first = e.ShiftDate.String()
				break
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return b, nil
}

// archiveFile generates the archive of the given years once; the file name
// holds everything it depends on.
func archiveFile(cache string, years int, last journal.Date) (path string, err error) {
	path = filepath.Join(cache, fmt.Sprintf("journal-%dy-seed1-%s-gen%d.json", years, last, gen.Version))
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	if err := os.MkdirAll(cache, 0o700); err != nil {
		return "", err
	}
	a := gen.Journal(years, 1, last)
	err = safefile.Write(path, 0o600, func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 1<<16)
		if err := archive.Encode(bw, a); err != nil {
			return err
		}
		return bw.Flush()
	})
	return path, err
}

// teamFolder writes, once, the manager JSON exports of twelve agents' ten
// generated years (seeds 1–12) into a folder, as a team's shared folder
// holds them for `debrief team report`.
func teamFolder(cache string, last journal.Date) (string, error) {
	dir := filepath.Join(cache, fmt.Sprintf("team-12x10y-%s-gen%d", last, gen.Version))
	if _, err := os.Stat(filepath.Join(dir, "agent-12.json")); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	for i := range 12 {
		a := gen.Journal(10, uint64(i+1), last)
		in := report.Input{From: a.Entries[0].ShiftDate, To: last, Entries: a.Entries, Ideas: a.Ideas, Loc: time.UTC,
			Detail: true, Author: report.Author{Name: fmt.Sprintf("客服%02d", i+1), Team: "售后二组"}}
		d := report.Build(in, report.Manager, i%3 == 0)
		f := filepath.Join(dir, fmt.Sprintf("agent-%02d.json", i+1))
		if err := safefile.Write(f, 0o600, func(w io.Writer) error { return report.WriteJSON(w, d, i18n.New(i18n.ZH)) }); err != nil {
			return "", err
		}
	}
	return dir, nil
}

// env is the environment of every timed process: its own home, config and
// data directories, "today" fixed to the journals' last day, Chinese.
func (b *bench) env(db string, lang string) []string {
	return []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + b.home,
		"XDG_CONFIG_HOME=" + filepath.Join(b.home, "config"),
		"XDG_DATA_HOME=" + filepath.Join(b.home, "data"),
		"DEBRIEF_DB=" + db,
		"DEBRIEF_TODAY=" + end.String(),
		"LANG=" + lang,
		"NO_COLOR=1",
	}
}

func (b *bench) proc(db string, args ...string) process {
	return process{args: append([]string{b.bin}, args...), dir: b.cache, env: b.env(db, "zh_CN.UTF-8")}
}

// copyJournal gives a writing row its own copy of a journal.
func (b *bench) copyJournal(src, name string) (string, error) {
	data, err := os.ReadFile(src)
	if err != nil {
		return "", err
	}
	dst := filepath.Join(b.scratch, name, "journal.db")
	if err := os.MkdirAll(filepath.Dir(dst), 0o700); err != nil {
		return "", err
	}
	return dst, os.WriteFile(dst, data, 0o600)
}

// timed measures a command, or says it is not built yet: a usage error
// (exit 2) from the binary means the command or its flags do not exist.
func (b *bench) timed(p process) (result, error) {
	_, _, out, err := p.run()
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() == 2 {
		return result{note: "not built yet (" + firstLine(out) + ")"}, nil
	}
	return measure(p, b.warmup, b.runs)
}

// size is one of the two generated journals.
type size struct {
	label      string // "10 y", "100 y"
	db, arc    string
	shifts     int
	firstShift string
}

func (b *bench) sizes() []size {
	return []size{
		{"10 y", b.ten, b.tenArchive, b.shifts10, b.firstShift},
		{"100 y", b.hundred, b.hundredArchive, b.shifts100, b.firstShift100},
	}
}

// The budgets of issue #14 (10 years unless a 100-year one is given);
// a row with no budget for a size is measured and shown, without verdict.
func (b *bench) budgets() []budget {
	ms := time.Millisecond
	rows := []budget{
		{name: "reference: a Go hello-world process", run: func() (result, error) {
			hello, err := b.helloWorld()
			if err != nil {
				return result{}, err
			}
			r, err := measure(process{args: []string{hello}, dir: b.cache, env: b.env(b.ten, "C.UTF-8")}, b.warmup, b.runs)
			r.ok = err == nil
			return r, err
		}},
		{name: "`debrief --version`", limit: 3 * ms, run: func() (result, error) {
			return b.timed(b.proc(b.ten, "--version"))
		}},
		{name: "`debrief team report` html of twelve agents' 10-year manager JSON exports", limit: 1500 * ms, run: func() (result, error) {
			dir, err := teamFolder(b.cache, end)
			if err != nil {
				return result{}, err
			}
			return b.timed(b.proc(b.ten, "team", "report", dir, "--format", "html", "-o", filepath.Join(b.scratch, "team.html")))
		}},
	}
	for _, s := range b.sizes() {
		s := s
		ten := s.db == b.ten
		at := func(limit10 time.Duration) time.Duration {
			if ten {
				return limit10
			}
			return 0
		}
		export := func(format string) func() (result, error) {
			return func() (result, error) {
				return b.timed(b.proc(s.db, "export", "--for", "manager", "--format", format, "--from", s.firstShift, "--to", end.String()))
			}
		}
		firstSave := 15 * ms
		if !ten {
			firstSave = 80 * ms
		}
		rows = append(rows,
			budget{name: "`debrief remind`, " + s.label, limit: at(3 * ms), run: func() (result, error) {
				p := b.proc(s.db, "remind")
				p.wantErr = true // its exit code is for scripts
				return b.timed(p)
			}},
			budget{name: "`debrief stats --json`, " + s.label, limit: at(5 * ms), run: func() (result, error) {
				return b.timed(b.proc(s.db, "stats", "--json"))
			}},
			budget{name: "`debrief list`, " + s.label, limit: at(12 * ms), run: func() (result, error) {
				return b.timed(b.proc(s.db, "list"))
			}},
			budget{name: "`debrief list --json`, " + s.label, run: func() (result, error) {
				return b.timed(b.proc(s.db, "list", "--json"))
			}},
			budget{name: "`debrief show` (the latest), " + s.label, run: func() (result, error) {
				return b.timed(b.proc(s.db, "show"))
			}},
			budget{name: "`debrief week --json`, " + s.label, run: func() (result, error) {
				return b.timed(b.proc(s.db, "week", "--json"))
			}},
			budget{name: "`debrief check`, " + s.label, limit: at(15 * ms), run: func() (result, error) {
				return b.timed(b.proc(s.db, "check"))
			}},
			budget{name: "`debrief export` json, manager, all years, " + s.label, limit: at(19 * ms), run: export("json")},
			budget{name: "`debrief export` md, manager, all years, " + s.label, limit: at(15 * ms), run: export("md")},
			budget{name: "`debrief export` html, manager, all years, " + s.label, limit: at(15 * ms), run: export("html")},
			budget{name: "`debrief export` csv, manager, all years, " + s.label, limit: at(15 * ms), run: export("csv")},
			budget{name: "`debrief backup` to a file, " + s.label, limit: at(45 * ms), run: func() (result, error) {
				return b.timed(b.proc(s.db, "backup", "-o", filepath.Join(b.scratch, "backup.json")))
			}},
			budget{name: fmt.Sprintf("`debrief import` of the archive (%d shifts) into an empty journal, %s", s.shifts, s.label), limit: at(90 * ms), mem: memBudget(s.arc), run: func() (result, error) {
				db := filepath.Join(b.scratch, "import", "journal.db")
				p := b.proc(db, "import", s.arc)
				p.prepare = func() error { return os.RemoveAll(filepath.Dir(db)) }
				return b.timed(p)
			}},
			budget{name: "first save of the day (`debrief jot`, the day's backup made), " + s.label, limit: firstSave, run: func() (result, error) {
				return b.firstSave(s)
			}},
			budget{name: "a later save of the day (`debrief jot`), " + s.label, run: func() (result, error) {
				db, err := b.copyJournal(s.db, "jot")
				if err != nil {
					return result{}, err
				}
				return b.timed(b.proc(db, "jot", "顾客催发货，已经等了五天"))
			}},
			budget{name: "the app's save of a debrief (ctrl+s to the saved screen: the draft deleted, the journal rewritten and checked, the backups looked at; pty), " + s.label, run: func() (result, error) {
				return b.appSave(s)
			}},
			budget{name: "first full screen of the app (the loaded home, 120×40), " + s.label, limit: map[bool]time.Duration{true: 0, false: 25 * ms}[ten], run: func() (result, error) {
				return b.fullScreen(s)
			}},
		)
	}
	for _, n := range []int{0, 2000, 20000} {
		n := n
		limit := time.Duration(0)
		if n == 20000 {
			limit = 4 * ms
		}
		rows = append(rows, budget{name: fmt.Sprintf("a key in the vent with %d characters in it (pty, 120×40)", n), limit: limit, run: func() (result, error) {
			return b.ventKeys(n)
		}})
	}
	rows = append(rows,
		budget{name: "20 KB typed into the vent at once, without bracketed paste: shown whole (pty)", limit: time.Second, run: b.rawPaste},
		budget{name: "a second process on a locked journal fails clearly", limit: 2 * time.Second, run: b.locked},
		budget{name: "backup → import → backup identical except exported_at", run: b.roundTrip},
	)
	if os.Getenv("BENCH_BIG") == "1" {
		rows = append(rows, budget{name: "`debrief import` of a 200 MB archive (480 years) into an empty journal, one run: peak memory", mem: -1, run: b.bigImport})
	}
	return rows
}

// firstSave times `debrief jot` on a copy of the journal whose backups
// directory holds the last days' backups but not today's: each run is the
// first save of a day, which makes the day's checked backup.
func (b *bench) firstSave(s size) (result, error) {
	db, err := b.copyJournal(s.db, "firstsave")
	if err != nil {
		return result{}, err
	}
	dir := store.BackupDir(db)
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return result{}, err
	}
	data, err := os.ReadFile(db)
	if err != nil {
		return result{}, err
	}
	// Six older days' backups, as a person who writes every day has.
	for i := 1; i <= 6; i++ {
		day := time.Now().AddDate(0, 0, -i).Format("2006-01-02")
		if err := os.WriteFile(filepath.Join(dir, "journal-"+day+".db"), data, 0o600); err != nil {
			return result{}, err
		}
	}
	p := b.proc(db, "jot", "顾客催发货，已经等了五天")
	p.prepare = func() error {
		today := filepath.Join(dir, "journal-"+time.Now().Format("2006-01-02")+".db")
		if err := os.Remove(today); err != nil && !os.IsNotExist(err) {
			return err
		}
		return nil
	}
	r, err := b.timed(p)
	if err == nil {
		if _, err := os.Stat(filepath.Join(dir, "journal-"+time.Now().Format("2006-01-02")+".db")); err != nil {
			return result{note: "FAIL: no backup of the day was made: " + err.Error()}, nil
		}
	}
	return r, err
}

// helloWorld builds the reference process: what any Go binary costs to
// start and exit on this machine.
func (b *bench) helloWorld() (string, error) {
	dir := filepath.Join(b.cache, "hello")
	bin := filepath.Join(dir, "hello")
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	src := filepath.Join(dir, "main.go")
	if err := os.WriteFile(src, []byte("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello\") }\n"), 0o600); err != nil {
		return "", err
	}
	c := exec.Command("go", "build", "-trimpath", "-ldflags", "-s -w", "-o", bin, src)
	c.Dir = dir
	c.Env = append(os.Environ(), "GO111MODULE=off")
	if out, err := c.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building the hello-world: %v: %s", err, firstLine(out))
	}
	return bin, nil
}

// locked holds the 10-year journal open for writing in this process and
// times `debrief import` of a small archive against it: it must fail
// within the lock timeout with the message that says why.
func (b *bench) locked() (result, error) {
	db, err := b.copyJournal(b.ten, "locked")
	if err != nil {
		return result{}, err
	}
	small := filepath.Join(b.scratch, "small.json")
	a := gen.Journal(1, 2, end)
	a.Entries = a.Entries[:3]
	if err := safefile.Write(small, 0o600, func(w io.Writer) error { return archive.Encode(w, a) }); err != nil {
		return result{}, err
	}
	j, err := store.Open(db, store.Options{})
	if err != nil {
		return result{}, err
	}
	defer j.Close()
	p := b.proc(db, "import", small)
	p.env = b.env(db, "en_US.UTF-8")
	p.wantErr = true
	_, _, out, err := p.run()
	if err != nil {
		return result{}, err
	}
	if !strings.Contains(string(out), "in use by another debrief") {
		return result{note: "FAIL: said " + firstLine(out)}, nil
	}
	r, err := measure(p, 0, 3)
	r.ok = err == nil
	return r, err
}

func (b *bench) roundTrip() (result, error) {
	dir := filepath.Join(b.scratch, "roundtrip")
	os.MkdirAll(dir, 0o700)
	first, second := filepath.Join(dir, "first.json"), filepath.Join(dir, "second.json")
	steps := []process{
		b.proc(b.ten, "backup", "-o", first),
		b.proc(filepath.Join(dir, "journal.db"), "import", first),
		b.proc(filepath.Join(dir, "journal.db"), "backup", "-o", second),
	}
	for _, p := range steps {
		if _, _, out, err := p.run(); err != nil {
			return result{}, fmt.Errorf("%v: %s", err, firstLine(out))
		}
	}
	x, err1 := os.ReadFile(first)
	y, err2 := os.ReadFile(second)
	if err := errors.Join(err1, err2); err != nil {
		return result{}, err
	}
	stamp := regexp.MustCompile(`"exported_at": "[^"]*"`)
	if !bytes.Equal(stamp.ReplaceAll(x, nil), stamp.ReplaceAll(y, nil)) {
		return result{note: "FAIL: the second backup differs"}, nil
	}
	return result{ok: true, note: fmt.Sprintf("identical (%d bytes)", len(x))}, nil
}

func formatRow(row budget, r result, err error) string {
	if row.mem < 0 { // measured by the row itself
		row.mem = r.memBudget
	}
	var budgets []string
	if row.limit > 0 {
		budgets = append(budgets, "≤ "+ms(row.limit))
	}
	if row.mem > 0 {
		budgets = append(budgets, fmt.Sprintf("≤ %d MiB", row.mem))
	}
	budgetText := "—"
	if len(budgets) > 0 {
		budgetText = strings.Join(budgets, ", ")
	}
	if err != nil {
		return fmt.Sprintf("| %s | %s | — | — | — | ERROR: %s |", row.name, budgetText, strings.ReplaceAll(err.Error(), "|", "/"))
	}
	if r.median == 0 {
		verdict := r.note
		if r.ok && row.limit == 0 {
			verdict = "PASS: " + r.note
		}
		return fmt.Sprintf("| %s | %s | — | — | — | %s |", row.name, budgetText, verdict)
	}
	rss := float64(r.peakKiB) / 1024
	rssText := fmt.Sprintf("%.1f MiB", rss)
	if timeBin == "" {
		rssText = "≤ " + rssText + " (no GNU time)"
	}
	if r.peakKiB == 0 {
		rssText = "—"
	}
	wallText := ms(r.median)
	if r.runs > 1 {
		wallText += " (" + msRange(r.wallMin, r.wallMax) + ")"
	}
	cpuText := "—"
	if r.cpu > 0 || r.cpuMax > 0 {
		cpuText = ms(r.cpu)
		if r.runs > 1 {
			cpuText += " (" + msRange(r.cpuMin, r.cpuMax) + ")"
		}
	}
	return fmt.Sprintf("| %s | %s | %s | %s | %s | %s (%d runs, %s) |", row.name, budgetText, wallText, cpuText, rssText, verdict(row, r, rss), r.runs, r.tool)
}

// verdict judges the wall clock and the CPU time each against the budget:
// on a shared machine a wall-clock OVER with the CPU time within says the
// machine was busy, not that debrief is slow; both OVER says it is slow.
func verdict(row budget, r result, rssMiB float64) string {
	var v []string
	if row.limit > 0 {
		wall, cpu := "PASS", "PASS"
		if r.median > row.limit {
			wall = "OVER"
		}
		if r.cpu > row.limit {
			cpu = "OVER"
		}
		v = append(v, "wall "+wall+", CPU "+cpu)
	}
	if row.mem > 0 {
		mem := "PASS"
		if rssMiB > float64(row.mem) {
			mem = "OVER"
		}
		v = append(v, "memory "+mem)
	}
	if len(v) == 0 {
		return "—"
	}
	return strings.Join(v, "; ")
}

func msRange(lo, hi time.Duration) string {
	return strings.TrimSuffix(ms(lo), " ms") + "–" + ms(hi)
}

func ms(d time.Duration) string {
	v := float64(d) / float64(time.Millisecond)
	switch {
	case v >= 100:
		return fmt.Sprintf("%.0f ms", v)
	case v >= 10:
		return fmt.Sprintf("%.1f ms", v)
	}
	return fmt.Sprintf("%.2f ms", v)
}

func loadAvg() string {
	if data, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(data)); len(f) >= 3 {
			return strings.Join(f[:3], " ")
		}
	}
	return "?"
}

func machine() string {
	cpu := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	return fmt.Sprintf("%d CPUs (nproc), %s, %s %s/%s, %s, load average %s at the start", runtime.NumCPU(), cpu, runtime.Version(), runtime.GOOS, runtime.GOARCH,
		time.Now().UTC().Format("2006-01-02 15:04 UTC"), loadAvg())
}

var benchLine = regexp.MustCompile(`^(Benchmark\S+?)(-\d+)?\s+(\d+)\s+([\d.]+) ns/op(.*)$`)

// goBenchTable turns `go test -bench -benchmem` output into a table, with
// the CPU time per operation of the benchmarks that report it.
func goBenchTable(w io.Writer, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	fmt.Fprint(w, "\nGo benchmarks (`go test -bench . -benchmem`):\n\n")
	fmt.Fprintln(w, "| package | benchmark | time/op | CPU/op | B/op | allocs/op |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	pkg := ""
	for _, line := range strings.Split(string(data), "\n") {
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = strings.TrimPrefix(p, "github.com/debrief-app/debrief/")
			continue
		}
		m := benchLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		ns, _ := strconv.ParseFloat(m[4], 64)
		bytesOp, allocs := "", ""
		fields := strings.Fields(m[5])
		for i := 1; i < len(fields); i++ {
			switch fields[i] {
			case "B/op":
				bytesOp = fields[i-1]
			case "allocs/op":
				allocs = fields[i-1]
			}
		}
		extra := ""
		if f := strings.Fields(m[5]); len(f) >= 2 {
			for i := 1; i < len(f); i++ {
				if f[i] == "cpu-ms/op" {
					extra = f[i-1] + " ms"
				}
			}
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", pkg, m[1], ms(time.Duration(ns)), extra, bytesOp, allocs)
	}
	return nil
}

const (
	beginMark = "<!-- bench:begin -->"
	endMark   = "<!-- bench:end -->"
)

// updateReadme replaces the text between the bench markers.
func updateReadme(path, table string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	s := string(data)
	i, j := strings.Index(s, beginMark), strings.Index(s, endMark)
	if i < 0 || j < i {
		return fmt.Errorf("%s has no %s … %s section", path, beginMark, endMark)
	}
	s = s[:i+len(beginMark)] + "\n" + table + s[j:]
	return os.WriteFile(path, []byte(s), 0o644)
}

// memBudget is the import budget of the performance issue for an archive:
// peak RSS at most twice the archive plus 20 MiB.
func memBudget(archivePath string) int64 {
	fi, err := os.Stat(archivePath)
	if err != nil {
		return 0
	}
	return (2*fi.Size()+(1<<20)-1)>>20 + 20
}

// bigImport imports a 200 MB archive once under GNU time: the memory the
// whole process needs, which must not grow with the archive beyond the
// budget. It is one run, so its time is a figure, not a verdict.
func (b *bench) bigImport() (result, error) {
	path, err := archiveFile(b.cache, 480, journal.NewDate(2999, time.November, 25))
	if err != nil {
		return result{}, err
	}
	db := filepath.Join(b.scratch, "big", "journal.db")
	os.RemoveAll(filepath.Dir(db))
	defer os.RemoveAll(filepath.Dir(db))
	p := b.proc(db, "import", path)
	took, rss, out, err := p.exec(true)
	if err != nil {
		return result{}, fmt.Errorf("%v: %s", err, firstLine(out))
	}
	fi, _ := os.Stat(path)
	return result{median: took, cpu: lastCPU, peakKiB: rss, runs: 1, tool: fmt.Sprintf("%.0f MB", float64(fi.Size())/1e6), memBudget: memBudget(path)}, nil
}
