package tui

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/tuitest/tmux"
)

func TestMain(m *testing.M) {
	code := m.Run()
	tmux.Cleanup()
	os.Exit(code)
}

// person is a person's environment for the real binary: a Chinese locale,
// a fixed day, the journal in a temporary directory.
type person struct {
	t   *testing.T
	bin string
	env []string
	db  string
}

func newPerson(t *testing.T, lang string) *person {
	tmux.Skip(t)
	dir := t.TempDir()
	return &person{t: t, bin: tmux.Binary(t, "../../cmd/debrief"), db: filepath.Join(dir, "data", "debrief", "journal.db"),
		env: []string{
			"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "TERM=xterm-256color",
			"XDG_DATA_HOME=" + dir + "/data", "XDG_CONFIG_HOME=" + dir + "/config",
			// LANG picks the language for debrief; tmux -u does not depend
			// on the locale being installed.
			"LANG=" + lang, "DEBRIEF_TODAY=2026-11-25",
		}}
}

func (h *person) start(w, hh int, args ...string) *tmux.Term {
	return tmux.Start(h.t, w, hh, h.env, append([]string{h.bin}, args...)...)
}

func (h *person) debrief(args ...string) string {
	h.t.Helper()
	cmd := exec.Command(h.bin, args...)
	cmd.Env = h.env
	out, err := cmd.CombinedOutput()
	if err != nil {
		h.t.Fatalf("debrief %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// waitDraft polls the journal until the draft of d satisfies ok.
func (h *person) waitDraft(d journal.Date, ok func(journal.Draft) bool) {
	h.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var dr journal.Draft
		var found bool
		err := store.Read(h.db, store.Options{}, func(tx *store.Tx) error {
			var err error
			dr, found, err = tx.Draft(d)
			return err
		})
		if err == nil && found && ok(dr) {
			return
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("no such draft for %s: %+v %v", d, dr, err)
		}
		time.Sleep(30 * time.Millisecond)
	}
}

// The real binary in a real terminal (tmux, 100×30, a Chinese locale):
// typing Chinese, closing the terminal in the middle, coming back, and
// SIGTERM in the middle of another debrief.
func TestRealBinaryInTmux(t *testing.T) {
	h := newPerson(t, "zh_CN.UTF-8")

	// 2026-11-25 is a Wednesday with no entry, the journal is new: the
	// welcome, then the flow.
	one := h.start(100, 30)
	one.WaitFor("欢迎使用 debrief")
	one.Keys("Enter")
	one.WaitFor("这个班次怎么样？")
	one.Keys("Tab", "4", "NPage")
	one.WaitFor("今天帮助用户的3件小事")
	one.Text("帮阿姨找回了订单")
	one.WaitFor("帮阿姨找回了订单") // read by the app: the enter below is a key, not part of the text
	one.Keys("Enter")
	one.Text("耐心解释了“七天无理由”")
	one.Keys("NPage", "NPage")
	one.WaitFor("只有你自己看得到")
	one.Text("今天被骂了半小时,很委屈")
	one.WaitFor("今天被骂了半小时,很委屈")
	// Closing the terminal in the middle of the flow (SIGHUP).
	one.Hangup()
	h.waitDraft(journal.NewDate(2026, 11, 25), func(dr journal.Draft) bool { return dr.Entry.Vent != "" })

	// Starting again offers the draft, and the text is intact.
	two := h.start(100, 30)
	two.WaitFor("有一份没写完的复盘")
	two.Keys("Enter")
	pane := two.WaitFor("今天被骂了半小时,很委屈")
	t.Logf("after resuming:\n%s", pane)
	two.Keys("PPage", "PPage")
	two.WaitFor("耐心解释了“七天无理由”")
	two.Keys("C-s")
	pane = two.WaitFor("的复盘已保存")
	t.Logf("saved:\n%s", pane)
	two.Keys("q")
	two.WaitFor("今天（2026-11-25）的复盘已经写好了")
	two.Keys("q")

	show := h.debrief("show", "2026-11-25")
	for _, want := range []string{"帮阿姨找回了订单", "耐心解释了“七天无理由”", "今天被骂了半小时,很委屈"} {
		if !strings.Contains(show, want) {
			t.Errorf("debrief show lacks %q:\n%s", want, show)
		}
	}
	// The enter between the two lines was a key: two things I helped with.
	var saved journal.Entry
	if err := store.Read(h.db, store.Options{}, func(tx *store.Tx) error {
		var err error
		saved, _, err = tx.Entry(journal.NewDate(2026, 11, 25))
		return err
	}); err != nil || !slices.Equal(saved.Helped, []string{"帮阿姨找回了订单", "耐心解释了“七天无理由”"}) {
		t.Errorf("saved helped = %q (%v)", saved.Helped, err)
	}
	// SIGTERM in the middle of another debrief keeps its draft too.
	three := h.start(100, 30, "new", "--date", "2026-11-24")
	three.WaitFor("这个班次怎么样？")
	three.Keys("Tab", "2", "NPage")
	three.WaitFor("今天帮助用户的3件小事")
	three.Text("被投诉了,但我解释清楚了")
	three.WaitFor("被投诉了,但我解释清楚了")
	if comm, _ := os.ReadFile("/proc/" + strconv.Itoa(three.Pid()) + "/comm"); strings.TrimSpace(string(comm)) != "debrief" {
		t.Fatalf("pane process is %q, not debrief", comm)
	}
	three.Signal(syscall.SIGTERM)
	h.waitDraft(journal.NewDate(2026, 11, 24), func(dr journal.Draft) bool {
		return len(dr.Entry.Helped) == 1 && dr.Entry.Helped[0] == "被投诉了,但我解释清楚了" && dr.Entry.Mood == 2
	})

	list := h.debrief("list", "--json")
	if !strings.Contains(list, `"mood": 4`) || !strings.Contains(list, "帮阿姨找回了订单") {
		t.Errorf("list --json:\n%s", list)
	}
}
