package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A night-shift agent on a rotation (two nights, two days off from
// 2026-11-24), in the real binary: on the rotation's night (Wednesday the
// 25th) debrief opens on the flow with 夜班 already chosen, and what is
// saved says night; on its rest day (Friday the 27th, a weekday by the
// calendar) it opens on home, not on a debrief.
func TestRotationNightShiftInTmux(t *testing.T) {
	h := newPerson(t, "zh_CN.UTF-8")
	var cfg string
	for _, kv := range h.env {
		if dir, ok := strings.CutPrefix(kv, "XDG_CONFIG_HOME="); ok {
			cfg = filepath.Join(dir, "debrief", "config.toml")
		}
	}
	if err := os.MkdirAll(filepath.Dir(cfg), 0o700); err != nil {
		t.Fatal(err)
	}
	rotation := "[schedule]\nrotation = [\"night\", \"night\", \"off\", \"off\"]\nrotation_start = \"2026-11-24\"\nshift_end = \"06:00\"\n"
	if err := os.WriteFile(cfg, []byte(rotation), 0o600); err != nil {
		t.Fatal(err)
	}

	night := h.start(100, 30)
	// A journal with nothing in it opens on the welcome; enter starts.
	night.WaitFor("欢迎使用 debrief")
	night.Keys("Enter")
	pane := night.WaitFor("这个班次怎么样？")
	t.Logf("the night's flow:\n%s", pane)
	if !strings.Contains(pane, "[3 夜班]") {
		t.Errorf("夜班 is not chosen on the shift step:\n%s", pane)
	}
	night.Keys("Tab", "3", "NPage")
	night.WaitFor("今天帮助用户的3件小事")
	night.Text("夜里帮客户追回了丢件")
	night.Keys("C-s")
	night.WaitFor("的复盘已保存")
	night.Keys("q")
	night.WaitFor("今天（2026-11-25）的复盘已经写好了")
	night.Keys("q")
	if show := h.debrief("show", "2026-11-25", "--lang", "zh"); !strings.Contains(show, "夜班") || !strings.Contains(show, "夜里帮客户追回了丢件") {
		t.Errorf("the saved night shift:\n%s", show)
	}

	h.env = append(h.env, "DEBRIEF_TODAY=2026-11-27") // the last one counts
	rest := h.start(100, 30)
	pane = rest.WaitFor("今天（2026-11-27）还没有复盘。")
	if strings.Contains(pane, "这个班次怎么样？") {
		t.Errorf("the rotation's rest day opened a debrief:\n%s", pane)
	}
	t.Logf("the rest day:\n%s", pane)
	rest.Keys("q")
}
