package cli

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/tui/tuitest/tmux"
)

// privateFiles are every file debrief writes that may hold a vent: the
// journal, everything in its backups directory (daily backups, snapshots
// before an upgrade or a restore, JSON archives), the editor's temp
// directory, and the archives this test has debrief write elsewhere.
func (h *home) privateFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, root := range []string{filepath.Dir(h.db()), filepath.Join(h.dir, "exports")} {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				files = append(files, p)
			}
			return nil
		})
	}
	return files
}

// holding lists the files (relative to the data directory) whose raw
// bytes hold text: free pages, slack and all.
func (h *home) holding(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, f := range h.privateFiles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			continue // removed meanwhile (a compaction's temp file)
		}
		if bytes.Contains(b, []byte(text)) {
			rel, _ := filepath.Rel(h.dir, f)
			out = append(out, rel)
		}
	}
	return out
}

// snapshot copies the journal, bytes and free pages and all, into the
// backups directory under name: what a daily backup of an earlier day, or
// a copy kept before a restore, holds at worst.
func (h *home) snapshot(t *testing.T, name string) {
	t.Helper()
	b, err := os.ReadFile(h.db())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(h.backups(), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(h.backups(), name), b, 0o600); err != nil {
		t.Fatal(err)
	}
}

func (h *home) must(t *testing.T, args ...string) outcome {
	t.Helper()
	o := h.run(t, args...)
	if o.code != 0 {
		t.Fatalf("debrief %v: exit %d\n%s%s", args, o.code, o.stdout, o.stderr)
	}
	return o
}

func (h *home) file(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(h.dir, "inputs", name)
	os.MkdirAll(filepath.Dir(p), 0o700)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func archiveWith(date, vent string) string {
	v, _ := json.Marshal(vent)
	return `{"format": "debrief-archive", "version": 2, "exported_at": "2026-11-25T21:00:00+08:00", "entries": [
{"shift_date": "` + date + `", "shift": "day", "mood": 3, "vent": ` + string(v) + `,
 "created_at": "` + date + `T20:00:00+08:00", "updated_at": "` + date + `T20:00:00+08:00"}],
"days_off": [], "ideas": [], "weekly_reviews": []}`
}

// The canary of issue #13: a vent through every path a person takes —
// typed in the app, written in $EDITOR, autosaved then let go, deleted,
// replaced by an edit, imported, overwritten by an import, sealed, typed
// while sealed, unsealed. After each step the raw bytes of the journal,
// of every daily backup and snapshot (two of them copies of the journal's
// whole file, free pages included, taken while the text was there) and of
// every archive are searched: a canary is found only where the person
// still has it, and never in plain text while sealing is on.
func TestCanaryVentThroughEveryPath(t *testing.T) {
	tmux.Skip(t)
	t.Parallel() // mostly waiting on a terminal: let the rest run meanwhile
	h := newHome(t)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(h.dir, "bin", "debrief")
	os.MkdirAll(filepath.Dir(bin), 0o700)
	if err := os.Symlink(exe, bin); err != nil {
		t.Fatal(err)
	}
	editor := h.file(t, "editor.sh", "#!/bin/sh\nprintf '%s' 'CANARY-B-editor 经理又来找茬' > \"$1\"\n")
	os.Chmod(editor, 0o700)
	pass := h.file(t, "pass", "风铃 passphrase\n")
	env := append(h.env[:len(h.env):len(h.env)], "TERM=xterm-256color", "LC_ALL=en_US.UTF-8", "EDITOR="+editor)
	app := func(args ...string) *tmux.Term { return tmux.Start(t, 100, 30, env, append([]string{bin}, args...)...) }
	yesterday := time.Now().AddDate(0, 0, -1)
	// toVent goes from the first step to the vent (mood 4).
	toVent := func(tm *tmux.Term) {
		tm.WaitFor("How was the shift?")
		tm.Keys("Tab", "4", "NPage")
		tm.WaitFor("Three things I helped with today")
		tm.Keys("NPage", "NPage")
		tm.WaitFor("Only you can see this")
	}
	saved := func(tm *tmux.Term) {
		tm.Keys("C-s")
		tm.WaitFor("is saved")
		tm.Keys("q")
	}
	waitJournal := func(text string) {
		t.Helper()
		for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
			if b, _ := os.ReadFile(h.db()); bytes.Contains(b, []byte(text)) {
				return
			}
		}
		t.Fatalf("%q never reached the journal", text)
	}

	steps := []struct {
		name   string
		do     func(t *testing.T)
		has    []string // canaries the person still has
		sealed bool
	}{
		{"typed in the app", func(t *testing.T) {
			tm := app("new") // the journal is new: plain `debrief` would welcome first
			toVent(tm)
			tm.Text("CANARY-A-typed 今天被骂了三次")
			tm.WaitFor("CANARY-A-typed")
			saved(tm)
		}, []string{"CANARY-A"}, false},
		{"written in $EDITOR", func(t *testing.T) {
			tm := app("new", "--date", "2026-11-24")
			toVent(tm)
			tm.Keys("C-e")
			tm.WaitFor("CANARY-B-editor")
			saved(tm)
			if left, _ := filepath.Glob(filepath.Join(filepath.Dir(h.db()), "tmp", "*")); len(left) > 0 {
				t.Errorf("the editor's file is left: %v", left)
			}
		}, []string{"CANARY-A", "CANARY-B"}, false},
		{"autosaved in a draft, then let go", func(t *testing.T) {
			tm := app("new", "--date", "2026-11-23")
			toVent(tm)
			tm.Text("CANARY-C-draft 真想辞职")
			tm.Keys("NPage") // a step change writes the draft
			waitJournal("CANARY-C-draft")
			// The next day's backup, and a copy kept before a restore,
			// taken while the draft holds it (whole files, free pages too).
			h.snapshot(t, "journal-"+yesterday.Format("2006-01-02")+".db")
			h.snapshot(t, "journal-before-restore-"+yesterday.Format("20060102-150405")+".db")
			tm.Keys("PPage")
			tm.WaitFor("CANARY-C-draft")
			tm.Keys("Tab", "2") // let it go
			tm.WaitFor("let it go")
			saved(tm)
			if _, err := os.Stat(filepath.Join(h.backups(), "journal-"+yesterday.Format("2006-01-02")+".db")); err != nil {
				t.Errorf("the backup holding the draft was deleted, not rewritten: %v", err)
			}
		}, []string{"CANARY-A", "CANARY-B"}, false},
		{"deleted in History", func(t *testing.T) {
			h.snapshot(t, "journal-before-restore-"+yesterday.Add(time.Hour).Format("20060102-150405")+".db")
			tm := app()
			tm.WaitFor("h  history")
			tm.Keys("h")
			// Keys sent before History is open go to Home (the screen
			// opens by a command): at load, "/" and the date were lost so.
			tm.WaitFor("/ filter")
			tm.Keys("/")
			tm.Text("2026-11-24")
			// Typed as fast as tmux can, the date is a burst: an enter that
			// comes with it would be part of it (a paste's line end).
			tm.WaitFor("1 of 3 shown")
			tm.Keys("Enter")
			tm.WaitGone("esc clear the filter")
			tm.Keys("d")
			tm.WaitFor("Delete the debrief of 2026-11-24?")
			tm.Keys("y")
			tm.WaitFor("Deleted the debrief of 2026-11-24")
			tm.Keys("C-c")
		}, []string{"CANARY-A"}, false},
		{"replaced by an edit", func(t *testing.T) {
			tm := app("edit", "2026-11-25")
			tm.WaitFor("Editing the debrief of 2026-11-25")
			tm.Keys("NPage", "NPage", "NPage")
			tm.WaitFor("CANARY-A-typed")
			tm.Keys("C-u") // the vent's line, up to the cursor at its end
			tm.WaitGone("CANARY-A-typed")
			tm.Text("CANARY-D-edited 还是很累")
			tm.WaitFor("CANARY-D-edited")
			saved(tm)
		}, []string{"CANARY-D"}, false},
		{"imported", func(t *testing.T) {
			h.must(t, "import", h.file(t, "e.json", archiveWith("2026-11-20", "CANARY-E-imported")))
		}, []string{"CANARY-D", "CANARY-E"}, false},
		{"overwritten by an import", func(t *testing.T) {
			h.must(t, "import", "--overwrite", h.file(t, "f.json", archiveWith("2026-11-20", "CANARY-F-overwrite")))
		}, []string{"CANARY-D", "CANARY-F"}, false},
		{"sealed", func(t *testing.T) {
			o := h.must(t, "private", "enable", "--passphrase-file", pass)
			if !strings.Contains(o.stdout, "2 vents are sealed") {
				t.Errorf("enable: %s", o.stdout)
			}
			os.MkdirAll(filepath.Join(h.dir, "exports"), 0o700)
			h.must(t, "backup", "-o", filepath.Join(h.dir, "exports", "sealed.json"))
		}, []string{"CANARY-D", "CANARY-F"}, true},
		{"typed while sealed", func(t *testing.T) {
			tm := app("new", "--date", "2026-11-19")
			toVent(tm)
			tm.Text("CANARY-G-sealed 不想再接电话了")
			tm.Keys("NPage") // the draft, sealed as it is written
			tm.WaitFor("draft saved")
			tm.Keys("PPage")
			saved(tm)
			if o := h.must(t, "show", "2026-11-19", "--passphrase-file", pass); !strings.Contains(o.stdout, "CANARY-G-sealed") {
				t.Errorf("show with the passphrase:\n%s", o.stdout)
			}
		}, []string{"CANARY-D", "CANARY-F", "CANARY-G"}, true},
		{"unsealed", func(t *testing.T) {
			h.must(t, "private", "disable", "--passphrase-file", pass)
		}, []string{"CANARY-D", "CANARY-F", "CANARY-G"}, false},
	}
	all := []string{"CANARY-A", "CANARY-B", "CANARY-C", "CANARY-D", "CANARY-E", "CANARY-F", "CANARY-G"}
	for _, s := range steps {
		s.do(t)
		if t.Failed() {
			t.Fatalf("after %q", s.name)
		}
		for _, c := range all {
			where := h.holding(t, c)
			switch {
			case s.sealed && len(where) > 0:
				t.Errorf("%s, sealed: %s is in plain text in %v", s.name, c, where)
			case !s.sealed && slices.Contains(s.has, c) && !slices.Contains(where, filepath.Join("data", "debrief", "journal.db")):
				t.Errorf("%s: %s, which the person keeps, is not in the journal (%v)", s.name, c, where)
			case !slices.Contains(s.has, c) && len(where) > 0:
				t.Errorf("%s: %s, removed, is still in %v", s.name, c, where)
			}
		}
		if o := h.run(t, "check"); o.code != 0 {
			t.Errorf("%s: check: %s%s", s.name, o.stdout, o.stderr)
		}
	}
}

// vents reads `list --json` (with --unlock when pass is set) into shift
// date → vent.
func (h *home) vents(t *testing.T, pass string) map[string]string {
	t.Helper()
	args := []string{"list", "--json"}
	if pass != "" {
		args = append(args, "--unlock", "--passphrase-file", pass)
	}
	var list []struct {
		Date   string `json:"shift_date"`
		Vent   string `json:"vent"`
		Sealed bool   `json:"vent_sealed"`
	}
	if err := json.Unmarshal([]byte(h.must(t, args...).stdout), &list); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range list {
		switch {
		case e.Sealed:
			out[e.Date] = "(sealed)"
		case e.Vent != "":
			out[e.Date] = e.Vent
		}
	}
	return out
}

// withoutExportedAt drops the one line of an archive that says when it was
// written.
func withoutExportedAt(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var keep []string
	for _, l := range strings.Split(string(b), "\n") {
		if !strings.Contains(l, `"exported_at"`) {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

// Seal → backup → import into a new journal → backup: the archives are the
// same, and export --for me with the passphrase file shows every vent
// exactly. Then the same archive into a journal sealed with another key:
// refused without that archive's passphrase, resealed with it.
func TestSealedRoundTripAndAnotherKey(t *testing.T) {
	t.Parallel()
	vents := map[string]string{
		"2026-11-20": "今天被骂了三次。\n第二行：还有一行，带全角标点！",
		"2026-11-21": "tabs\tand  double  spaces, emoji 😤, and a quote \" and a backslash \\",
		"2026-11-22": strings.Repeat("很长的一段吐槽。", 500),
	}
	var entries []string
	for _, d := range []string{"2026-11-20", "2026-11-21", "2026-11-22"} {
		v, _ := json.Marshal(vents[d])
		entries = append(entries, `{"shift_date": "`+d+`", "shift": "night", "mood": 2, "vent": `+string(v)+`,
 "created_at": "`+d+`T23:00:00+08:00", "updated_at": "`+d+`T23:00:00+08:00"}`)
	}
	a := newHome(t)
	in := a.file(t, "in.json", `{"format": "debrief-archive", "version": 2, "exported_at": "2026-11-25T21:00:00+08:00",
"entries": [`+strings.Join(entries, ",\n")+`], "days_off": [], "ideas": [], "weekly_reviews": []}`)
	pass := a.file(t, "pass", "第一个口令\n")
	a.must(t, "import", in)
	stored := a.vents(t, "")
	a.must(t, "private", "enable", "--passphrase-file", pass)
	first := filepath.Join(a.dir, "first.json")
	a.must(t, "backup", "-o", first)
	for _, v := range vents {
		if b, _ := os.ReadFile(first); bytes.Contains(b, []byte(v[:12])) {
			t.Fatalf("the sealed archive holds a vent in plain text")
		}
	}

	b := newHome(t)
	if o := b.must(t, "import", first); !strings.Contains(o.stdout, "this journal now seals its vents with the archive's key") {
		t.Errorf("import into a new journal: %s", o.stdout)
	}
	second := filepath.Join(b.dir, "second.json")
	b.must(t, "backup", "-o", second)
	if withoutExportedAt(t, first) != withoutExportedAt(t, second) {
		t.Error("backup → import → backup of a sealed journal changed the archive")
	}
	var doc any
	out := b.must(t, "export", "--for", "me", "--format", "json", "--from", "2026-11-01", "--passphrase-file", pass).stdout
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["vent"].(string); ok {
				got[s] = true
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(doc)
	for d, v := range stored {
		if !got[v] {
			t.Errorf("export --for me lacks the vent of %s exactly (%d bytes)", d, len(v))
		}
	}
	if o := b.run(t, "export", "--for", "me", "--from", "2026-11-01", "--passphrase-file", a.file(t, "wrong", "第二个口令\n")); o.code != 1 ||
		strings.TrimSpace(o.stderr) != "debrief: wrong passphrase; nothing was changed" || o.stdout != "" {
		t.Errorf("a wrong passphrase: exit %d, %q %q", o.code, o.stdout, o.stderr)
	}

	// A journal sealed with another key, with a vent of its own.
	c := newHome(t)
	other := c.file(t, "pass", "另一个口令\n")
	c.must(t, "import", c.file(t, "own.json", archiveWith("2026-11-24", "自己的吐槽")))
	c.must(t, "private", "enable", "--passphrase-file", other)
	before, _ := os.ReadFile(c.db())
	if o := c.run(t, "import", first); o.code != 1 || !strings.Contains(o.stderr, "sealed with another key") {
		t.Fatalf("a sealed archive of another key without its passphrase: exit %d %s", o.code, o.stderr)
	}
	if after, _ := os.ReadFile(c.db()); !bytes.Equal(before, after) {
		t.Error("the refused import changed the journal")
	}
	if o := c.run(t, "import", first, "--archive-passphrase-file", other); o.code != 1 || !strings.Contains(o.stderr, "wrong passphrase for the archive's key") {
		t.Fatalf("the journal's passphrase for the archive's key: exit %d %s", o.code, o.stderr)
	}
	if o := c.must(t, "import", first, "--archive-passphrase-file", pass); !strings.Contains(o.stdout, "3 sealed vents were sealed again") {
		t.Errorf("reseal: %s", o.stdout)
	}
	want := map[string]string{"2026-11-24": "自己的吐槽"}
	for d, v := range stored {
		want[d] = v
	}
	if got := c.vents(t, other); !maps.Equal(got, want) {
		t.Errorf("after the reseal, with the journal's passphrase: %d vents, want %d", len(got), len(want))
	}
	for d, v := range c.vents(t, "") {
		if v != "(sealed)" {
			t.Errorf("%s is not sealed after the import", d)
		}
	}
	// A plain archive into a sealed journal: its vents are sealed.
	c.must(t, "import", c.file(t, "plain.json", archiveWith("2026-11-19", "明文存档里的吐槽")))
	if where := c.holding(t, "明文存档里的吐槽"); len(where) > 0 {
		t.Errorf("a plain archive's vent is plain in %v", where)
	}
	if c.vents(t, other)["2026-11-19"] != "明文存档里的吐槽" {
		t.Error("the plain archive's vent does not read back")
	}
}
