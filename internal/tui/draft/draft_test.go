package draft

import (
	"errors"
	"testing"
	"time"
)

// A write confirmed after a newer change leaves the draft dirty; a
// confirmed write of the newest change cleans it; a refused one keeps it.
func TestGenerations(t *testing.T) {
	s := &Saver{Tag: "2026-11-25", Idle: time.Hour}
	if s.Save(func() (any, error) { return nil, nil }) != nil {
		t.Fatal("a clean draft writes")
	}
	s.Changed()
	first := s.Save(func() (any, error) { return nil, nil })().(SavedMsg)
	s.Changed() // typed while the first write ran
	if mine, _, err := s.Saved(first); !mine || err != nil || !s.Dirty() {
		t.Fatalf("mine %v err %v dirty %v after a stale confirmation", mine, err, s.Dirty())
	}
	refused := s.Save(func() (any, error) { return nil, errors.New("locked") })().(SavedMsg)
	if _, _, err := s.Saved(refused); err == nil || !s.Dirty() {
		t.Fatal("a refused write cleaned the draft")
	}
	ok := s.Save(func() (any, error) { return nil, nil })().(SavedMsg)
	if _, _, err := s.Saved(ok); err != nil || s.Dirty() {
		t.Fatal("a confirmed write left the draft dirty")
	}
	if mine, _, _ := s.Saved(SavedMsg{tag: "other"}); mine {
		t.Fatal("another draft's message taken")
	}
	s.Changed()
	s.Done()
	if s.Save(func() (any, error) { return nil, nil }) != nil {
		t.Fatal("a draft written after the entry was saved")
	}
}

// Only the newest idle timer of a burst writes.
func TestIdle(t *testing.T) {
	s := &Saver{Tag: "d", Idle: time.Millisecond}
	first := s.Changed()().(IdleMsg)
	second := s.Changed()().(IdleMsg)
	if s.IsIdle(first) || !s.IsIdle(second) {
		t.Fatal("an older timer counts")
	}
}

// Two writes in flight (a step change right after another) leave the later
// snapshot in the journal whichever goroutine runs first.
func TestWritesKeepTheirOrder(t *testing.T) {
	s := &Saver{Tag: "2026-11-25", Idle: time.Hour}
	journal := ""
	s.MarkDirty()
	step1 := s.Save(func() (any, error) { journal = "step 1"; return nil, nil })
	step2 := s.Save(func() (any, error) { journal = "step 2"; return nil, nil })
	s.Saved(step2().(SavedMsg))
	s.Saved(step1().(SavedMsg))
	if journal != "step 2" {
		t.Fatalf("the journal holds %q after the later write", journal)
	}
	if s.Dirty() {
		t.Fatal("dirty after the newest snapshot was written")
	}
}
