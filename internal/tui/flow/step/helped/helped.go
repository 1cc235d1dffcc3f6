// Package helped is the debrief's second step: three small things I
// helped a customer with today.
package helped

import (
	"fmt"
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

// Step is the "three things I helped with" step.
type Step struct {
	step.Base
	helped [journal.MaxHelped]field.Model
}

// New returns the step with three empty lines.
func New(ctx *app.Context) *Step {
	s := &Step{Base: step.NewBase(ctx, "tui.step.helped")}
	slots := make([]form.Slot, len(s.helped))
	for i := range s.helped {
		s.helped[i] = field.New(ctx.T("tui.ph.helped"), ctx.Styles.Field)
		slots[i] = form.Slot{Label: ctx.T(fmt.Sprintf("tui.f.helped%d", i+1)), Field: &s.helped[i]}
	}
	s.Form.SetSlots(slots)
	return s
}

// SetSize lays the step out in its box.
func (s *Step) SetSize(w, h int) {
	s.Width, s.Height = w, h
	for i := range s.helped {
		s.helped[i].SetWidth(step.FieldWidth(w))
	}
	s.Layout(len(s.Title()))
}

// Restyle passes new styles to the fields.
func (s *Step) Restyle(st theme.Styles) {
	s.Form.SetStyles(st)
	for i := range s.helped {
		s.helped[i].SetStyles(st.Field)
	}
}

// Update moves between the lines and types into them.
func (s *Step) Update(msg tea.Msg) (app.Move, tea.Cmd) { return s.Base.Update(msg) }

// View draws the step.
func (s *Step) View() layout.Frame { return s.Frame(s.Title()) }

// Load puts the entry's lines in the fields.
func (s *Step) Load(d journal.Draft) {
	for i := range s.helped {
		v := ""
		if i < len(d.Entry.Helped) {
			v = d.Entry.Helped[i]
		}
		s.helped[i].SetValue(v)
	}
}

// Fill writes the lines that are not empty.
func (s *Step) Fill(d *journal.Draft) {
	d.Entry.Helped = nil
	for i := range s.helped {
		if v := strings.TrimSpace(s.helped[i].Value()); v != "" {
			d.Entry.Helped = append(d.Entry.Helped, v)
		}
	}
}
