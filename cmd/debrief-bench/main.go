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
	flag.Parse()

	hf, _ := exec.LookPath("hyperfine")
	b, err := setup(*bin, *cache)
	if err != nil {
		fmt.Fprintln(os.Stderr, "debrief-bench:", err)
		os.Exit(1)
	}
	b.warmup, b.runs, b.hyperfine, b.goBench = *warmup, *runs, hf, *goBench

	rows := b.budgets()
	var report bytes.Buffer
	fmt.Fprintf(&report, "Machine: %s\n\n", machine())
	fmt.Fprintln(&report, "| operation | budget | median | CPU (user+sys) | peak RSS | result |")
	fmt.Fprintln(&report, "|---|---|---|---|---|---|")
	for _, row := range rows {
		fmt.Fprintf(os.Stderr, "debrief-bench: %s …\n", row.name)
		r, err := row.run()
		fmt.Fprintln(&report, formatRow(row, r, err))
	}
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
	warmup, runs           int
	hyperfine              string
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
	hundredArchive, err := archiveFile(cache, 100, end)
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
	}{{b.ten, b.tenArchive, &b.shifts10}, {b.hundred, hundredArchive, &b.shifts100}} {
		os.Remove(j.db)
		os.MkdirAll(filepath.Dir(j.db), 0o700)
		if _, _, out, err := b.proc(j.db, "import", j.arc).run(); err != nil {
			return nil, fmt.Errorf("import %s: %v: %s", j.arc, err, firstLine(out))
		}
		err := store.Read(j.db, store.Options{}, func(tx *store.Tx) error {
			*j.shifts = tx.EntryCount()
			if j.db == b.ten {
				for e, err := range tx.Entries(0, 0) {
					if err != nil {
						return err
					}
					b.firstShift = e.ShiftDate.String()
					break
				}
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
	return measure(p, b.warmup, b.runs, b.hyperfine)
}

func (b *bench) budgets() []budget {
	ms := time.Millisecond
	return []budget{
		{name: "reference: `debrief --version` (process start)", run: func() (result, error) {
			r, err := b.timed(b.proc(b.ten, "--version"))
			r.ok = err == nil
			return r, err
		}},
		{name: fmt.Sprintf("`debrief stats --json` (%d shifts)", b.shifts10), limit: 15 * ms, mem: 30, run: func() (result, error) {
			return b.timed(b.proc(b.ten, "stats", "--json"))
		}},
		{name: fmt.Sprintf("`debrief stats --json`, %d shifts", b.shifts100), limit: 60 * ms, run: func() (result, error) {
			return b.timed(b.proc(b.hundred, "stats", "--json"))
		}},
		{name: "`debrief export` md, manager, all years", limit: 60 * ms, run: func() (result, error) {
			return b.timed(b.proc(b.ten, "export", "--for", "manager", "--format", "md", "--from", b.firstShift, "--to", end.String()))
		}},
		{name: "`debrief export` html, manager, all years", limit: 120 * ms, run: func() (result, error) {
			return b.timed(b.proc(b.ten, "export", "--for", "manager", "--format", "html", "--from", b.firstShift, "--to", end.String()))
		}},
		{name: "`debrief team report` html of twelve agents' 10-year manager JSON exports", limit: 1500 * ms, run: func() (result, error) {
			dir, err := teamFolder(b.cache, end)
			if err != nil {
				return result{}, err
			}
			return b.timed(b.proc(b.ten, "team", "report", dir, "--format", "html", "-o", filepath.Join(b.scratch, "team.html")))
		}},
		{name: "`debrief week --json`", limit: 15 * ms, run: func() (result, error) {
			return b.timed(b.proc(b.ten, "week", "--json"))
		}},
		{name: "`debrief jot \"...\"`", limit: 30 * ms, run: func() (result, error) {
			db, err := b.copyJournal(b.ten, "jot")
			if err != nil {
				return result{}, err
			}
			return b.timed(b.proc(db, "jot", "顾客催发货,已经等了五天 / chasing a late parcel"))
		}},
		{name: fmt.Sprintf("`debrief import` of the 10-year archive (%d shifts) into an empty journal", b.shifts10), limit: 90 * ms, mem: memBudget(b.tenArchive), run: func() (result, error) {
			db := filepath.Join(b.scratch, "import", "journal.db")
			p := b.proc(db, "import", b.tenArchive)
			p.prepare = func() error { return os.RemoveAll(filepath.Dir(db)) }
			return b.timed(p)
		}},
		{name: "`debrief backup` of the 10-year journal to a file", limit: 45 * ms, run: func() (result, error) {
			return b.timed(b.proc(b.ten, "backup", "-o", filepath.Join(b.scratch, "backup.json")))
		}},
		{name: "`debrief import` of a 200 MB archive (480 years) into an empty journal, one run: peak memory", mem: -1, run: b.bigImport},
		{name: "start to first frame of the app (10 years, 120×40)", limit: 30 * ms, run: func() (result, error) {
			r, err := firstFrame(b.proc(b.ten), b.warmup, b.runs)
			if isNotApp(err) {
				return result{note: err.Error()}, nil
			}
			return r, err
		}},
		{name: "one keystroke, Update + View, 120×40 (Go benchmark)", limit: 2 * ms, run: func() (result, error) {
			return goBenchResult(b.goBench, "BenchmarkKeystroke")
		}},
		{name: "a second process on a locked journal fails clearly", limit: 2 * time.Second, run: b.locked},
		{name: "backup → import → backup identical except exported_at", run: b.roundTrip},
	}
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
	r, err := measure(p, 0, 3, "")
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
	verdict := "PASS"
	switch {
	case row.mem > 0 && rss > float64(row.mem):
		verdict = "OVER (memory)"
	case row.limit == 0 && row.mem == 0:
		verdict = "—"
	case row.limit > 0 && r.median > row.limit:
		verdict = "OVER"
	}
	rssText := fmt.Sprintf("%.1f MiB", rss)
	if r.peakKiB == 0 {
		rssText = "—"
	}
	cpuText := "—"
	if r.cpu > 0 {
		cpuText = ms(r.cpu)
	}
	return fmt.Sprintf("| %s | %s | %s | %s | %s | %s (%d runs, %s) |", row.name, budgetText, ms(r.median), cpuText, rssText, verdict, r.runs, r.tool)
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
	load := "?"
	if data, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(data)); len(f) >= 3 {
			load = strings.Join(f[:3], " ")
		}
	}
	return fmt.Sprintf("%d CPUs (nproc), %s, %s %s/%s, %s, load average %s at the start", runtime.NumCPU(), cpu, runtime.Version(), runtime.GOOS, runtime.GOARCH,
		time.Now().UTC().Format("2006-01-02 15:04 UTC"), load)
}

// goBenchResult finds a Go benchmark's time per operation (the first one
// whose name starts with name) in go test output.
func goBenchResult(path, name string) (result, error) {
	if path == "" {
		return result{note: "no Go benchmark output given (-gobench)"}, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return result{}, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if m := benchLine.FindStringSubmatch(line); m != nil && strings.HasPrefix(m[1], name) {
			ns, _ := strconv.ParseFloat(m[4], 64)
			n, _ := strconv.Atoi(m[3])
			return result{median: time.Duration(ns), runs: n, tool: "go test, " + m[1]}, nil
		}
	}
	return result{note: "not built yet (no " + name + ")"}, nil
}

var benchLine = regexp.MustCompile(`^(Benchmark\S+?)(-\d+)?\s+(\d+)\s+([\d.]+) ns/op(.*)$`)

// goBenchTable turns `go test -bench -benchmem` output into a table; the
// keystroke benchmark is checked against its 2 ms budget.
func goBenchTable(w io.Writer, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	fmt.Fprint(w, "\nGo benchmarks (`go test -bench . -benchmem`):\n\n")
	fmt.Fprintln(w, "| package | benchmark | time/op | B/op | allocs/op | budget |")
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
		verdict := ""
		if strings.HasPrefix(m[1], "BenchmarkKeystroke") {
			verdict = "≤ 2 ms: PASS"
			if ns > 2e6 {
				verdict = "≤ 2 ms: OVER"
			}
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", pkg, m[1], ms(time.Duration(ns)), bytesOp, allocs, verdict)
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
