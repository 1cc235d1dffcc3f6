package main

import (
	"runtime"
	"testing"
	"time"
)

func TestVisibleText(t *testing.T) {
	for _, c := range []struct {
		in, want, rest string
	}{
		{"\x1b[?1049h\x1b[2J\x1b[H", "", ""},
		{"\x1b]11;?\x07\x1b[c", "", ""},
		{"\x1b[1;32m今天 ok\x1b[0m\r\n", "今天ok", ""},
		{"\x1bP+q544e\x1b\\ab", "ab", ""},
		{"共 12\x1b[1C条\x1b[3", "共12条", "\x1b[3"},
		{"记录\xe8\xae", "记录", "\xe8\xae"},
		{"记录\x1b", "记录", "\x1b"},
	} {
		got, rest := visibleText([]byte(c.in))
		if string(got) != c.want || string(rest) != c.rest {
			t.Errorf("visibleText(%q) = %q, %q; want %q, %q", c.in, string(got), rest, c.want, c.rest)
		}
	}
}

// TestSessionSeesTheScreen runs a stand-in app on the pty: it asks for the
// cursor position (and would hang without an answer), draws with escape
// sequences between the words, and echoes a key.
func TestSessionSeesTheScreen(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("pty sessions are Linux-only")
	}
	app, err := startApp(process{args: []string{"/bin/sh", "-c", `stty raw -echo; printf '\033[?1049h\033[6n'; dd bs=6 count=1 >/dev/null 2>&1; printf '\033[2J共 \033[1m2462\033[0m 条记录'; dd bs=3 count=1 2>/dev/null; sleep 5`}}, 80, 24)
	if err != nil {
		t.Fatal(err)
	}
	defer app.stop()
	at, err := app.waitFor("共 2462 条记录", 0, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if took := at.Sub(app.start); took <= 0 || took > 5*time.Second {
		t.Errorf("shown after %v", took)
	}
	m := app.mark()
	app.master.Write([]byte("嗯"))
	if _, err := app.waitFor("嗯", m, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	if app.cpu() <= 0 {
		t.Error("no CPU time read for the app")
	}
}
