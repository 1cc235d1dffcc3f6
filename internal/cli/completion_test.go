package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/tui/tuitest/tmux"
)

// TestBashCompletesWithTab loads `debrief completion bash` into a real
// bash in a real terminal and presses Tab as a person does: subcommands,
// then the values of --for and --format.
func TestBashCompletesWithTab(t *testing.T) {
	tmux.Skip(t)
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is not installed")
	}
	// The script needs the bash-completion package, as on any desktop
	// Linux (.ci/run installs it).
	const bashCompletion = "/usr/share/bash-completion/bash_completion"
	if _, err := os.Stat(bashCompletion); err != nil {
		t.Skip("the bash-completion package is not installed")
	}
	// TestMain (testscript) put this test binary on PATH as debrief.
	bin, err := exec.LookPath("debrief")
	if err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	env := []string{"PATH=" + filepath.Dir(bin) + ":/usr/bin:/bin", "HOME=" + home, "TERM=xterm-256color",
		"LANG=zh_CN.UTF-8", "XDG_DATA_HOME=" + home, "XDG_CONFIG_HOME=" + home,
		"GORACE=atexit_sleep_ms=0", "HISTFILE=/dev/null"}
	term := tmux.Start(t, 120, 30, env, bash, "--norc", "--noprofile")
	term.Text("source " + bashCompletion + " && source <(debrief completion bash) && echo loaded-$((1+1))")
	term.Keys("Enter")
	term.WaitFor("loaded-2")

	term.Text("debrief exp")
	term.Keys("Tab")
	term.WaitFor("debrief export")

	term.Text(" --for ") // a leading space: tmux reads "--" as its own flag
	term.Keys("Tab", "Tab")
	screen := term.WaitFor("manager", "review", "me")
	if !strings.Contains(screen, "给主管") {
		t.Errorf("--for values come without their Chinese descriptions:\n%s", screen)
	}
	term.Text("rev")
	term.Keys("Tab")
	term.WaitFor("--for review")

	term.Text(" --format h")
	term.Keys("Tab")
	term.WaitFor("--for review  --format html")
	term.Keys("C-u") // readline clears the line, in order with the typing (C-c would race it)

	term.Text("debrief s")
	term.Keys("Tab", "Tab")
	term.WaitFor("show", "stats")
}
