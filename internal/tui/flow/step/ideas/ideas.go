// Package ideas is the debrief's fifth step: improvement ideas for the
// team's backlog, typed one at a time with their kind and gathered in a
// list (saved as new ideas with the entry).
package ideas

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/flow/step"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/theme"
	"github.com/debrief-app/debrief/internal/tui/ui/choice"
	"github.com/debrief-app/debrief/internal/tui/ui/field"
	"github.com/debrief-app/debrief/internal/tui/ui/form"
	"github.com/debrief-app/debrief/internal/tui/ui/list"
)

// The slots, in order.
const (
	slotText = iota
	slotKind
	slotList
)

// Step is the ideas step.
type Step struct {
	step.Base
	text  field.Model
	kind  choice.Model
	ideas ideaList
}

// New returns the step with no ideas.
func New(ctx *app.Context) *Step {
	s := &Step{Base: step.NewBase(ctx, "tui.step.ideas")}
	t := ctx.T
	st := ctx.Styles
	s.text = field.New(t("tui.ph.idea"), st.Field)
	s.kind = s.Choice(step.Options("kind.", journal.IdeaKinds, t), false)
	s.kind.SetValue(journal.IdeaKinds[0])
	s.ideas = ideaList{none: "  " + st.Muted.Render(t("tui.ideas.none")),
		Model: list.New(s.ListKeys(), st.Selected, func(_ int, i journal.Idea, selected bool, w int) []string {
			line := layout.Truncate(fmt.Sprintf("[%s] %s", t("kind."+i.Kind), safetext.Line(i.Text)), w-2)
			if selected {
				line = st.Selected.Render(line)
			}
			return []string{line}
		})}
	s.Form.SetSlots([]form.Slot{
		{Label: t("tui.f.idea"), Field: &s.text},
		{Label: t("tui.f.idea_kind"), Choice: &s.kind},
		{Label: t("tui.f.ideas"), Custom: &s.ideas},
	})
	s.FollowFocus()
	return s
}

// ideaList is the list of ideas added, as a form slot.
type ideaList struct {
	list.Model[journal.Idea]
	none string
}

func (l *ideaList) SetWidth(w int) { l.SetSize(w, 0) }

func (l *ideaList) View() layout.Frame {
	if l.Len() == 0 {
		return layout.Text(l.none)
	}
	return l.Model.View()
}

func (l *ideaList) FocusRows() (int, int) { return l.SelectedRows() }

// SetSize lays the step out in its box.
func (s *Step) SetSize(w, h int) {
	s.Width, s.Height = w, h
	s.text.SetWidth(step.FieldWidth(w))
	s.Layout(len(s.Title()))
}

// Restyle passes new styles to the field.
func (s *Step) Restyle(st theme.Styles) {
	s.Form.SetStyles(st)
	s.text.SetStyles(st.Field)
}

// FocusSlot gives slot i the keyboard and sets the keys of that slot.
func (s *Step) FocusSlot(i int) tea.Cmd {
	cmd := s.Base.FocusSlot(i)
	s.followFocus()
	return cmd
}

// Focus gives the first or last slot the keyboard.
func (s *Step) Focus(fromStart bool) tea.Cmd {
	if fromStart {
		return s.FocusSlot(slotText)
	}
	return s.FocusSlot(slotList)
}

// followFocus: in the text and on its kind, enter adds the idea; in the
// list, enter takes the selected idea back to be edited and x removes it.
func (s *Step) followFocus() {
	s.FollowFocus()
	inList := s.Form.Focus() == slotList
	some := s.ideas.Len() > 0
	typing := s.Form.Focus() == slotText || s.Form.Focus() == slotKind
	s.Keys.AddIdea.SetEnabled(typing)
	if typing {
		s.Keys.Next.SetKeys("tab")
	}
	s.Keys.Open.SetEnabled(inList && some)
	s.Keys.Remove.SetEnabled(inList && some)
	if inList && !some {
		s.Keys.Next.SetKeys("tab", "enter")
	}
}

// Blur keeps an idea typed and not yet added.
func (s *Step) Blur() {
	s.keepTyped()
	s.Base.Blur()
}

// removeMsg is the yes to "remove this idea?".
type removeMsg struct{ i int }

// Update handles the text, the kind and the list.
func (s *Step) Update(msg tea.Msg) (app.Move, tea.Cmd) {
	if r, ok := msg.(removeMsg); ok {
		items := s.ideas.Items()
		if r.i >= 0 && r.i < len(items) {
			s.ideas.SetItems(append(items[:r.i:r.i], items[r.i+1:]...))
			s.Changed()
			s.followFocus()
		}
		return app.Stay, nil
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return s.Base.Update(msg)
	}
	switch {
	case key.Matches(k, s.Keys.AddIdea):
		switch {
		case strings.TrimSpace(s.text.Value()) != "":
			// Added; the keyboard goes back to the text for the next one.
			s.keepTyped()
			return app.Stay, s.FocusSlot(slotText)
		case s.Form.Focus() == slotKind:
			return app.Stay, s.FocusSlot(slotList)
		}
		return app.NextStep, nil
	case key.Matches(k, s.Keys.Remove):
		idea, ok := s.ideas.Selected()
		if !ok {
			return app.Stay, nil
		}
		return app.Stay, app.Ask(s.Ctx.T("tui.ask.remove_idea", safetext.Line(idea.Text)), removeMsg{s.ideas.Index()})
	case key.Matches(k, s.Keys.Open):
		// Back into the field to be edited; what the field held is kept
		// in the list first.
		s.keepTyped()
		items := s.ideas.Items()
		i := s.ideas.Index()
		idea := items[i]
		s.ideas.SetItems(append(items[:i:i], items[i+1:]...))
		s.text.SetValue(idea.Text)
		s.kind.SetValue(idea.Kind)
		return app.Stay, s.FocusSlot(slotText)
	}
	if s.Form.Focus() == slotList {
		var moved bool
		if s.ideas.Model, moved = s.ideas.Model.Update(k); moved {
			s.Form.KeepVisible()
			return app.Stay, nil
		}
	}
	move, cmd := s.Base.Update(msg)
	s.followFocus()
	return move, cmd
}

// keepTyped moves the typed idea into the list.
func (s *Step) keepTyped() {
	v := strings.TrimSpace(s.text.Value())
	if v == "" {
		return
	}
	s.ideas.SetItems(append(s.ideas.Items(), journal.Idea{Kind: s.kind.Value(), Text: v}))
	s.ideas.Select(s.ideas.Len() - 1)
	s.text.SetValue("")
	s.Changed()
	s.Form.KeepVisible()
}

// View draws the step.
func (s *Step) View() layout.Frame { return s.Frame(s.Title()) }

// Load puts the draft's ideas in the list.
func (s *Step) Load(d journal.Draft) {
	s.ideas.SetItems(append([]journal.Idea(nil), d.Ideas...))
	s.Changed()
}

// Fill writes the ideas, the one being typed included.
func (s *Step) Fill(d *journal.Draft) {
	d.Ideas = append([]journal.Idea(nil), s.ideas.Items()...)
	if v := strings.TrimSpace(s.text.Value()); v != "" {
		d.Ideas = append(d.Ideas, journal.Idea{Kind: s.kind.Value(), Text: v})
	}
}

// ShortHelp puts the keys of the focused slot first: adding the idea
// typed, or opening and removing one of the list.
func (s *Step) ShortHelp() []key.Binding {
	return append([]key.Binding{s.Keys.AddIdea, s.Keys.Open, s.Keys.Remove}, s.Base.ShortHelp()...)
}

// FullHelp adds the keys of the focused slot.
func (s *Step) FullHelp() [][]key.Binding {
	g := s.Base.FullHelp()
	switch s.Form.Focus() {
	case slotText, slotKind:
		g = append(g, []key.Binding{s.Keys.AddIdea})
	case slotList:
		g = append(g, append(s.ideas.Bindings(), s.Keys.Open, s.Keys.Remove))
	}
	return g
}
