// Package vent is the debrief's fourth step, "let it out": a private
// text (never exported, never searched) of any length, written in the
// long-text editor or in the person's own editor, kept privately or let
// go at saving.
package vent

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/extedit"
	"github.com/debrief-app/debrief/internal/tui/flow/step"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/theme"
	"github.com/debrief-app/debrief/internal/tui/ui/choice"
	"github.com/debrief-app/debrief/internal/tui/ui/editor"
	"github.com/debrief-app/debrief/internal/tui/ui/form"
)

// maxRows is the tallest the vent gets: room to write, while each
// keystroke redraws only what shows.
const maxRows = 16

// editorTag marks the editor's answer as the vent's.
const editorTag = "vent"

// Step is the "let it out" step.
type Step struct {
	step.Base
	vent editor.Model
	keep choice.Model // keep it privately, or let it go
	// sealed is the vent as saved when the journal seals vents and it was
	// not unlocked: kept as it is unless something new is typed.
	sealed []byte
}

// New returns the step, empty, set to keep.
func New(ctx *app.Context) *Step {
	s := &Step{Base: step.NewBase(ctx, "tui.step.vent")}
	t := ctx.T
	s.vent = editor.New(t("tui.ph.vent"), ctx.Keys.Editor, ctx.Styles.Field.Focused.Text, ctx.Styles.Field.Focused.Placeholder)
	s.keep = s.Choice([]choice.Option{{Value: "keep", Label: t("tui.vent.keep")}, {Value: "letgo", Label: t("tui.vent.letgo")}}, false)
	s.keep.SetValue("keep")
	s.Form.SetSlots([]form.Slot{
		{Label: t("tui.f.vent"), Field: &s.vent, Above: true},
		{Label: t("tui.f.vent_keep"), Choice: &s.keep},
	})
	return s
}

func (s *Step) head() []string {
	h := append(s.Title(), s.Ctx.Styles.Private.Render(s.Ctx.T("tui.vent.private")))
	if s.sealed != nil {
		// A resumed draft or an entry being edited whose vent is sealed:
		// the person goes on without unlocking it.
		h = append(h, s.Ctx.Styles.Muted.Render(s.Ctx.T("tui.vent.sealed_kept")))
	}
	return h
}

// SetSize gives the text what is left under the header, the label and
// the keep/let-go choice, with a blank row under the choice.
func (s *Step) SetSize(w, h int) {
	s.Width, s.Height = w, h
	s.vent.SetWidth(min(max(w-4, 10), step.MaxTextWidth))
	s.vent.SetHeight(min(max(h-len(s.head())-3, 3), maxRows))
	s.Layout(len(s.head()))
}

// Restyle passes new styles to the text.
func (s *Step) Restyle(st theme.Styles) {
	s.Form.SetStyles(st)
	s.vent.SetStyles(st.Field.Focused.Text, st.Field.Focused.Placeholder)
}

// Update types into the text; ctrl+e opens it in $EDITOR.
func (s *Step) Update(msg tea.Msg) (app.Move, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if key.Matches(msg, s.Keys.Editor) {
			return app.Stay, s.openEditor()
		}
	case extedit.DoneMsg:
		if msg.Tag != editorTag {
			return app.Stay, nil
		}
		if msg.Err != nil {
			// The text on screen is untouched.
			return app.Stay, tea.Batch(s.FocusSlot(0), status(s.Ctx.T("tui.editor_failed", msg.Err.Error()), true))
		}
		s.vent.SetValue(msg.Text)
		return app.Stay, tea.Batch(s.FocusSlot(0), status("", false))
	}
	return s.Base.Update(msg)
}

func (s *Step) openEditor() tea.Cmd {
	cmd, err := extedit.Open(s.Ctx.Getenv, s.Ctx.Paths.DataDir, editorTag, s.vent.Value())
	switch {
	case errors.Is(err, extedit.ErrNoEditor):
		return status(s.Ctx.T("tui.no_editor"), true)
	case err != nil:
		return status(s.Ctx.T("tui.editor_failed", err.Error()), true)
	}
	return cmd
}

func status(text string, isErr bool) tea.Cmd {
	return func() tea.Msg { return app.StatusMsg{Text: text, Err: isErr} }
}

// View draws the step.
func (s *Step) View() layout.Frame { return s.Frame(s.head()) }

// Load puts the entry's vent in the text, to be kept: whether to let it go
// is asked again at saving (a draft does not record it, and a vent loaded
// from the other side of a conflict is not this person's to let go). A
// sealed one is opened when the person already unlocked the journal in
// this run (History's reader), and otherwise stays sealed: the flow never
// asks for the passphrase.
func (s *Step) Load(d journal.Draft) {
	s.vent.SetValue(d.Entry.Vent)
	s.keep.SetValue("keep")
	was := s.sealed != nil
	s.sealed = nil
	if d.Entry.Vent == "" && len(d.Entry.VentSealed) > 0 {
		s.sealed = d.Entry.VentSealed
		if k := s.Ctx.Unlocked.Key(); k != nil {
			if text, err := k.Open(s.sealed); err == nil {
				s.vent.SetValue(string(text))
				s.sealed = nil
			}
		}
	}
	if was != (s.sealed != nil) && s.Width > 0 {
		s.SetSize(s.Width, s.Height) // the head has a line more or less
	}
}

// Fill writes the vent (kept in the draft even when it is to be let go:
// the choice is made at saving). Nothing typed keeps a sealed vent as it
// is; text typed replaces it.
func (s *Step) Fill(d *journal.Draft) {
	d.Entry.Vent = s.vent.Value()
	if strings.TrimSpace(d.Entry.Vent) == "" {
		d.Entry.Vent = ""
		d.Entry.VentSealed = s.sealed
	}
}

// LetGo is true when the vent is not to be kept.
func (s *Step) LetGo() bool { return s.keep.Value() == "letgo" }

// ShortHelp puts the editor key after the first key (tab: the next
// field).
func (s *Step) ShortHelp() []key.Binding {
	b := s.Base.ShortHelp()
	return append([]key.Binding{b[0], s.Keys.Editor}, b[1:]...)
}

// FullHelp adds the editor key.
func (s *Step) FullHelp() [][]key.Binding {
	return append(s.Base.FullHelp(), []key.Binding{s.Keys.Editor})
}
