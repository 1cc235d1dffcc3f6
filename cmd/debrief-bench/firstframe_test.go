package main

import (
	"runtime"
	"testing"
	"time"
)

func TestVisibleRunes(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"\x1b[?1049h\x1b[2J\x1b[H", 0},
		{"\x1b]11;?\x07\x1b[c", 0},
		{"\x1b[1;32m今天 ok\x1b[0m\r\n", 4},
		{"\x1bP+q544e\x1b\\ab", 2},
	} {
		if got := visibleRunes([]byte(c.in)); got != c.want {
			t.Errorf("visibleRunes(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// TestFirstFrameOfATerminalProgram runs a stand-in app on the pty: it asks
// for the cursor position (and would hang without an answer), draws, and
// waits for ctrl+c.
func TestFirstFrameOfATerminalProgram(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("pty timing is Linux-only")
	}
	app := process{args: []string{"/bin/sh", "-c", `stty raw -echo; printf '\033[?1049h\033[6n'; dd bs=6 count=1 >/dev/null 2>&1; stty sane; printf '\033[2Jdebrief 今天的班次'; sleep 5`}}
	took, _, err := firstFrameOnce(app, false)
	if err != nil {
		t.Fatal(err)
	}
	if took <= 0 || took > 3*time.Second {
		t.Errorf("first frame after %v", took)
	}
	status := process{args: []string{"/bin/sh", "-c", `echo "no entry today; run debrief on a terminal"`}}
	if _, _, err := firstFrameOnce(status, false); !isNotApp(err) {
		t.Errorf("a program that prints and exits: %v, want not-an-app", err)
	}
}
