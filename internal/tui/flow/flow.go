// Package flow is the end-of-shift debrief: seven steps (the shift and how
// it felt, three things I helped with, typical cases, let it out,
// improvement ideas, one thing for next shift, review and save), each a
// component of its own below flow/step. This package is their controller:
// it loads what the debrief starts from, moves between the steps, keeps
// what is typed as a draft in the journal (on every step change, after a
// few idle seconds and when the app ends) and saves the entry in one
// transaction.
package flow

import (
	"strconv"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/draft"
	"github.com/debrief-app/debrief/internal/tui/flow/conflict"
	"github.com/debrief-app/debrief/internal/tui/flow/step/cases"
	"github.com/debrief-app/debrief/internal/tui/flow/step/helped"
	"github.com/debrief-app/debrief/internal/tui/flow/step/ideas"
	"github.com/debrief-app/debrief/internal/tui/flow/step/review"
	"github.com/debrief-app/debrief/internal/tui/flow/step/shift"
	"github.com/debrief-app/debrief/internal/tui/flow/step/tomorrow"
	"github.com/debrief-app/debrief/internal/tui/flow/step/vent"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/theme"
)

// phase is what the flow is doing as a whole.
type phase int

const (
	phaseLoading phase = iota
	phaseResume        // a draft was found: resume it or start over?
	phaseTyping
	phaseSaving
	phaseConflict // saving met a change made elsewhere: what to keep?
	phaseSaved
)

// IdleSave is how long typing must pause before the draft is written.
var IdleSave = 3 * time.Second

// Model is the debrief flow for one shift date.
type Model struct {
	ctx     *app.Context
	keys    keys.Flow
	date    journal.Date
	editing bool // reopening a saved entry
	width   int
	height  int

	phase phase
	cur   int // the current step

	steps    []app.Step
	shift    *shift.Step
	cases    *cases.Step
	vent     *vent.Step
	review   *review.Step
	existing *journal.Entry // the saved entry being edited (keeps Tags, CreatedAt)
	jots     []journal.Jot  // the shift's jots, read fresh (never written here)

	pendingDraft *journal.Draft // offered for resuming
	writer       *day.Writer    // saves only over the revisions read (nil until loaded)
	saver        draft.Saver
	status       string // one line under the step: saved draft, problems
	statusErr    bool
	// problemStatus: the status counts the problems shown under the
	// fields; it goes when they are fixed or the step changes.
	problemStatus bool
	result        day.Saved

	// Saving that met a change made elsewhere: what I wrote as it was
	// collected, the conflict and its question. draftHeld: another
	// window's draft is in the journal, so no draft is written over it
	// until the person chooses (the exit merges instead); entryMoved: the
	// person was told the entry changed.
	mine       journal.Draft
	conflict   *day.Conflict
	question   *conflict.Model
	draftHeld  bool
	entryMoved bool
}

// New returns the flow for date (today when 0). edit reopens the saved
// entry of that date, prefilled.
func New(ctx *app.Context, date journal.Date, edit bool) *Model {
	if date == 0 {
		date = ctx.Today
	}
	m := &Model{ctx: ctx, keys: ctx.Keys.Flow, date: date, editing: edit,
		saver: draft.Saver{Tag: date.String(), Idle: IdleSave}}
	m.shift, m.cases, m.vent, m.review = shift.New(ctx), cases.New(ctx), vent.New(ctx), review.New(ctx)
	m.question = conflict.New(ctx)
	m.steps = []app.Step{m.shift, helped.New(ctx), m.cases, m.vent, ideas.New(ctx), tomorrow.New(ctx), m.review}
	return m
}

// Date is the shift date of this debrief.
func (m *Model) Date() journal.Date { return m.date }

// Init loads what the flow needs: a draft to resume, the entry to edit, the
// previous shift's "tomorrow" and the categories used before.
func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) step() app.Step { return m.steps[m.cur] }

// Capturing is true while a text field has the keyboard: letters (and ?)
// are text then, not keys.
func (m *Model) Capturing() bool { return m.phase == phaseTyping && m.step().Capturing() }

// SetSize splits the flow's box: the step line and a blank line, the
// "editing" line when reopening a saved entry, the step, and the status
// at the bottom (one row, more when a message wraps).
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.layout()
}

func (m *Model) layout() {
	sh := max(m.height-m.headRows()-len(m.statusLines()), 1)
	for _, s := range m.steps {
		s.SetSize(m.width, sh)
	}
	m.question.SetSize(m.width, max(m.height-2, 1))
}

func (m *Model) headRows() int {
	if m.editing {
		return 3
	}
	return 2
}

// Restyle passes new styles to every step's fields.
func (m *Model) Restyle(st theme.Styles) {
	for _, s := range m.steps {
		if r, ok := s.(app.Restyler); ok {
			r.Restyle(st)
		}
	}
}

// Update handles the flow's messages and keys.
func (m *Model) Update(msg tea.Msg) (app.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		return m, m.loaded(msg)
	case draft.SavedMsg:
		m.draftSaved(msg)
		return m, nil
	case jotsMsg:
		if msg.err == nil {
			m.setJots(msg.jots)
		}
		return m, nil
	case discardedMsg:
		return m, app.GoHome
	case savedMsg:
		return m, m.onSaved(msg)
	case draft.IdleMsg:
		if m.saver.IsIdle(msg) {
			return m, m.saveDraft()
		}
		return m, nil
	case app.StatusMsg:
		m.setStatus(msg.Text, msg.Err)
		return m, nil
	case tea.KeyPressMsg:
		return m, m.key(msg)
	}
	if m.phase != phaseTyping {
		return m, nil
	}
	// Pastes, the editor's answer, cursor blinks: the step's.
	return m, m.toStep(msg)
}

func (m *Model) key(k tea.KeyPressMsg) tea.Cmd {
	switch m.phase {
	case phaseLoading, phaseSaving:
		return nil
	case phaseResume:
		switch {
		case key.Matches(k, m.keys.Resume):
			return m.resume(true)
		case key.Matches(k, m.keys.Restart):
			return m.resume(false)
		case key.Matches(k, m.keys.Back):
			return app.GoBack
		}
		return nil
	case phaseSaved:
		return app.GoBack
	case phaseConflict:
		choice, cmd := m.question.Update(k)
		return tea.Batch(cmd, m.choose(choice))
	}
	switch {
	case key.Matches(k, m.keys.Save):
		return m.save()
	case key.Matches(k, m.keys.NextStep):
		return m.gotoStep(m.cur+1, true)
	case key.Matches(k, m.keys.PrevStep):
		return m.gotoStep(m.cur-1, true)
	}
	return m.toStep(k)
}

// toStep hands a message to the current step, notices a change by its
// revision (no text is compared) and does the move it asks for.
func (m *Model) toStep(msg tea.Msg) tea.Cmd {
	s := m.step()
	before := s.Rev()
	move, cmd := s.Update(msg)
	if s.Rev() != before {
		cmd = tea.Batch(cmd, m.saver.Changed())
	}
	if m.problemStatus && s.Problems() == 0 {
		m.setStatus("", false)
	}
	switch move {
	case app.NextStep:
		return tea.Batch(cmd, m.gotoStep(m.cur+1, true))
	case app.PrevStep:
		return tea.Batch(cmd, m.gotoStep(m.cur-1, false))
	case app.BackStep:
		if m.cur == 0 {
			return tea.Sequence(cmd, m.saveDraft(), app.GoBack)
		}
		return tea.Batch(cmd, m.gotoStep(m.cur-1, true))
	case app.SaveNow:
		return tea.Batch(cmd, m.save())
	}
	return cmd
}

// gotoStep changes step and writes the draft: a step change is a natural
// moment to make sure nothing is lost. fromStart focuses the step's first
// slot, else its last.
func (m *Model) gotoStep(i int, fromStart bool) tea.Cmd {
	if i < 0 || i >= len(m.steps) {
		return nil
	}
	s := m.step()
	before := s.Rev()
	s.Blur()
	if s.Rev() != before {
		m.saver.MarkDirty()
	}
	m.cur = i
	if !m.statusErr || m.problemStatus {
		// The problems of a step stay under its fields, not on the next
		// step's status line.
		m.setStatus("", false)
	}
	if m.step() == m.review {
		m.review.Show(m.collect(), m.vent.LetGo())
	}
	cmd := tea.Batch(m.step().Focus(fromStart), m.saveDraft())
	if m.step() == m.cases {
		// Jots taken in another terminal since are offered at once.
		cmd = tea.Batch(cmd, m.readJots())
	}
	return cmd
}

// collect is the draft of what is on screen now: the entry being edited,
// then each step's own fields.
func (m *Model) collect() journal.Draft {
	d := journal.Draft{Entry: journal.Entry{ShiftDate: m.date}, Jots: m.jots, Step: m.cur, Editing: m.editing}
	if m.existing != nil {
		d.Entry.Tags, d.Entry.CreatedAt = m.existing.Tags, m.existing.CreatedAt
	}
	for _, s := range m.steps {
		s.Fill(&d)
	}
	return d
}

// apply puts a draft (or a saved entry) into every step.
func (m *Model) apply(d journal.Draft) {
	if d.Jots != nil {
		m.jots = d.Jots
	}
	for _, s := range m.steps {
		s.Load(d)
	}
}

func (m *Model) setStatus(s string, isErr bool) {
	rows := len(m.statusLines())
	m.status, m.statusErr, m.problemStatus = s, isErr, false
	if len(m.statusLines()) != rows {
		m.layout()
	}
}

// ShortHelp is the footer's keys for the current state.
func (m *Model) ShortHelp() []key.Binding {
	switch m.phase {
	case phaseResume:
		return []key.Binding{m.keys.Resume, m.keys.Restart, m.keys.Back}
	case phaseTyping:
		return m.step().ShortHelp()
	case phaseConflict:
		return m.question.ShortHelp()
	}
	return nil
}

// FullHelp is every key of the current state.
func (m *Model) FullHelp() [][]key.Binding {
	switch m.phase {
	case phaseResume:
		return [][]key.Binding{m.ShortHelp()}
	case phaseTyping:
		return m.step().FullHelp()
	case phaseConflict:
		return m.question.FullHelp()
	}
	return nil
}

func stepName(ctx *app.Context, i int, name string) string {
	return strconv.Itoa(i+1) + " " + ctx.T(name)
}
