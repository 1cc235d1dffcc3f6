package app

import (
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/journal"
)

// Move is what a step asks of the debrief flow after a message.
type Move int

const (
	Stay     Move = iota
	NextStep      // tab past the last slot: the next step, from its first slot
	PrevStep      // shift+tab before the first slot: the previous step, at its last slot
	BackStep      // esc: the previous step (home from the first)
	SaveNow       // enter on the review: save
)

// Step is one step of the debrief (the shift, three things I helped with,
// cases, let it out, ideas, next shift, review). It owns its fields, its
// keys and its layout; the flow collects the draft from all steps and
// never reaches inside one. Steps never touch the journal.
type Step interface {
	Component
	// Update takes a key or a paste; the Move says where the flow goes.
	Update(tea.Msg) (Move, tea.Cmd)
	// Name is the i18n key of the step ("tui.step.shift").
	Name() string
	// Load puts a draft (or a saved entry) into the step's fields.
	Load(journal.Draft)
	// Fill writes the step's own fields into d, including what is being
	// typed and not yet added (a case form still open, an idea in its
	// field).
	Fill(d *journal.Draft)
	// Check checks every field of the step and shows each problem under
	// its field; it says how many stop saving and the first slot to fix.
	Check() (problems, slot int)
	// Problems is how many problems the step shows now (they go as they
	// are fixed).
	Problems() int
	// Focus gives the step the keyboard at its first slot (or its last);
	// FocusSlot at slot i; Blur takes it away (and keeps what was being
	// typed: an open case is closed, a typed idea is added).
	Focus(fromStart bool) tea.Cmd
	FocusSlot(i int) tea.Cmd
	Blur()
	// Rev moves on every change of what Fill would write: comparing it
	// before and after an Update says whether the draft changed.
	Rev() int
	// Capturing is true while a text field has the keyboard.
	Capturing() bool
}

// StatusMsg asks the flow to show a line under the step (an error when
// Err is set; "" clears it).
type StatusMsg struct {
	Text string
	Err  bool
}
