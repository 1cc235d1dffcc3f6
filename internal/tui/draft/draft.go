// Package draft is the bookkeeping of a screen that keeps what is typed as
// a draft in the journal: whether it differs from the last draft written
// (dirty), a generation counting changes so a late write confirmation
// cannot clear a newer change, and one idle timer per burst of typing.
// The owner takes the snapshot inside Update; the write runs in a
// tea.Cmd; nothing here reads the screen or draws.
package draft

import (
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Saver tracks one draft, named by Tag (the shift date): messages for
// another tag are another screen's and are ignored.
type Saver struct {
	Tag   string
	Idle  time.Duration // how long typing must pause before a write
	dirty bool
	gen   int
	seq   int
	done  bool
	order *order
}

// order keeps the writes of one draft in the order they were asked for:
// each write is a tea.Cmd on its own goroutine, so two in flight (a step
// change right after another) could land in either order and leave the
// older snapshot in the journal. A write runs under mu and is skipped when
// a later one has already been written.
type order struct {
	mu      sync.Mutex
	asked   int
	written int
}

// IdleMsg fires Idle after a change; only the newest one means "write".
type IdleMsg struct {
	tag string
	seq int
}

// SavedMsg reports a draft write of the screen as it was at change number
// gen, with what the write returned besides its error.
type SavedMsg struct {
	tag    string
	gen    int
	result any
	err    error
}

// Err is the write's error: the runner reports it when the last draft,
// written after the program ended, could not be saved.
func (m SavedMsg) Err() error { return m.err }

// Changed notes a change and returns the idle timer for it. Call it when
// the screen's revision moved.
func (s *Saver) Changed() tea.Cmd {
	s.MarkDirty()
	s.seq++
	tag, seq := s.Tag, s.seq
	return tea.Tick(s.Idle, func(time.Time) tea.Msg { return IdleMsg{tag: tag, seq: seq} })
}

// MarkDirty notes a change without starting the timer (a step change
// writes at once anyway).
func (s *Saver) MarkDirty() {
	s.dirty = true
	s.gen++
}

// Clean says the screen holds exactly what the journal has (a draft just
// resumed).
func (s *Saver) Clean() { s.dirty = false }

// Dirty reports whether there is something to write.
func (s *Saver) Dirty() bool { return s.dirty && !s.done }

// IsIdle reports whether msg is this draft's newest idle timer.
func (s *Saver) IsIdle(msg IdleMsg) bool { return msg.tag == s.Tag && msg.seq == s.seq }

// Save returns the command writing a snapshot with write, nil when
// nothing changed since the last confirmed write. The screen stays dirty
// until the write is confirmed, so a write lost with the program (ctrl+c)
// or refused (journal locked) is made again by the next save or at the
// exit. Take the snapshot before calling: write runs later. What write
// returns besides its error comes back with Saved.
func (s *Saver) Save(write func() (any, error)) tea.Cmd {
	if !s.Dirty() {
		return nil
	}
	if s.order == nil {
		s.order = &order{}
	}
	o := s.order
	o.mu.Lock()
	o.asked++
	n := o.asked
	o.mu.Unlock()
	tag, gen := s.Tag, s.gen
	return func() tea.Msg {
		o.mu.Lock()
		defer o.mu.Unlock()
		if n < o.written {
			// A later snapshot is in the journal already.
			return SavedMsg{tag: tag, gen: gen}
		}
		result, err := write()
		if err == nil {
			o.written = n
		}
		return SavedMsg{tag: tag, gen: gen, result: result, err: err}
	}
}

// Saved takes a write's report: mine is false for another screen's draft;
// result and err are what the write returned. A confirmed write clears
// dirty only if no change came after the snapshot.
func (s *Saver) Saved(msg SavedMsg) (mine bool, result any, err error) {
	if msg.tag != s.Tag {
		return false, nil, nil
	}
	if msg.err == nil && msg.gen == s.gen {
		s.dirty = false
	}
	return true, msg.result, msg.err
}

// Done says the entry itself was saved: no draft is written any more.
func (s *Saver) Done() {
	s.done = true
	s.dirty = false
}
