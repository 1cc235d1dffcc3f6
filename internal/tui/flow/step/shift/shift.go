// Package shift is the debrief's first step: the shift (kind and times),
// how it felt (mood, energy, stress), contacts and CSAT, and — when the
// last shift named one — whether last shift's "one thing" happened.
package shift

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/flow/step"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/theme"
	"github.com/debrief-app/debrief/internal/tui/ui/choice"
	"github.com/debrief-app/debrief/internal/tui/ui/field"
	"github.com/debrief-app/debrief/internal/tui/ui/form"
	"github.com/debrief-app/debrief/internal/tui/ui/scale"
)

// Step is the shift step.
type Step struct {
	step.Base
	shift                choice.Model
	start, end           field.Model
	contacts, csat       field.Model
	mood, energy, stress choice.Model
	focusDone            choice.Model
	lastTomorrow         string // the previous entry's "tomorrow"
	weekFocus            string // last week's review focus, on the week's first debrief
}

// New returns the shift step, the day shift chosen.
func New(ctx *app.Context) *Step {
	s := &Step{Base: step.NewBase(ctx, "tui.step.shift")}
	p, fs := ctx.P, ctx.Styles.Field
	s.shift = s.Choice(step.Options("shift.", journal.ShiftKinds, p.T), false)
	s.shift.SetValue(journal.ShiftDay)
	s.start = field.New("HH:MM", fs)
	s.end = field.New("HH:MM", fs)
	s.contacts = field.New(p.T("tui.ph.contacts"), fs)
	s.csat = field.New(p.T("tui.ph.csat"), fs)
	s.mood = scale.New("mood", p, false, ctx.Keys.Choice, ctx.Styles)
	s.energy = scale.New("energy", p, true, ctx.Keys.Choice, ctx.Styles)
	s.stress = scale.New("stress", p, true, ctx.Keys.Choice, ctx.Styles)
	s.focusDone = s.Choice(step.Options("focus.", journal.FocusAnswers, p.T), true)
	s.slots()
	return s
}

// Preselect chooses the shift kind the schedule's rotation names for the
// date (nothing when it names none); a saved entry or a draft loaded after
// it keeps its own kind.
func (s *Step) Preselect(kind string) {
	if kind != "" {
		s.shift.SetValue(kind)
	}
}

// SetPrevious shows what the previous shift wanted to do (and asks
// whether it happened) and last week's focus.
func (s *Step) SetPrevious(lastTomorrow, weekFocus string) {
	s.lastTomorrow, s.weekFocus = lastTomorrow, weekFocus
	s.slots()
	s.SetSize(s.Width, s.Height)
}

func (s *Step) slots() {
	t := s.Ctx.T
	slots := []form.Slot{
		{Label: t("tui.f.shift"), Choice: &s.shift},
		{Label: t("tui.f.mood"), Choice: &s.mood, Check: s.checkMood},
		{Label: t("tui.f.energy"), Choice: &s.energy},
		{Label: t("tui.f.stress"), Choice: &s.stress},
		{Label: t("tui.f.start"), Field: &s.start, Tidy: tidyClock(&s.start), Check: s.checkClock(&s.start)},
		{Label: t("tui.f.end"), Field: &s.end, Tidy: tidyClock(&s.end), Check: s.checkClock(&s.end)},
		{Label: t("tui.f.contacts"), Field: &s.contacts, Check: s.checkContacts},
		{Label: t("tui.f.csat"), Field: &s.csat, Check: s.checkCSAT},
	}
	if s.lastTomorrow != "" {
		slots = append(slots, form.Slot{Label: t("tui.f.focus_done"), Choice: &s.focusDone})
	}
	s.Form.SetSlots(slots)
}

func (s *Step) head() []string {
	st := s.Ctx.Styles
	t := s.Ctx.T
	h := s.Title()
	// Whole, wrapped: "did it happen" below asks about this very line, so
	// it is never cut and never scrolls away (the head stays put while the
	// fields scroll).
	if s.weekFocus != "" {
		h = append(h, layout.Wrap(st.Muted.Render(t("tui.week_focus"))+i18n.Gap(t("tui.week_focus"))+safetext.Line(s.weekFocus), max(s.Width, 10))...)
	}
	if s.lastTomorrow != "" {
		h = append(h, layout.Wrap(st.Muted.Render(t("tui.last_tomorrow"))+i18n.Gap(t("tui.last_tomorrow"))+safetext.Line(s.lastTomorrow), max(s.Width, 10))...)
	}
	return h
}

// SetSize lays the step out in its box.
func (s *Step) SetSize(w, h int) {
	s.Width, s.Height = w, h
	for _, f := range []*field.Model{&s.start, &s.end, &s.contacts, &s.csat} {
		f.SetWidth(step.FieldWidth(w))
	}
	s.Layout(len(s.head()))
}

// Restyle passes new styles to the fields.
func (s *Step) Restyle(st theme.Styles) {
	s.Form.SetStyles(st)
	for _, f := range []*field.Model{&s.start, &s.end, &s.contacts, &s.csat} {
		f.SetStyles(st.Field)
	}
}

// Update moves between the slots and types into them.
func (s *Step) Update(msg tea.Msg) (app.Move, tea.Cmd) { return s.Base.Update(msg) }

// View draws the step.
func (s *Step) View() layout.Frame { return s.Frame(s.head()) }

// Load puts an entry's shift fields on screen.
func (s *Step) Load(d journal.Draft) {
	e := d.Entry
	if e.Shift != "" {
		s.shift.SetValue(e.Shift)
	}
	s.start.SetValue(e.StartedAt)
	s.end.SetValue(e.EndedAt)
	s.contacts.SetValue("")
	if e.Contacts != nil {
		s.contacts.SetValue(strconv.Itoa(*e.Contacts))
	}
	s.csat.SetValue("")
	if e.CSAT != nil {
		s.csat.SetValue(strconv.FormatFloat(*e.CSAT, 'f', -1, 64))
	}
	scale.Set(&s.mood, e.Mood)
	scale.Set(&s.energy, e.Energy)
	scale.Set(&s.stress, e.Stress)
	s.focusDone.SetValue(e.FocusDone)
	s.Changed()
}

// Fill writes the shift fields into d.
func (s *Step) Fill(d *journal.Draft) {
	e := &d.Entry
	e.Shift = s.shift.Value()
	e.StartedAt = clock(s.start.Value())
	e.EndedAt = clock(s.end.Value())
	e.Contacts, e.CSAT = contacts(s.contacts.Value()), csat(s.csat.Value())
	e.Mood, e.Energy, e.Stress = scale.Value(s.mood), scale.Value(s.energy), scale.Value(s.stress)
	e.FocusDone = ""
	if s.lastTomorrow != "" {
		e.FocusDone = s.focusDone.Value()
	}
}

// clock is a typed time as it is kept (HH:MM) when it reads as one
// (journal.ReadClock: 9, 930, 21.30…), else the text as typed, which the
// check under the field then names.
func clock(v string) string {
	v = strings.TrimSpace(v)
	if c, err := journal.ReadClock(v); err == nil {
		return c.String()
	}
	return v
}

// contacts is the typed count, nil when it is not a whole number.
func contacts(v string) *int {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil {
		return nil
	}
	return &n
}

// csat is the typed percentage ("96" or "96%"), nil when it is not a
// number.
func csat(v string) *float64 {
	f, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), "%"), 64)
	if err != nil || f != f {
		return nil
	}
	return &f
}

// tidyClock shows a time typed as 930 as the 09:30 it becomes.
func tidyClock(f *field.Model) func() {
	return func() {
		if v := clock(f.Value()); v != f.Value() {
			f.SetValue(v)
		}
	}
}

// The checks under the fields: what stops saving, said where it is.

func (s *Step) checkMood() string {
	if scale.Value(s.mood) == 0 {
		return s.Ctx.T("tui.need_mood")
	}
	return ""
}

func (s *Step) checkClock(f *field.Model) func() string {
	return func() string {
		v := strings.TrimSpace(f.Value())
		if _, err := journal.ReadClock(v); v != "" && err != nil {
			return s.Ctx.T("tui.check.time", v)
		}
		return ""
	}
}

func (s *Step) checkContacts() string {
	v := strings.TrimSpace(s.contacts.Value())
	if n := contacts(v); v != "" && (n == nil || *n < 0 || *n > journal.MaxContacts) {
		return s.Ctx.T("tui.check.contacts", v, journal.MaxContacts)
	}
	return ""
}

func (s *Step) checkCSAT() string {
	v := strings.TrimSpace(s.csat.Value())
	if f := csat(v); v != "" && (f == nil || *f < 0 || *f > 100) {
		return s.Ctx.T("tui.check.csat", v)
	}
	return ""
}
