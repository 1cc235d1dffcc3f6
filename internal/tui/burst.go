package tui

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
)

// A terminal without bracketed paste (or tmux send-keys, some input
// methods, some remote consoles) delivers a paste as one key press per
// character, and Bubble Tea draws a frame after each: 20 KB pasted so
// took minutes. While a field has the keyboard, a key that comes within
// burstGap of the one before — faster than anyone types — is gathered
// instead of handled, and the gathered keys go to the field as one paste
// a frame later (or before any other message, so the order is kept). An
// enter or a tab inside a burst is text: a pasted paragraph neither jumps
// to the next field nor submits.
const (
	burstGap   = 3 * time.Millisecond
	burstFlush = 8 * time.Millisecond // about one frame at 120 fps
)

// burst is the keys gathered so far.
type burst struct {
	clock   func() time.Time
	text    strings.Builder
	pending bool
	seq     int
	last    time.Time // when the last text key was taken in
}

// flushMsg takes the gathered keys in: a frame after the first.
type flushMsg struct{ seq int }

// take gathers k when it comes within burstGap of the key before, and
// says whether it did; the command is the flush timer, started with the
// first key gathered. A key that comes later (an enter typed after a
// paste) is a key again: the burst is taken in first.
func (b *burst) take(k tea.KeyPressMsg) (tea.Cmd, bool) {
	text, ok := burstText(k)
	now := b.clock()
	if !ok || now.Sub(b.last) >= burstGap {
		return nil, false
	}
	b.text.WriteString(text)
	b.last = now
	if b.pending {
		return nil, true
	}
	b.pending = true
	b.seq++
	seq := b.seq
	return tea.Tick(burstFlush, func(time.Time) tea.Msg { return flushMsg{seq: seq} }), true
}

// typed notes a text key just taken in (after its frame was drawn): a key
// that follows faster than a person types is part of a burst.
func (b *burst) typed() { b.last = b.clock() }

// drain is the gathered text, now taken out.
func (b *burst) drain() (string, bool) {
	if !b.pending {
		return "", false
	}
	s := b.text.String()
	b.text.Reset()
	b.pending = false
	b.last = b.clock()
	return s, true
}

// burstText is what k types inside a burst: its text, a new line for
// enter, a space for tab; ok is false for any other key.
func burstText(k tea.KeyPressMsg) (string, bool) {
	if k.Mod&^tea.ModShift != 0 {
		return "", false
	}
	switch k.Code {
	case tea.KeyEnter:
		return "\n", true
	case tea.KeyTab:
		if k.Mod == 0 {
			return " ", true
		}
		return "", false
	}
	return k.Text, k.Text != ""
}
