package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"
)

// session is the app running on a pseudo-terminal, driven as a person
// would: keys written to the terminal, the screen read back. What the app
// draws is kept as its visible text (escape sequences and white space
// removed: the renderer may move the cursor over blanks), so a row can
// wait for words to be on screen.
type session struct {
	master *os.File
	cmd    *exec.Cmd
	start  time.Time
	exited chan error

	mu      sync.Mutex
	text    []rune    // visible text drawn so far
	lastOut time.Time // when the last output came
	changed chan struct{}
}

// startApp starts p on a cols×rows pseudo-terminal.
func startApp(p process, cols, rows uint16) (*session, error) {
	master, tty, err := openPTY(cols, rows)
	if err != nil {
		return nil, err
	}
	c := p.command()
	c.Env = append(c.Env, "TERM=xterm-256color", "COLORTERM=truecolor")
	c.Stdin, c.Stdout, c.Stderr = tty, tty, tty
	c.SysProcAttr = ttyAttr()
	s := &session{master: master, cmd: c, exited: make(chan error, 1), changed: make(chan struct{}, 1)}
	s.start = time.Now()
	if err := c.Start(); err != nil {
		tty.Close()
		master.Close()
		return nil, err
	}
	tty.Close()
	go func() { s.exited <- c.Wait() }()
	go s.read()
	return s, nil
}

func (s *session) read() {
	buf := make([]byte, 64<<10)
	var pending []byte // an escape sequence or a rune cut by the read
	for {
		n, err := s.master.Read(buf)
		if n > 0 {
			now := time.Now()
			answerQueries(s.master, buf[:n])
			chunk := append(pending, buf[:n]...)
			text, rest := visibleText(chunk)
			pending = append([]byte(nil), rest...)
			s.mu.Lock()
			s.text = append(s.text, text...)
			s.lastOut = now
			s.mu.Unlock()
			select {
			case s.changed <- struct{}{}:
			default:
			}
		}
		if err != nil {
			return
		}
	}
}

// mark is how much text has been drawn: a wait from a mark looks only at
// what was drawn after it.
func (s *session) mark() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.text)
}

// waitFor waits until words (white space ignored) are drawn after mark
// and returns when they were (the time of the output that completed them).
func (s *session) waitFor(words string, mark int, timeout time.Duration) (time.Time, error) {
	want := []rune(strings.Join(strings.Fields(words), ""))
	deadline := time.After(timeout)
	from := mark // text before from was searched already
	for {
		s.mu.Lock()
		from = min(from, len(s.text))
		found := indexRunes(s.text[from:], want) >= 0
		at := s.lastOut
		from = max(from, len(s.text)-len(want)+1)
		s.mu.Unlock()
		if found {
			return at, nil
		}
		select {
		case <-s.changed:
		case err := <-s.exited:
			s.exited <- err
			return time.Time{}, fmt.Errorf("the app exited (%v) before showing %q; it showed: %s", err, words, s.tail(200))
		case <-deadline:
			return time.Time{}, fmt.Errorf("%q not shown within %v; the screen ends with: %s", words, timeout, s.tail(200))
		}
	}
}

// quiet waits until the app has drawn nothing for d (at most timeout).
func (s *session) quiet(d, timeout time.Duration) {
	end := time.Now().Add(timeout)
	for time.Now().Before(end) {
		s.mu.Lock()
		last := s.lastOut
		s.mu.Unlock()
		if time.Since(last) >= d {
			return
		}
		time.Sleep(d / 4)
	}
}

func (s *session) tail(n int) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return string(s.text[max(0, len(s.text)-n):])
}

// keys types each key in turn, a little apart, as a person would: a burst
// of keys within a few milliseconds is what a paste looks like.
func (s *session) keys(keys ...string) error {
	for _, k := range keys {
		if _, err := s.master.Write([]byte(k)); err != nil {
			return err
		}
		time.Sleep(60 * time.Millisecond)
	}
	return nil
}

// cpu is the CPU time the app has used so far: the time on a CPU of each
// of its threads (schedstat, in nanoseconds; the tick-counted utime would
// be 10 ms coarse).
func (s *session) cpu() time.Duration {
	dir := fmt.Sprintf("/proc/%d/task", s.cmd.Process.Pid)
	ents, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	var total int64
	for _, e := range ents {
		data, err := os.ReadFile(filepath.Join(dir, e.Name(), "schedstat"))
		if err != nil {
			continue
		}
		if f := strings.Fields(string(data)); len(f) > 0 {
			v, _ := strconv.ParseInt(f[0], 10, 64)
			total += v
		}
	}
	return time.Duration(total)
}

// stop leaves the app with ctrl+c (twice: a question may come first),
// then SIGKILL if it lingers.
func (s *session) stop() {
	defer s.master.Close()
	for range 3 {
		s.master.Write([]byte{0x03})
		select {
		case <-s.exited:
			return
		case <-time.After(700 * time.Millisecond):
		}
	}
	s.cmd.Process.Signal(syscall.SIGKILL)
	<-s.exited
	fmt.Fprintln(os.Stderr, "debrief-bench: the app did not quit on ctrl+c; killed")
}

// visibleText is the printable, non-space runes of b outside escape
// sequences, and the unfinished sequence or rune at its end.
func visibleText(b []byte) (text []rune, rest []byte) {
	for i := 0; i < len(b); {
		switch c := b[i]; {
		case c == 0x1b:
			if i+1 == len(b) {
				return text, b[i:]
			}
			j := skipEscape(b, i)
			if j >= len(b) && !escapeEnded(b[i:]) {
				return text, b[i:]
			}
			i = j
		case c < 0x20 || c == 0x7f:
			i++
		default:
			if !utf8.FullRune(b[i:]) {
				return text, b[i:]
			}
			r, size := utf8.DecodeRune(b[i:])
			if r != utf8.RuneError && unicode.IsGraphic(r) && !unicode.IsSpace(r) {
				text = append(text, r)
			}
			i += size
		}
	}
	return text, nil
}

// escapeEnded reports whether the escape sequence at the start of b ends
// within b.
func escapeEnded(b []byte) bool {
	if len(b) < 2 {
		return false
	}
	switch b[1] {
	case '[':
		return bytes.IndexFunc(b[2:], func(r rune) bool { return r >= 0x40 && r <= 0x7e }) >= 0
	case ']', 'P', 'X', '^', '_':
		return bytes.IndexByte(b[2:], 0x07) >= 0 || bytes.Contains(b[2:], []byte("\x1b\\"))
	}
	return true
}

func indexRunes(s, sub []rune) int {
	if len(sub) == 0 {
		return 0
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i] == sub[0] && string(s[i:i+len(sub)]) == string(sub) {
			return i
		}
	}
	return -1
}
