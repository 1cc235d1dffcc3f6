// Package review is the debrief's last step: the entry at a glance, as it
// will be saved, the shift's tags (its one field), and enter to save it.
// It draws the draft the flow collected from the other steps and never
// asks them for anything.
package review

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/flow/step"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/theme"
	"github.com/debrief-app/debrief/internal/tui/ui/field"
	"github.com/debrief-app/debrief/internal/tui/ui/form"
)

// Step is the review step.
type Step struct {
	step.Base
	draft journal.Draft
	letGo bool
	tags  field.Model // "双十一, 夜班": private, for list --tag and export --tag
}

// New returns the review step.
func New(ctx *app.Context) *Step {
	s := &Step{Base: step.NewBase(ctx, "tui.step.review")}
	s.Keys.Save.SetKeys("enter", "ctrl+s")
	s.Keys.Save.SetHelp("enter", s.Keys.Save.Help().Desc)
	s.tags = field.New(ctx.T("tui.ph.tags"), ctx.Styles.Field)
	s.Form.SetSlots([]form.Slot{{Label: ctx.T("tui.f.tags"), Field: &s.tags}})
	s.Keys.Next.SetKeys("tab")
	return s
}

// Focus gives the keyboard to the tags field; enter still saves there.
func (s *Step) Focus(fromStart bool) tea.Cmd {
	cmd := s.Base.Focus(fromStart)
	s.Keys.Next.SetKeys("tab")
	return cmd
}

// ShortHelp: enter saves; esc and shift+tab go back to change something.
func (s *Step) ShortHelp() []key.Binding {
	return []key.Binding{s.Keys.Save, s.Keys.Back, s.Keys.Prev}
}

// Show is the draft to review and whether the vent will be let go.
func (s *Step) Show(d journal.Draft, letGo bool) {
	s.draft, s.letGo = d, letGo
	s.Layout(len(s.glance()))
}

// SetSize lays the glance and the tags field out in the box.
func (s *Step) SetSize(w, h int) {
	s.Width, s.Height = w, h
	s.tags.SetWidth(step.FieldWidth(w))
	s.Layout(len(s.glance()))
}

// Restyle passes new styles to the tags field.
func (s *Step) Restyle(st theme.Styles) {
	s.Form.SetStyles(st)
	s.tags.SetStyles(st.Field)
}

// Update: enter saves; the moving keys move.
func (s *Step) Update(msg tea.Msg) (app.Move, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, s.Keys.Save) {
		return app.SaveNow, nil
	}
	return s.Base.Update(msg)
}

// Load puts the entry's tags in the field, comma-separated.
func (s *Step) Load(d journal.Draft) { s.tags.SetValue(strings.Join(d.Entry.Tags, ", ")) }

// Fill writes the tags: split at commas (，、, ；;), trimmed, each once.
func (s *Step) Fill(d *journal.Draft) { d.Entry.Tags = SplitTags(s.tags.Value()) }

// unusedJots counts the shift's jots no case was started from: they are
// not lost, they stay with the shift.
func unusedJots(d journal.Draft) int {
	n := 0
	for _, j := range d.Jots {
		if !slices.Contains(d.UsedJots, j.ID) {
			n++
		}
	}
	return n
}

// SplitTags reads a typed list of tags.
func SplitTags(v string) []string {
	var out []string
	for _, t := range strings.FieldsFunc(v, func(r rune) bool { return strings.ContainsRune(",，、;；\n", r) }) {
		t = strings.TrimSpace(t)
		dup := false
		for _, o := range out {
			dup = dup || strings.EqualFold(o, t)
		}
		if t != "" && !dup {
			out = append(out, t)
		}
	}
	return out
}

// View is the entry at a glance, then the tags field.
func (s *Step) View() layout.Frame { return s.Frame(s.glance()) }

// glance is the entry as it will be saved, one row a part.
func (s *Step) glance() []string {
	st := s.Ctx.Styles
	t := s.Ctx.T
	width := s.Width
	lines := s.Title()
	e := s.draft.Entry
	row := func(label, value string) {
		if value == "" {
			return
		}
		lines = append(lines, layout.Truncate(st.Label.Render(layout.Pad(t(label), step.LabelWidth-1)+" ")+value, width))
	}
	shift := t("shift." + e.Shift)
	if e.StartedAt != "" || e.EndedAt != "" {
		shift += "  " + e.StartedAt + "–" + e.EndedAt
	}
	row("tui.f.shift", shift)
	scaleText := func(kind string, v int) string {
		if !journal.Has(v) {
			return ""
		}
		return strconv.Itoa(v) + " " + t(kind+"."+strconv.Itoa(v))
	}
	mood := scaleText("mood", e.Mood)
	if mood == "" {
		mood = st.Error.Render(t("tui.need_mood"))
	}
	row("tui.f.mood", mood)
	row("tui.f.energy", scaleText("energy", e.Energy))
	row("tui.f.stress", scaleText("stress", e.Stress))
	if e.Contacts != nil {
		row("tui.f.contacts", strconv.Itoa(*e.Contacts))
	}
	if e.CSAT != nil {
		row("tui.f.csat", strconv.FormatFloat(*e.CSAT, 'f', -1, 64)+"%")
	}
	for i, h := range e.Helped {
		row(fmt.Sprintf("tui.f.helped%d", i+1), safetext.Line(h))
	}
	if len(e.Cases) > 0 {
		titles := make([]string, len(e.Cases))
		for i, c := range e.Cases {
			titles[i] = safetext.Line(c.Title)
		}
		row("tui.f.cases", s.Ctx.N("count.cases", len(e.Cases))+t("punct.colon")+strings.Join(titles, " · "))
	}
	switch {
	case (e.Vent != "" || len(e.VentSealed) > 0) && s.letGo:
		row("tui.step.vent", st.Private.Render(t("tui.vent.will_letgo")))
	case e.Vent != "":
		row("tui.step.vent", st.Private.Render(s.Ctx.N("tui.vent.kept", len([]rune(e.Vent)))))
	case len(e.VentSealed) > 0:
		row("tui.step.vent", st.Private.Render(t("tui.vent.sealed_review")))
	}
	if len(s.draft.Ideas) > 0 {
		row("tui.step.ideas", s.Ctx.N("count.ideas", len(s.draft.Ideas)))
	}
	row("tui.step.tomorrow", safetext.Line(e.Tomorrow))
	if n := unusedJots(s.draft); n > 0 {
		lines = append(lines, "")
		for _, l := range layout.Wrap(s.Ctx.N("tui.review.jots_kept", n), max(width, 10)) {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	return lines
}
