package tuitest

import (
	"bytes"
	"reflect"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

// Run feeds a command's messages back into the model the way the program
// would, one level of batches deep; the commands those messages return
// are dropped (timers would make a frame wait).
func Run(m tea.Model, cmd tea.Cmd) tea.Model {
	if cmd == nil {
		return m
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		for _, c := range batch {
			if c != nil {
				m, _ = m.Update(c())
			}
		}
		return m
	}
	m, _ = m.Update(msg)
	return m
}

// personPaced gives a root with a clock one where every key comes at a
// person's pace.
func personPaced(root tea.Model) {
	if cl, ok := root.(Clocked); ok {
		c := &Clock{now: time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)}
		cl.SetClock(c.Now)
	}
}

// Settle sizes root to w×h, runs its Init and then msgs, synchronously,
// every key at a person's pace.
func Settle(root tea.Model, w, h int, msgs ...tea.Msg) tea.Model {
	personPaced(root)
	m, _ := root.Update(tea.WindowSizeMsg{Width: w, Height: h})
	m = Run(m, root.Init())
	for _, msg := range msgs {
		m, _ = m.Update(msg)
	}
	return m
}

// Frame is root's frame after Settle, through the ASCII colour profile
// (bold and reverse kept, no colours) so goldens are stable. It also
// checks what every frame must be: w×h, and the same when drawn twice.
func Frame(t testing.TB, root tea.Model, w, h int, msgs ...tea.Msg) string {
	t.Helper()
	m := Settle(root, w, h, msgs...)
	out := Render(m)
	if again := Render(m); again != out {
		t.Errorf("two Views without an Update differ:\n%s\n---\n%s", out, again)
	}
	CheckBox(t, out, w, h)
	return out
}

// Render draws m's View through the ASCII profile.
func Render(m tea.Model) string {
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.Ascii}
	_, _ = w.WriteString(m.View().Content)
	return buf.String()
}

// Drive sends msgs to m the way the program would, and feeds back the
// messages of the commands they return that answer quickly (reading and
// writing the journal); timers are dropped.
func Drive(m tea.Model, msgs ...tea.Msg) tea.Model {
	for _, msg := range msgs {
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		m = runQuick(m, cmd, 0)
	}
	return m
}

func runQuick(m tea.Model, cmd tea.Cmd, depth int) tea.Model {
	if cmd == nil || depth > 4 {
		return m
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(300 * time.Millisecond):
		return m
	}
	if cmds, ok := commands(msg); ok {
		for _, c := range cmds {
			m = runQuick(m, c, depth+1)
		}
		return m
	}
	if msg == nil {
		return m
	}
	var next tea.Cmd
	m, next = m.Update(msg)
	return runQuick(m, next, depth+1)
}

// commands are the commands of a batch or a sequence (whose message type
// Bubble Tea does not export), in order.
func commands(msg tea.Msg) ([]tea.Cmd, bool) {
	if b, ok := msg.(tea.BatchMsg); ok {
		return b, true
	}
	v := reflect.ValueOf(msg)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeFor[tea.Cmd]() {
		return nil, false
	}
	out := make([]tea.Cmd, v.Len())
	for i := range out {
		out[i] = v.Index(i).Interface().(tea.Cmd)
	}
	return out, true
}

// Boot sizes root to w×h and runs its Init the way the program would
// (quick commands only); Drive then presses keys.
func Boot(root tea.Model, w, h int) tea.Model {
	personPaced(root)
	m, _ := root.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return runQuick(m, root.Init(), 0)
}
