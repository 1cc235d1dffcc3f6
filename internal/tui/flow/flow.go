// Package flow is the end-of-shift debrief: seven steps (the shift and how
// it felt, three things I helped with, typical cases, let it out,
// improvement ideas, one thing for next shift, review and save). What is
// typed is kept as a draft in the journal on every step change, after a
// few idle seconds and when the app ends, and saved as an entry in one
// transaction.
package flow

import (
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/choice"
	"github.com/debrief-app/debrief/internal/tui/common"
	"github.com/debrief-app/debrief/internal/tui/scale"
	"github.com/debrief-app/debrief/internal/tui/textfield"
)

// The steps, in order.
const (
	stepShift = iota
	stepHelped
	stepCases
	stepVent
	stepIdeas
	stepTomorrow
	stepReview
	numSteps
)

var stepNames = [numSteps]string{
	"tui.step.shift", "tui.step.helped", "tui.step.cases", "tui.step.vent",
	"tui.step.ideas", "tui.step.tomorrow", "tui.step.review",
}

// phase is what the flow is doing as a whole.
type phase int

const (
	phaseLoading phase = iota
	phaseResume        // a draft was found: resume it or start over?
	phaseTyping
	phaseSaving
	phaseSaved
)

// IdleSave is how long typing must pause before the draft is written.
var IdleSave = 3 * time.Second

// Model is the debrief flow for one shift date.
type Model struct {
	ctx     *common.Context
	keys    keyMap
	date    journal.Date
	editing bool // reopening a saved entry
	width   int
	height  int

	phase phase
	step  int
	focus int // index into the current step's slots

	// Step 1: the shift.
	shift                choice.Model
	start, end           textfield.Field
	contacts, csat       textfield.Field
	mood, energy, stress choice.Model
	lastTomorrow         string // the previous entry's "tomorrow"
	weekFocus            string // last week's review focus, shown on the week's first debrief
	focusDone            choice.Model
	// Step 2.
	helped [journal.MaxHelped]textfield.Field
	// Step 3.
	cases      []journal.Case
	caseSel    int
	caseEdit   int // index of the case in the form; -1: the list is shown
	caseForm   caseForm
	categories []string // used before, most frequent first
	jots       []journal.Jot
	jotsUsed   int
	// Step 4.
	vent     textfield.Field
	ventKeep choice.Model // keep it privately, or let it go
	// Step 5.
	ideas    []journal.Idea
	ideaSel  int
	ideaText textfield.Field
	ideaKind choice.Model
	// Step 6.
	tomorrow textfield.Field

	existing     *journal.Entry // the saved entry being edited (keeps Tags)
	pendingDraft *journal.Draft // offered for resuming
	dirty        bool           // changed since the draft was last written
	gen          int            // counts changes: a draft write clears dirty only if none came after
	idleSeq      int
	saved        bool
	status       string // one line under the step: saved draft, problems
	statusErr    bool
	result       saveResult
	cursor       *tea.Cursor // where the last View put the real cursor
}

// New returns the flow for date (today when 0). edit reopens the saved
// entry of that date, prefilled.
func New(ctx *common.Context, date journal.Date, edit bool) *Model {
	if date == 0 {
		date = ctx.Today
	}
	m := &Model{ctx: ctx, keys: newKeys(ctx.T), date: date, editing: edit, caseEdit: -1}
	dark := ctx.Styles.Dark
	p := ctx.P
	m.shift = choice.New(options("shift.", journal.ShiftKinds, p.T), false)
	m.shift.SetValue(journal.ShiftDay)
	m.start = textfield.New("HH:MM", dark)
	m.end = textfield.New("HH:MM", dark)
	m.contacts = textfield.New(p.T("tui.ph.contacts"), dark)
	m.csat = textfield.New(p.T("tui.ph.csat"), dark)
	m.mood = scale.New("mood", p, false)
	m.energy = scale.New("energy", p, true)
	m.stress = scale.New("stress", p, true)
	m.focusDone = choice.New(options("focus.", journal.FocusAnswers, p.T), true)
	for i := range m.helped {
		m.helped[i] = textfield.New(p.T("tui.ph.helped"), dark)
	}
	m.caseForm = newCaseForm(ctx)
	m.vent = textfield.NewMultiLine(p.T("tui.ph.vent"), dark)
	m.ventKeep = choice.New([]choice.Option{
		{Value: "keep", Label: p.T("tui.vent.keep")},
		{Value: "letgo", Label: p.T("tui.vent.letgo")},
	}, false)
	m.ventKeep.SetValue("keep")
	m.ideaText = textfield.New(p.T("tui.ph.idea"), dark)
	m.ideaKind = choice.New(options("kind.", journal.IdeaKinds, p.T), false)
	m.ideaKind.SetValue(journal.IdeaKinds[0])
	m.tomorrow = textfield.New(p.T("tui.ph.tomorrow"), dark)
	m.SetSize(ctx.Width, max(ctx.Height-2, 1))
	return m
}

func options(prefix string, values []string, t func(string, ...any) string) []choice.Option {
	out := make([]choice.Option, len(values))
	for i, v := range values {
		out[i] = choice.Option{Value: v, Label: t(prefix + v)}
	}
	return out
}

// Date is the shift date of this debrief.
func (m *Model) Date() journal.Date { return m.date }

// Init loads what the flow needs: a draft to resume, the entry to edit, the
// previous shift's "tomorrow" and the categories used before.
func (m *Model) Init() tea.Cmd { return m.load() }

// Capturing is true while a text field has the keyboard: letters (and ?)
// are text then, not keys.
func (m *Model) Capturing() bool {
	if m.phase != phaseTyping {
		return false
	}
	s := m.focused()
	return s != nil && s.text != nil
}

// SetSize lays the fields out for the space the root gives the flow.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	fw := m.fieldWidth()
	for _, f := range m.allText() {
		f.SetWidth(fw)
	}
	m.vent.SetWidth(min(max(w-4, 10), maxTextWidth))
	// The vent gets what is left under the step line, its label, the
	// private mark and the keep/let-go choice.
	m.vent.SetHeight(min(max(h-9, 3), maxVentRows))
}

// labelWidth is the column of labels in the shift step and the case form.
const labelWidth = 18

// maxVentRows is the tallest the vent gets: room to write, while each
// keystroke redraws only what shows.
const maxVentRows = 16

// maxTextWidth keeps lines of text readable on wide terminals; it also
// bounds the text area's per-keystroke re-wrapping, whose cost grows with
// the width for Chinese (a run without spaces is one long "word").
const maxTextWidth = 80

func (m *Model) fieldWidth() int { return min(max(m.width-labelWidth-4, 10), maxTextWidth) }

func (m *Model) allText() []*textfield.Field {
	out := []*textfield.Field{&m.start, &m.end, &m.contacts, &m.csat, &m.ideaText, &m.tomorrow}
	for i := range m.helped {
		out = append(out, &m.helped[i])
	}
	return append(out, m.caseForm.texts()...)
}
