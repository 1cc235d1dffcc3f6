// Package tomorrow is the debrief's sixth step: one thing to do better on
// the next shift (the next debrief asks whether it happened).
package tomorrow

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/flow/step"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/theme"
	"github.com/debrief-app/debrief/internal/tui/ui/field"
	"github.com/debrief-app/debrief/internal/tui/ui/form"
)

// Step is the "next shift" step.
type Step struct {
	step.Base
	tomorrow field.Model
}

// New returns the step, empty.
func New(ctx *app.Context) *Step {
	s := &Step{Base: step.NewBase(ctx, "tui.step.tomorrow")}
	s.tomorrow = field.New(ctx.T("tui.ph.tomorrow"), ctx.Styles.Field)
	s.Form.SetSlots([]form.Slot{{Label: ctx.T("tui.f.tomorrow"), Field: &s.tomorrow, Above: true}})
	return s
}

// SetSize lays the step out in its box.
func (s *Step) SetSize(w, h int) {
	s.Width, s.Height = w, h
	s.tomorrow.SetWidth(step.FieldWidth(w))
	s.Layout(len(s.Title()))
}

// Restyle passes new styles to the field.
func (s *Step) Restyle(st theme.Styles) {
	s.Form.SetStyles(st)
	s.tomorrow.SetStyles(st.Field)
}

// Update types into the field; enter goes on to the review.
func (s *Step) Update(msg tea.Msg) (app.Move, tea.Cmd) { return s.Base.Update(msg) }

// View draws the step.
func (s *Step) View() layout.Frame { return s.Frame(s.Title()) }

// Load puts the entry's line in the field.
func (s *Step) Load(d journal.Draft) { s.tomorrow.SetValue(d.Entry.Tomorrow) }

// Fill writes the line.
func (s *Step) Fill(d *journal.Draft) { d.Entry.Tomorrow = strings.TrimSpace(s.tomorrow.Value()) }
