// Package step is what the steps of the debrief (the packages below it)
// share: the label column, the header every step draws (its title and
// hint), moving between slots with the flow's keys, and the sizes of text
// fields.
package step

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/ui/choice"
	"github.com/debrief-app/debrief/internal/tui/ui/form"
)

// LabelWidth is the column of labels beside the fields.
const LabelWidth = 18

// MaxTextWidth keeps lines of text readable on wide terminals; it also
// bounds the text area's per-keystroke re-wrapping, whose cost grows with
// the width for Chinese (a run without spaces is one long "word").
const MaxTextWidth = 80

// FieldWidth is the width of a field beside the label column in a step
// of width w.
func FieldWidth(w int) int { return min(max(w-LabelWidth-4, 10), MaxTextWidth) }

// Base is embedded by every step: the context, the flow's keys (a copy the
// step may change), the form of its slots and its box.
type Base struct {
	Ctx           *app.Context
	Keys          keys.Flow
	Form          form.Model
	Width, Height int
	name          string
	rev           int // changes the form does not see (a case added)
}

// NewBase starts a step named name (an i18n key such as "tui.step.shift").
func NewBase(ctx *app.Context, name string) Base {
	return Base{Ctx: ctx, Keys: ctx.Keys.Flow, Form: form.New(ctx.Styles, LabelWidth), name: name}
}

// Name is the step's i18n key.
func (b *Base) Name() string { return b.name }

// Changed notes a change the form's fields do not count.
func (b *Base) Changed() { b.rev++ }

// Rev is the form's revision plus the step's own changes.
func (b *Base) Rev() int { return b.rev + b.Form.Rev() }

// Title is the step's title and hint line, and the blank line under it.
func (b *Base) Title() []string {
	st := b.Ctx.Styles
	t := b.Ctx.T
	return []string{st.Title.Render(t(b.name+".title")) + "  " + st.Muted.Render(t(b.name+".hint")), ""}
}

// Layout gives the form what is left of the step's box under head lines.
func (b *Base) Layout(head int) { b.Form.SetSize(b.Width, max(b.Height-head, 1)) }

// Frame draws the head lines over the form, exactly the step's box.
func (b *Base) Frame(head []string) layout.Frame {
	return layout.Stack(layout.Text(head...), b.Form.View()).Fit(b.Width, b.Height)
}

// Focus gives the keyboard to the first (or the last) slot.
func (b *Base) Focus(fromStart bool) tea.Cmd {
	i := 0
	if !fromStart {
		i = len(b.Form.Slots()) - 1
	}
	return b.FocusSlot(i)
}

// FocusSlot gives the keyboard to slot i.
func (b *Base) FocusSlot(i int) tea.Cmd {
	cmd := b.Form.SetFocus(i)
	b.FollowFocus()
	return cmd
}

// Blur takes the keyboard away.
func (b *Base) Blur() { b.Form.Blur() }

// FollowFocus sets which keys move on: enter moves to the next slot from
// a one-line field or a picker, but is a new line in long text and opens
// an item in a list.
func (b *Base) FollowFocus() {
	s := b.Form.Focused()
	enter := s != nil && (s.Choice != nil || s.Field != nil && !s.Field.MultiLine())
	if enter {
		b.Keys.Next.SetKeys("tab", "enter")
	} else {
		b.Keys.Next.SetKeys("tab")
	}
}

// Capturing is true while a text field has the keyboard.
func (b *Base) Capturing() bool {
	s := b.Form.Focused()
	return s != nil && s.Field != nil
}

// Move handles the keys that move between slots (next, previous, back);
// ok is false for any other key.
func (b *Base) Move(k tea.KeyPressMsg) (move app.Move, cmd tea.Cmd, ok bool) {
	switch {
	case key.Matches(k, b.Keys.Next):
		if b.Form.Focus()+1 < len(b.Form.Slots()) {
			return app.Stay, b.FocusSlot(b.Form.Focus() + 1), true
		}
		return app.NextStep, nil, true
	case key.Matches(k, b.Keys.Prev):
		if b.Form.Focus() > 0 {
			return app.Stay, b.FocusSlot(b.Form.Focus() - 1), true
		}
		return app.PrevStep, nil, true
	case key.Matches(k, b.Keys.Back):
		return app.BackStep, nil, true
	}
	return app.Stay, nil, false
}

// Update is the usual handling of a message: moving keys, then the focused
// field or picker.
func (b *Base) Update(msg tea.Msg) (app.Move, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if move, cmd, ok := b.Move(k); ok {
			return move, cmd
		}
	}
	return app.Stay, b.Form.Update(msg)
}

// ShortHelp is the keys every step shows in the footer, the most used
// first (the footer keeps as many as fit); a step puts its own keys before
// them.
func (b *Base) ShortHelp() []key.Binding {
	return []key.Binding{b.Keys.Next, b.Keys.Save, b.Keys.Back, b.Keys.Prev}
}

// FullHelp is the moving keys, saving, and a focused picker's keys.
func (b *Base) FullHelp() [][]key.Binding {
	groups := [][]key.Binding{{b.Keys.Next, b.Keys.Prev, b.Keys.NextStep, b.Keys.PrevStep, b.Keys.Back}, {b.Keys.Save}}
	if s := b.Form.Focused(); s != nil && s.Choice != nil {
		groups = append(groups, s.Choice.Keys())
	}
	return groups
}

// Check checks every slot of the step's form (form.CheckAll).
func (b *Base) Check() (problems, slot int) { return b.Form.CheckAll() }

// Problems is how many problems show under the step's fields.
func (b *Base) Problems() int { return b.Form.Problems() }

// ListKeys are the keys of a list inside a step: page up and down are
// the flow's keys for the steps.
func (b *Base) ListKeys() keys.List {
	k := b.Ctx.Keys.List
	k.PageUp.SetEnabled(false)
	k.PageDown.SetEnabled(false)
	return k
}

// Options are a picker's options from values with labels prefix+value.
func Options(prefix string, values []string, t func(string, ...any) string) []choice.Option {
	out := make([]choice.Option, len(values))
	for i, v := range values {
		out[i] = choice.Option{Value: v, Label: t(prefix + v)}
	}
	return out
}

// Choice is a picker with the app's keys and styles.
func (b *Base) Choice(opts []choice.Option, optional bool) choice.Model {
	return choice.New(opts, optional, b.Ctx.Keys.Choice, b.Ctx.Styles)
}
