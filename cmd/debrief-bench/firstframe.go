package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"
)

// errNotApp means the program printed and exited on its own: there is no
// interactive app yet, only the status line.
var errNotApp = errors.New("not built yet (debrief printed and exited: no app on a terminal)")

// firstFrame starts the program on a 120×40 pseudo-terminal and measures
// the time from exec to the first frame: the first output that holds
// visible text. Terminal queries an app may send while starting (cursor
// position, colours, device attributes) are answered the way a terminal
// would, so nothing waits for a reply. After the frame the app gets ctrl+c,
// then SIGKILL if it lingers.
func firstFrame(p process, warmup, runs int) (result, error) {
	var r result
	var times []time.Duration
	for i := range warmup + runs {
		took, _, err := firstFrameOnce(p, false)
		if err != nil {
			return r, err
		}
		if i >= warmup {
			times = append(times, took)
		}
	}
	// One more run under GNU time for the peak memory (see timeBin).
	if _, rss, err := firstFrameOnce(p, true); err == nil {
		r.peakKiB = rss
	}
	r.median, r.runs, r.tool = median(times), len(times), "pty"
	return r, nil
}

func firstFrameOnce(p process, rss bool) (time.Duration, int64, error) {
	master, tty, err := openPTY(120, 40)
	if err != nil {
		return 0, 0, err
	}
	defer master.Close()
	c := p.command()
	var report string
	if rss && timeBin != "" {
		f, err := os.CreateTemp("", "debrief-bench-rss-")
		if err != nil {
			return 0, 0, err
		}
		f.Close()
		report = f.Name()
		defer os.Remove(report)
		c.Path, c.Args = timeBin, append([]string{timeBin, "-f", "%M", "-o", report, "--"}, p.args...)
	}
	c.Env = append(c.Env, "TERM=xterm-256color", "COLORTERM=truecolor")
	c.Stdin, c.Stdout, c.Stderr = tty, tty, tty
	c.SysProcAttr = ttyAttr()
	start := time.Now()
	if err := c.Start(); err != nil {
		tty.Close()
		return 0, 0, err
	}
	tty.Close()
	exited := make(chan error, 1)
	go func() { exited <- c.Wait() }()
	frame := make(chan time.Duration, 1)
	go watch(master, start, frame)

	var took time.Duration
	select {
	case took = <-frame:
	case <-exited:
		return 0, 0, errNotApp
	case <-time.After(10 * time.Second):
		c.Process.Kill()
		<-exited
		return 0, 0, errors.New("no frame within 10 s")
	}
	// A status line also "shows text": an app is what is still running.
	select {
	case <-exited:
		return 0, 0, errNotApp
	case <-time.After(300 * time.Millisecond):
	}
	master.Write([]byte{0x03}) // ctrl+c: leave the app as a person would
	select {
	case <-exited:
	case <-time.After(2 * time.Second):
		c.Process.Signal(syscall.SIGKILL)
		<-exited
		fmt.Fprintln(os.Stderr, "debrief-bench: the app did not quit on ctrl+c within 2 s; killed")
	}
	return took, readPeak(report, c), nil
}

// watch reads the terminal output, answers queries, and reports the time of
// the first output with at least a few visible characters.
func watch(master *os.File, start time.Time, frame chan<- time.Duration) {
	buf := make([]byte, 64<<10)
	var seen bytes.Buffer
	reported := false
	for {
		n, err := master.Read(buf)
		if n > 0 {
			chunk := buf[:n]
			answerQueries(master, chunk)
			seen.Write(chunk)
			if !reported && visibleRunes(seen.Bytes()) >= 8 {
				reported = true
				frame <- time.Since(start)
			}
		}
		if err != nil {
			return
		}
	}
}

var answers = []struct{ query, reply string }{
	{"\x1b[6n", "\x1b[1;1R"},                          // cursor position
	{"\x1b[c", "\x1b[?62;22c"},                        // primary device attributes
	{"\x1b]11;?", "\x1b]11;rgb:0000/0000/0000\x1b\\"}, // background colour
	{"\x1b]10;?", "\x1b]10;rgb:ffff/ffff/ffff\x1b\\"}, // foreground colour
	{"\x1b[?u", "\x1b[?0u"},                           // keyboard enhancements
	{"\x1b[?2026$p", "\x1b[?2026;2$y"},                // synchronized output mode
	{"\x1b[?2027$p", "\x1b[?2027;0$y"},                // unicode core mode
}

func answerQueries(master *os.File, chunk []byte) {
	for _, a := range answers {
		if bytes.Contains(chunk, []byte(a.query)) {
			master.Write([]byte(a.reply))
		}
	}
}

// visibleRunes counts printable, non-space characters outside escape
// sequences (CSI, OSC, DCS and two-byte escapes).
func visibleRunes(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		switch c := b[i]; {
		case c == 0x1b && i+1 < len(b):
			i = skipEscape(b, i)
		case c < 0x20 || c == 0x7f:
			i++
		default:
			r, size := utf8.DecodeRune(b[i:])
			if r != utf8.RuneError && unicode.IsGraphic(r) && !unicode.IsSpace(r) {
				n++
			}
			i += size
		}
	}
	return n
}

func skipEscape(b []byte, i int) int {
	switch b[i+1] {
	case '[': // CSI: parameters, then a final byte 0x40–0x7e
		for j := i + 2; j < len(b); j++ {
			if b[j] >= 0x40 && b[j] <= 0x7e {
				return j + 1
			}
		}
		return len(b)
	case ']', 'P', 'X', '^', '_': // strings ended by BEL or ST
		for j := i + 2; j < len(b); j++ {
			if b[j] == 0x07 {
				return j + 1
			}
			if b[j] == 0x1b && j+1 < len(b) && b[j+1] == '\\' {
				return j + 2
			}
		}
		return len(b)
	}
	return i + 2
}

// isNotApp reports whether err says the app does not exist yet.
func isNotApp(err error) bool { return errors.Is(err, errNotApp) }
