package tui

import (
	"strings"
	"testing"
)

// The Playbook screen in the real binary (tmux, a Chinese locale): p on
// home opens 我的方法 with the journal's categories, lessons and best
// cases — the vent, the tags and the jots nowhere — and esc goes back.
func TestPlaybookScreenInTmux(t *testing.T) {
	h := newPerson(t, "zh_CN.UTF-8")
	h.env = append(h.env, "DEBRIEF_TODAY=2026-11-28") // a Saturday: debrief opens on home
	h.debrief("import", "testdata/playbook.json")

	term := h.start(100, 40)
	term.WaitFor("今天（2026-11-28）还没有复盘。")
	term.Keys("p")
	pane := term.WaitFor("处理得最好的案例")
	t.Logf("the playbook:\n%s", pane)
	for _, want := range []string{"我的方法 · 2026-11-02 至 2026-11-28", "物流 delivery", "3 个案例 · 已解决 2 · 跟进中 1 · 投诉变表扬 1",
		"客户常见的真实需求：想知道包裹在哪（2 次）；要个说法", "• 先查物流轨迹（2 次，最近 2026-11-05）", "2026-11-05  投诉变表扬  ★ 投诉变表扬"} {
		if !strings.Contains(pane, want) {
			t.Errorf("the playbook lacks %q", want)
		}
	}
	term.Keys("G")
	pane = term.WaitFor("未分类")
	if strings.Contains(pane, "CANARY") {
		t.Errorf("a private canary on the playbook:\n%s", pane)
	}
	term.Keys("Escape")
	term.WaitFor("今天（2026-11-28）还没有复盘。")
	term.Keys("q")
}

// p in History's reader pins the shift's cases for the review (and takes
// the pins back), as `debrief pin` does; the vent stays as it was.
func TestPinInTheReaderInTmux(t *testing.T) {
	h := newPerson(t, "zh_CN.UTF-8")
	h.env = append(h.env, "DEBRIEF_TODAY=2026-11-28")
	h.debrief("import", "testdata/playbook.json")

	term := h.start(100, 40)
	term.WaitFor("今天（2026-11-28）还没有复盘。")
	term.Keys("h")
	term.WaitFor("2026-11-05")
	term.Keys("Down", "Enter")
	term.WaitFor("投诉变表扬")
	term.Keys("p")
	pane := term.WaitFor("已把这天的案例标记进述职。")
	t.Logf("pinned:\n%s", pane)
	if strings.Count(pane, "📌 述职") != 2 {
		t.Errorf("both cases of 2026-11-05 should show the pin:\n%s", pane)
	}
	term.Keys("Escape")
	term.Keys("q")
	out := h.debrief("export", "--for", "review", "--from", "2026-11-01", "--format", "json")
	if strings.Count(out, `"pinned": true`) != 2 || !strings.Contains(out, `"title": "包裹破损"`) {
		t.Errorf("export after pinning in the reader:\n%s", out)
	}
	if show := h.debrief("show", "2026-11-02"); !strings.Contains(show, "CANARY-VENT") {
		t.Errorf("the vent of another day changed?\n%s", show)
	}
}
