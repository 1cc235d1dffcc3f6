package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/tuitest/tmux"
)

// Two real processes against one journal, in tmux with the real binary,
// a Chinese locale and Chinese text (issue 11): nothing acknowledged is
// lost, and the conflict question comes where it must.

var zh = i18n.New(i18n.ZH)

var today = journal.NewDate(2026, 11, 25)

// read reads the journal as it is now (the apps have it only while they
// write).
func (h *person) read(fn func(*store.Tx) error) {
	h.t.Helper()
	if err := store.Read(h.db, store.Options{}, fn); err != nil {
		h.t.Fatal(err)
	}
}

// entryNow reads the saved entry of today.
func (h *person) entryNow() (e journal.Entry) {
	h.t.Helper()
	h.read(func(tx *store.Tx) (err error) { e, _, err = tx.Entry(today); return err })
	return e
}

// draftNow reads today's draft.
func (h *person) draftNow() (dr journal.Draft) {
	h.t.Helper()
	h.read(func(tx *store.Tx) (err error) { dr, _, err = tx.Draft(today); return err })
	return dr
}

// jotsNow reads today's jots.
func (h *person) jotsNow() []string {
	h.t.Helper()
	var out []string
	h.read(func(tx *store.Tx) error {
		jots, err := tx.Jots(today)
		for _, j := range jots {
			out = append(out, j.Text)
		}
		return err
	})
	return out
}

// archive writes an archive holding one entry of today (JSON fields).
func (h *person) archive(fields string) string {
	h.t.Helper()
	path := filepath.Join(h.t.TempDir(), "import.json")
	doc := fmt.Sprintf(`{"format":"debrief-archive","version":1,"exported_at":"2026-11-25T21:00:00+08:00",
"entries":[{"shift_date":"2026-11-25",%s,"created_at":"2026-11-25T20:00:00+08:00","updated_at":"2026-11-25T20:00:00+08:00"}],
"days_off":[],"ideas":[],"weekly_reviews":[]}`, fields)
	if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
		h.t.Fatal(err)
	}
	return path
}

// typeDebrief answers the shift step (mood) and types the helped lines.
func typeDebrief(term *tmux.Term, mood string, helped ...string) {
	term.WaitFor(zh.T("tui.step.shift.title"))
	term.Keys("Tab")
	term.Text(mood)
	term.Keys("NPage")
	term.WaitFor(zh.T("tui.step.helped.title"))
	for i, l := range helped {
		if i > 0 {
			term.Keys("Enter")
		}
		term.Text(l)
		// shown before the next enter: an enter within a burst of typed
		// text is taken as part of a paste (a line break: a space here)
		term.WaitFor(l)
	}
}

// savedTitle is what the flow says once saved.
var savedTitle = zh.T("tui.saved.title", today)

// `debrief jot A`; the flow opens; `debrief jot B` in another process; the
// idle save; the save: both jots are kept with the shift (neither was made
// a case), and the next jot is #3.
func TestTmuxJotWhileTheFlowIsOpen(t *testing.T) {
	h := newPerson(t, "zh_CN.UTF-8")
	h.debrief("jot", "A 顾客要快递员电话")
	app := h.start(80, 24)
	typeDebrief(app, "4", "帮阿姨找回了订单")
	if out := h.debrief("jot", "B 退款卡住了"); !strings.Contains(out, zh.T("jot.done", 2, "B 退款卡住了")) {
		t.Fatalf("jot B: %s", out)
	}
	h.waitDraft(today, func(dr journal.Draft) bool {
		return len(dr.Entry.Helped) == 1 && dr.Entry.Helped[0] == "帮阿姨找回了订单"
	})
	if got := h.jotsNow(); !slices.Equal(got, []string{"A 顾客要快递员电话", "B 退款卡住了"}) {
		t.Fatalf("jots after the idle save: %q", got)
	}
	app.Keys("NPage")
	app.WaitFor("A 顾客要快递员电话", "B 退款卡住了")
	app.Keys("C-s")
	app.WaitFor(savedTitle)
	if out := h.debrief("jot", "C 第三条"); !strings.Contains(out, zh.T("jot.done", 3, "C 第三条")) {
		t.Errorf("the next jot: %s", out)
	}
	if got := h.jotsNow(); len(got) != 3 {
		t.Errorf("jots %q", got)
	}
}

// The same with one jot made a case: the used one goes with the save, the
// other one stays, the flow's review said so.
func TestTmuxUsedJotGoesUnusedStays(t *testing.T) {
	h := newPerson(t, "zh_CN.UTF-8")
	h.debrief("jot", "A 顾客要快递员电话")
	app := h.start(80, 24)
	typeDebrief(app, "3", "帮阿姨找回了订单")
	h.debrief("jot", "B 退款卡住了")
	app.Keys("NPage")
	app.WaitFor("B 退款卡住了")
	app.Text("j")
	app.WaitFor(zh.T("tui.f.need"))
	app.Keys("Escape")
	app.WaitFor("1. A 顾客要快递员电话")
	app.Keys("NPage", "NPage", "NPage", "NPage")
	pane := app.WaitFor(zh.T("tui.review.jots_kept", 1))
	t.Logf("review:\n%s", pane)
	app.Keys("Enter")
	app.WaitFor(savedTitle)
	if got := h.jotsNow(); !slices.Equal(got, []string{"B 退款卡住了"}) {
		t.Errorf("jots after saving: %q", got)
	}
	if e := h.entryNow(); len(e.Cases) != 1 || e.Cases[0].Title != "A 顾客要快递员电话" {
		t.Errorf("cases %+v", e.Cases)
	}
}

// `debrief import` brings in an entry for the date the flow is open on;
// ctrl+s asks; each answer saves what it says.
func TestTmuxImportWhileTheFlowIsOpen(t *testing.T) {
	for _, c := range []struct {
		key    string
		mood   int
		helped []string
	}{
		{"b", 4, []string{"帮阿姨找回了订单", "安抚了一位着急的顾客", "解释了退款规则"}},
		{"m", 4, []string{"帮阿姨找回了订单", "安抚了一位着急的顾客"}},
		{"t", 2, []string{"帮阿姨找回了订单", "解释了退款规则"}},
	} {
		t.Run(c.key, func(t *testing.T) {
			h := newPerson(t, "zh_CN.UTF-8")
			app := h.start(80, 24, "new") // a new journal: plain `debrief` welcomes first
			typeDebrief(app, "4", "帮阿姨找回了订单", "安抚了一位着急的顾客")
			file := h.archive(`"shift":"night","mood":2,"contacts":80,"helped":["帮阿姨找回了订单","解释了退款规则"]`)
			if out := h.debrief("import", file); !strings.Contains(out, "1") {
				t.Fatalf("import: %s", out)
			}
			app.Keys("C-s")
			pane := app.WaitFor(zh.T("conflict.title.saved"), "解释了退款规则", "安抚了一位着急的顾客")
			t.Logf("the question at 80×24:\n%s", pane)
			if e := h.entryNow(); e.Mood != 2 {
				t.Fatalf("the import was overwritten: %+v", e)
			}
			app.Text(c.key)
			app.WaitFor(savedTitle)
			e := h.entryNow()
			if e.Mood != c.mood || !slices.Equal(e.Helped, c.helped) || e.Rev != 2 {
				t.Errorf("saved mood %d helped %q rev %d, want mood %d helped %q rev 2", e.Mood, e.Helped, e.Rev, c.mood, c.helped)
			}
		})
	}
}

// Two apps on one date: the second's idle save does not overwrite the
// first's draft; each save asks; keeping both keeps every line.
func TestTmuxTwoAppsOnOneDate(t *testing.T) {
	h := newPerson(t, "zh_CN.UTF-8")
	one := h.start(80, 24, "new") // a new journal: plain `debrief` welcomes first
	two := h.start(80, 24, "new")
	// Both are open on the new day before either writes a draft.
	one.WaitFor(zh.T("tui.step.shift.title"))
	two.WaitFor(zh.T("tui.step.shift.title"))
	typeDebrief(one, "4", "一号窗口写的")
	h.waitDraft(today, func(dr journal.Draft) bool {
		return len(dr.Entry.Helped) == 1 && dr.Entry.Helped[0] == "一号窗口写的"
	})
	typeDebrief(two, "2", "二号窗口写的")
	two.WaitFor(firstWords(zh.T("conflict.draft_held")))
	if dr := h.draftNow(); dr.Entry.Helped[0] != "一号窗口写的" || dr.Entry.Mood != 4 {
		t.Fatalf("the first window's draft was overwritten: %+v", dr.Entry)
	}
	two.Keys("C-s")
	two.WaitFor(zh.T("conflict.title.draft"), "一号窗口写的")
	two.Text("b")
	two.WaitFor(savedTitle)
	if e := h.entryNow(); e.Mood != 2 || !slices.Equal(e.Helped, []string{"二号窗口写的", "一号窗口写的"}) {
		t.Fatalf("the second window kept both: %+v", e)
	}
	one.Keys("C-s")
	one.WaitFor(zh.T("conflict.title.saved"))
	one.Text("b")
	one.WaitFor(savedTitle)
	if e := h.entryNow(); e.Mood != 4 || !slices.Equal(e.Helped, []string{"一号窗口写的", "二号窗口写的"}) || e.Rev != 2 {
		t.Errorf("the first window kept both: mood %d helped %q rev %d", e.Mood, e.Helped, e.Rev)
	}
}

// `debrief edit` of the same entry in two terminals: the second save asks,
// and keeping both keeps the first one's change too.
func TestTmuxEditInTwoTerminals(t *testing.T) {
	h := newPerson(t, "zh_CN.UTF-8")
	h.debrief("import", h.archive(`"shift":"day","mood":3,"helped":["帮阿姨找回了订单"]`))
	one := h.start(80, 24, "edit", "2026-11-25")
	two := h.start(80, 24, "edit", "2026-11-25")
	for _, term := range []*tmux.Term{one, two} {
		term.WaitFor(zh.T("tui.editing", today))
	}
	one.Keys("Tab")
	one.Text("5")
	one.Keys("C-s")
	one.WaitFor(savedTitle)
	two.Keys("NPage")
	two.WaitFor("帮阿姨找回了订单")
	two.Keys("Enter")
	two.Text("二号终端加的一行")
	two.WaitFor("二号终端加的一行")
	two.Keys("C-s")
	two.WaitFor(zh.T("conflict.title.saved"), "5 "+zh.T("mood.5"))
	two.Text("b")
	two.WaitFor(savedTitle)
	if e := h.entryNow(); e.Mood != 5 || !slices.Equal(e.Helped, []string{"帮阿姨找回了订单", "二号终端加的一行"}) || e.Rev != 3 {
		t.Errorf("after both edits: mood %d helped %q rev %d", e.Mood, e.Helped, e.Rev)
	}
}
