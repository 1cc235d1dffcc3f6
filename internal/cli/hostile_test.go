package cli

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/tuitest/tmux"
)

// hostile is text a person could paste or an archive could carry that
// would act on a terminal if printed raw: a clipboard write (OSC 52), a
// link hiding its target (OSC 8), a window title, a C1 CSI (U+009B), a
// screen clear, carriage return, backspace, BEL and DEL. "PWNED" and "tail"
// are the visible words that must still show.
const hostile = "PWNED\x1b]52;c;aGFja2Vk\x07 \x1b]8;;http://evil.example/\x07click\x1b]8;;\x07 \x1b]0;TITLE-SET\x07 \u009b31mred \x1b[2J\rover\bX\x7f\x07 tail"

// markers are pieces of the payload that only a raw, unsanitized print of
// it puts into the output stream.
var markers = []string{"\x1b]52;", "aGFja2Vk\x07", "\x1b]8;;http://evil", "\x1b]0;TITLE", "\u009b", "\rover"}

// harmless reports what in out could act on a terminal: control
// characters other than newline and tab, C1 controls, invalid UTF-8.
func harmless(out string) string {
	if !utf8.ValidString(out) {
		return "invalid UTF-8"
	}
	for _, r := range out {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r <= 0x9f) {
			return fmt.Sprintf("control character %U", r)
		}
	}
	return ""
}

// TestHostileTextThroughEveryPath puts hostile text into the journal by
// import, by jot and by pasting into the app, and reads it back through
// every command that shows or exports it: nothing in the output can act on
// a terminal, and the words around the payload still show.
func TestHostileTextThroughEveryPath(t *testing.T) {
	t.Parallel() // waits on processes and fsync; its own home, no shared state
	h := newHome(t)
	a := &archive.Archive{Format: archive.Format, Version: archive.Version, ExportedAt: time.Now(),
		Entries: []journal.Entry{{ShiftDate: 20261124, Mood: 2, Vent: hostile, Tomorrow: hostile,
			Helped: []string{hostile, "帮顾客改地址"}, Tags: []string{"tag" + hostile[:10]},
			Cases: []journal.Case{{Title: hostile, Category: "PWNED\u009b31m\x1b]52;c;eA==\x07 tail", Need: hostile, Action: hostile, Better: hostile, Outcome: "resolved"}}}},
		DaysOff:       []journal.DayOff{{Date: 20261123, Reason: "sick", Note: hostile}},
		Ideas:         []journal.Idea{{ID: 1, ShiftDate: 20261124, Kind: "product", Text: hostile, Status: "adopted", Impact: hostile}},
		WeeklyReviews: []journal.WeeklyReview{{Week: journal.WeekOf(20261124), WentWell: hostile, ToChange: hostile, Focus: hostile}},
	}
	var b bytes.Buffer
	archive.Encode(&b, a)
	arc := filepath.Join(h.dir, "hostile.json")
	os.WriteFile(arc, b.Bytes(), 0o600)

	check := func(what string, o outcome, mustShow bool) {
		t.Helper()
		all := o.stdout + o.stderr
		if bad := harmless(all); bad != "" {
			t.Errorf("%s: %s in the output:\n%q", what, bad, all)
		}
		if mustShow && (!strings.Contains(all, "PWNED") || !strings.Contains(all, "tail")) {
			t.Errorf("%s: the text around the payload is gone:\n%s", what, all)
		}
	}
	if o := h.run(t, "import", arc); o.code != 0 {
		t.Fatalf("import: %+v", o)
	}
	if o := h.run(t, "jot", hostile); o.code != 0 {
		t.Errorf("jot: %+v", o)
	} else {
		check("jot", o, true)
	}
	// Invalid UTF-8 is refused with a line that says why.
	for _, bad := range []string{"a\xffb"} { // NUL cannot even be passed in argv
		o := h.run(t, "jot", bad)
		check("jot of "+fmt.Sprintf("%q", bad), o, false)
		if o.code == 0 {
			t.Errorf("jot %q accepted", bad)
		}
	}
	runs := [][]string{
		{"list"}, {"list", "--json"}, {"show", "2026-11-24"},
		{"backup", "-o", "-"}, {"stats"}, {"stats", "--json"}, {"week", "--date", "2026-11-24"},
		{"week", "--date", "2026-11-24", "--json"}, {"ideas"}, {"ideas", "--json"},
	}
	for _, f := range []string{"md", "csv", "html", "json"} {
		for _, who := range []string{"manager", "review", "me"} {
			runs = append(runs, []string{"export", "--for", who, "--format", f, "--from", "2026-11-01", "--to", "2026-11-30", "--include-wellbeing"})
		}
	}
	for _, args := range runs {
		o := h.run(t, args...)
		if o.code == 2 && (strings.Contains(o.stderr, "unknown") || strings.Contains(o.stderr, "unexpected")) {
			t.Logf("%v: not built yet", args)
			continue
		}
		if o.code != 0 {
			t.Errorf("%v: exit %d: %s", args, o.code, o.stderr)
			continue
		}
		if slices.Contains(args, "csv") {
			// RFC 4180 ends every record with CRLF: debrief's own line ends, not text.
			o.stdout = strings.ReplaceAll(o.stdout, "\r\n", "\n")
		}
		// The words around the payload must still show where the text is
		// shown in full (JSON keeps it exactly, escaped).
		shows := args[0] == "show" || args[0] == "backup" || (args[0] == "ideas" && len(args) == 1) ||
			(args[0] == "export" && (args[2] == "me" || args[2] == "review"))
		check(strings.Join(args, " "), o, shows)
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: the app path is not tested")
	}
	hostileInTheApp(t, h)
}

// hostileInTheApp pastes the hostile text into the app running in tmux,
// saves, opens it in History, and checks the raw bytes the app wrote to
// the terminal: none of the payload's sequences reach it.
func hostileInTheApp(t *testing.T, h *home) {
	exe, _ := os.Executable()
	bin := filepath.Join(h.dir, "bin", "debrief")
	os.MkdirAll(filepath.Dir(bin), 0o700)
	if err := os.Symlink(exe, bin); err != nil {
		t.Fatal(err)
	}
	env := append(h.env[:len(h.env):len(h.env)], "TERM=xterm-256color", "LC_ALL=en_US.UTF-8")
	app := tmux.Start(t, 120, 40, env, bin)
	raw := filepath.Join(h.dir, "raw.out")
	app.Record(raw)
	// 2026-11-25 is a workday without an entry: the app opens on the debrief.
	app.WaitFor("How was the shift?")
	app.Keys("Tab", "4", "NPage")
	app.WaitFor("Three things I helped with today")
	// A bracketed paste, as a terminal delivers pasted text.
	app.Paste(hostile)
	app.WaitFor("PWNED")
	app.Keys("C-s")
	app.WaitFor("is saved")
	app.Keys("q")
	app.WaitFor("Today's debrief (2026-11-25) is done")
	app.Keys("h")
	app.WaitFor("3 of 3 shown")
	app.Keys("Enter")
	pane := app.WaitFor("PWNED", "Mood")
	app.Keys("C-c")
	// pipe-pane's copy runs beside the screen: wait for it to hold the text.
	var out []byte
	for end := time.Now().Add(10 * time.Second); !bytes.Contains(out, []byte("Mood")) && time.Now().Before(end); time.Sleep(30 * time.Millisecond) {
		out, _ = os.ReadFile(raw)
	}
	if !bytes.Contains(out, []byte("PWNED")) {
		t.Fatalf("no raw terminal output captured (%d bytes)", len(out))
	}
	for _, m := range markers {
		if bytes.Contains(out, []byte(m)) {
			t.Errorf("the app wrote the payload %q to the terminal", m)
		}
	}
	if !strings.Contains(pane, "PWNED") {
		t.Errorf("the pasted text is not shown:\n%s", pane)
	}
	o := h.run(t, "show", "2026-11-25")
	if bad := harmless(o.stdout + o.stderr); bad != "" || !strings.Contains(o.stdout, "PWNED") {
		t.Errorf("show of the text typed in the app: %s\n%s", bad, o.stdout)
	}
	t.Logf("History after the paste:\n%s", pane)
}
