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
