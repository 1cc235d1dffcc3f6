package tui

import (
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/debrief-app/debrief/internal/tui/tuitest/tmux"
)

// ctrl+c in the middle of the debrief: back in the shell, one line says the
// draft was kept, in the person's language.
func TestCtrlCSaysTheDraftWasKept(t *testing.T) {
	for _, c := range []struct{ lang, question, helped, kept string }{
		{"zh_CN.UTF-8", "这个班次怎么样？", "今天帮助用户的3件小事", "草稿已保存（2026-11-25 的复盘），下次运行 debrief 接着写。"},
		{"en_US.UTF-8", "How was the shift?", "Three things I helped with today", "Draft kept (the debrief of 2026-11-25): run debrief to carry on."},
	} {
		t.Run(c.lang, func(t *testing.T) {
			h := newPerson(t, c.lang)
			bash, err := exec.LookPath("bash")
			if err != nil {
				t.Skip("bash is not installed")
			}
			env := append(h.env[:len(h.env):len(h.env)], "PATH="+filepath.Dir(h.bin)+":/usr/bin:/bin",
				// bash writes its history into HOME as the terminal closes: not into the test's directory.
				"HISTFILE=/dev/null")
			sh := tmux.Start(t, 100, 30, env, bash, "--norc", "--noprofile")
			sh.Text("debrief new") // a fresh journal: new goes past the welcome
			sh.Keys("Enter")
			sh.WaitFor(c.question)
			sh.Keys("Tab", "4", "NPage")
			sh.WaitFor(c.helped)
			sh.Text("帮阿姨找回了订单")
			sh.Keys("C-c")
			sh.WaitFor(c.kept)
		})
	}
}
