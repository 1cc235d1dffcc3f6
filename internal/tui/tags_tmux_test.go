package tui

import (
	"strings"
	"testing"
)

// Tags typed in the debrief's last step (the real binary, a Chinese
// locale) are saved with the entry, found by list --tag and shown in
// History's reader.
func TestTagsInTheFlowInTmux(t *testing.T) {
	h := newPerson(t, "zh_CN.UTF-8")
	term := h.start(100, 30)
	term.WaitFor("欢迎使用 debrief") // a fresh journal welcomes first
	term.Keys("Enter")
	term.WaitFor("这个班次怎么样？")
	term.Keys("Tab", "4")
	for range 6 {
		term.Keys("NPage")
	}
	term.WaitFor("看一眼，然后保存")
	term.Text("双十一，夜班, 双十一")
	term.WaitFor("双十一，夜班, 双十一")
	term.Keys("Enter")
	term.WaitFor("的复盘已保存")
	term.Keys("q")
	term.WaitFor("今天（2026-11-25）的复盘已经写好了")
	term.Keys("h")
	term.WaitFor("2026-11-25")
	term.Keys("Enter")
	pane := term.WaitFor("标签")
	t.Logf("the reader:\n%s", pane)
	if !strings.Contains(pane, "双十一、夜班") && !strings.Contains(pane, "双十一，夜班") {
		t.Errorf("the reader does not show the two tags:\n%s", pane)
	}
	term.Keys("C-c")
	if out := h.debrief("list", "--tag", "夜班", "--json"); !strings.Contains(out, `"tags": [`) || strings.Count(out, "双十一") != 1 {
		t.Errorf("list --tag 夜班:\n%s", out)
	}
}
