// Package cases is the debrief's third step: typical cases, each written
// the way Gibbs' cycle asks (what happened, the customer's real need, what
// I did, the outcome, what I would do better). The step is a list of
// cases or, while one is open, its form; the shift's jots (`debrief jot`)
// can start a case.
package cases

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/flow/step"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/theme"
	"github.com/debrief-app/debrief/internal/tui/ui/form"
	"github.com/debrief-app/debrief/internal/tui/ui/keyhelp"
	"github.com/debrief-app/debrief/internal/tui/ui/list"
)

// item is a case of the list. Jot is the id of the jot it was started
// from (0: none): the jot is used while the case is in the list, so
// removing the case gives the jot back.
type item struct {
	c   journal.Case
	jot uint64
}

// Step is the cases step.
type Step struct {
	step.Base
	list       caseList
	edit       int // the case in the form; -1: the list is shown
	form       caseForm
	categories []string      // used before, most frequent first
	jots       []journal.Jot // the shift's jots, as last read
	reopen     int           // the case to open on the next Focus (1-based; 0: none): a resumed draft's
}

// New returns the step with no cases.
func New(ctx *app.Context) *Step {
	s := &Step{Base: step.NewBase(ctx, "tui.step.cases"), edit: -1}
	s.form = newCaseForm(&s.Base)
	s.list = caseList{step: s, Model: list.New(s.ListKeys(), ctx.Styles.Selected, s.caseLine)}
	s.showList()
	return s
}

// SetJots gives the shift's jots as they are now (`debrief jot` may have
// added some since); the cases keep the jots they were started from.
func (s *Step) SetJots(j []journal.Jot) {
	s.jots = j
	s.followFocus()
}

// Unused are the jots no case was started from, oldest first: they are
// offered by j, and they stay with the shift when the debrief is saved.
func (s *Step) Unused() []journal.Jot {
	var out []journal.Jot
	for _, j := range s.jots {
		if !slices.ContainsFunc(s.list.Items(), func(it item) bool { return it.jot == j.ID }) {
			out = append(out, j)
		}
	}
	return out
}

// SetCategories gives the categories used before, most frequent first.
func (s *Step) SetCategories(c []string) { s.categories = c }

func (s *Step) showList() {
	s.edit = -1
	s.Form.SetSlots([]form.Slot{{Label: s.Ctx.T("tui.f.cases"), Custom: &s.list, NoLabel: true}})
	s.followFocus()
}

// followFocus enables the keys of what is shown: the list's (a, x, j,
// enter) or the form's (↓ for the categories used before).
func (s *Step) followFocus() {
	s.FollowFocus()
	inList := s.edit < 0
	jotsLeft := len(s.Unused()) > 0
	s.Keys.Add.SetEnabled(inList)
	s.Keys.Open.SetEnabled(inList)
	s.Keys.Remove.SetEnabled(inList && s.list.Len() > 0)
	s.Keys.Jot.SetEnabled(inList && jotsLeft)
	lk := s.ListKeys()
	if jotsLeft {
		// j starts a case from a jot while any are left.
		lk.Down.SetKeys("down")
	}
	s.list.SetKeys(lk)
	s.Keys.Suggest.SetEnabled(s.edit >= 0 && s.Form.Focus() == slotCategory)
}

// FocusSlot gives slot i the keyboard.
func (s *Step) FocusSlot(i int) tea.Cmd {
	cmd := s.Base.FocusSlot(i)
	s.followFocus()
	return cmd
}

// Focus gives the keyboard to the list, or to the open case's first
// field; a resumed draft that was written inside a case opens it again, at
// the field after the last one filled in.
func (s *Step) Focus(bool) tea.Cmd {
	if i := s.reopen - 1; i >= 0 && s.edit < 0 && i < s.list.Len() {
		s.reopen = 0
		s.openCase(i, journal.Case{}, 0)
		return s.FocusSlot(s.form.resumeSlot())
	}
	return s.FocusSlot(0)
}

// Blur closes a case being written (kept in the list).
func (s *Step) Blur() {
	if s.edit >= 0 {
		s.closeCase()
		s.Changed()
	}
	s.Base.Blur()
}

// SetSize lays the step out in its box.
func (s *Step) SetSize(w, h int) {
	s.Width, s.Height = w, h
	s.form.setWidth(step.FieldWidth(w))
	s.Layout(len(s.Title()))
}

// Restyle passes new styles to the fields.
func (s *Step) Restyle(st theme.Styles) {
	s.Form.SetStyles(st)
	s.form.restyle(st)
}

// Rev moves on every change: the list's and every field of the form.
func (s *Step) Rev() int { return s.Base.Rev() + s.form.rev() }

// openCase shows the form for case i (the list's length: a new one,
// starting as start, from the jot of id j or 0).
func (s *Step) openCase(i int, start journal.Case, j uint64) tea.Cmd {
	items := s.list.Items()
	if i >= len(items) {
		items = append(items, item{c: start, jot: j})
		i = len(items) - 1
		s.list.SetItems(items)
	}
	s.edit = i
	s.form.load(items[i].c)
	s.Form.SetSlots(s.form.slots(s.Ctx, s.categoryHints))
	return s.FocusSlot(0)
}

// closeCase keeps what the form holds and shows the list again. A case
// left completely empty is dropped; one without a title gets a numbered one
// so nothing typed is refused at saving.
func (s *Step) closeCase() {
	if s.edit < 0 {
		return
	}
	c := s.form.value()
	i := s.edit
	items := s.list.Items()
	if emptyCase(c) {
		items = append(items[:i:i], items[i+1:]...)
		s.list.SetItems(items)
	} else {
		if c.Title == "" {
			c.Title = s.Ctx.T("tui.case.untitled", i+1)
		}
		items[i].c = c
		s.list.SetItems(items)
		s.list.Select(i)
	}
	s.showList()
	s.FocusSlot(0)
}

// removeMsg is the yes to "remove case i?".
type removeMsg struct{ i int }

// remove takes case i out of the list; the jot it was started from, if
// any, is offered again.
func (s *Step) remove(i int) {
	items := s.list.Items()
	if i < 0 || i >= len(items) {
		return
	}
	s.list.SetItems(append(items[:i:i], items[i+1:]...))
	s.Changed()
	s.followFocus()
}

// Update handles the list's keys, the form's, and moving between them.
func (s *Step) Update(msg tea.Msg) (app.Move, tea.Cmd) {
	if r, ok := msg.(removeMsg); ok {
		s.remove(r.i)
		return app.Stay, nil
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return s.Base.Update(msg)
	}
	if s.edit >= 0 {
		return s.formKey(k)
	}
	switch {
	case key.Matches(k, s.Keys.Add):
		s.Changed()
		return app.Stay, s.openCase(s.list.Len(), journal.Case{}, 0)
	case key.Matches(k, s.Keys.Jot):
		unused := s.Unused()
		if len(unused) == 0 {
			return app.Stay, nil
		}
		j := unused[0]
		s.Changed()
		return app.Stay, s.openCase(s.list.Len(), journal.Case{Title: strings.TrimSpace(j.Text)}, j.ID)
	case key.Matches(k, s.Keys.Open):
		if s.list.Len() == 0 {
			s.Changed()
			return app.Stay, s.openCase(0, journal.Case{}, 0)
		}
		return app.Stay, s.openCase(s.list.Index(), journal.Case{}, 0)
	case key.Matches(k, s.Keys.Remove):
		// A whole case is a lot of typing: asked first.
		i := s.list.Index()
		it, ok := s.list.Selected()
		if !ok {
			return app.Stay, nil
		}
		return app.Stay, app.Ask(s.Ctx.T("tui.ask.remove_case", i+1, safetext.Line(it.c.Title)), removeMsg{i})
	}
	var moved bool
	if s.list.Model, moved = s.list.Model.Update(k); moved {
		s.Form.KeepVisible()
		return app.Stay, nil
	}
	return s.Base.Update(msg)
}

// formKey: tab past the last field and esc close the case; shift+tab
// stops at the first field; ↓ in the category suggests one used before.
func (s *Step) formKey(k tea.KeyPressMsg) (app.Move, tea.Cmd) {
	switch {
	case key.Matches(k, s.Keys.Suggest):
		s.suggestCategory()
		return app.Stay, nil
	case key.Matches(k, s.Keys.Back):
		s.closeCase()
		s.Changed()
		return app.Stay, nil
	}
	move, cmd := s.Base.Update(k)
	switch move {
	case app.NextStep:
		s.closeCase()
		s.Changed()
		return app.Stay, nil
	case app.PrevStep:
		return app.Stay, nil
	}
	s.followFocus()
	return move, cmd
}

// usedCategories are the categories to suggest: those of the other cases
// of this debrief (the latest first: typed minutes ago), then those of the
// saved entries, most used first; each once.
func (s *Step) usedCategories() []string {
	seen := map[string]bool{}
	var out []string
	add := func(c string) {
		if c != "" && !seen[strings.ToLower(c)] {
			seen[strings.ToLower(c)] = true
			out = append(out, c)
		}
	}
	items := s.list.Items()
	for i := len(items) - 1; i >= 0; i-- {
		if i != s.edit {
			add(items[i].c.Category)
		}
	}
	for _, c := range s.categories {
		add(c)
	}
	return out
}

// suggestCategory fills the category field with the next category used
// before that starts with what is typed.
func (s *Step) suggestCategory() {
	typed := strings.TrimSpace(s.form.category.Value())
	matches := []string{}
	for _, c := range s.usedCategories() {
		if strings.HasPrefix(strings.ToLower(c), strings.ToLower(typed)) || typed == "" {
			matches = append(matches, c)
		}
	}
	if len(matches) == 0 {
		return
	}
	next := matches[0]
	for i, c := range matches {
		if c == typed && i+1 < len(matches) {
			next = matches[i+1]
		}
	}
	s.form.category.SetValue(next)
}

// categoryHints is the line under the category: the categories used
// before that match what is typed.
func (s *Step) categoryHints() []string {
	const n = 5
	typed := strings.ToLower(strings.TrimSpace(s.form.category.Value()))
	var out []string
	for _, c := range s.usedCategories() {
		if typed == "" || strings.HasPrefix(strings.ToLower(c), typed) && strings.ToLower(c) != typed {
			out = append(out, c)
			if len(out) == n {
				break
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return []string{strings.Repeat(" ", s.Form.ValueColumn()) +
		s.Ctx.Styles.Muted.Render(s.Ctx.T("tui.used_before", safetext.Line(strings.Join(out, " · "))))}
}

// caseLine draws one case of the list: its number and title, then its
// category, outcome and praise in grey.
func (s *Step) caseLine(i int, it item, selected bool, w int) []string {
	st := s.Ctx.Styles
	t := s.Ctx.T
	c := it.c
	line := safetext.Line(c.Title)
	var extra []string
	if c.Category != "" {
		extra = append(extra, safetext.Line(c.Category))
	}
	if c.Outcome != "" {
		extra = append(extra, t("outcome."+c.Outcome))
	}
	if c.Praise {
		extra = append(extra, t("tui.praise_mark"))
	}
	title := line
	if selected {
		title = st.Selected.Render(line)
	}
	text := title
	if len(extra) > 0 {
		text += "  " + st.Muted.Render(strings.Join(extra, " · "))
	}
	return []string{fmt.Sprintf("%d. %s", i+1, layout.Truncate(text, w-2))}
}

// View draws the step.
func (s *Step) View() layout.Frame { return s.Frame(s.Title()) }

// Load puts the draft's cases in the list, each with the jot it was
// started from, and keeps its jots.
func (s *Step) Load(d journal.Draft) {
	items := make([]item, len(d.Entry.Cases))
	for i, c := range d.Entry.Cases {
		items[i] = item{c: c, jot: day.JotOf(d, i)}
	}
	s.list.SetItems(items)
	s.list.Select(0)
	if d.Jots != nil {
		s.jots = d.Jots
	}
	s.showList()
	s.reopen = d.OpenCase
	s.Changed()
}

// Fill writes the cases, the one open in the form included (empty ones
// are left out), and beside them the jots they were started from.
func (s *Step) Fill(d *journal.Draft) {
	d.Entry.Cases, d.UsedJots, d.OpenCase = nil, nil, 0
	linked := false
	for i, it := range s.list.Items() {
		c := it.c
		if i == s.edit {
			c = s.form.value()
		}
		if !emptyCase(c) {
			d.Entry.Cases = append(d.Entry.Cases, c)
			d.UsedJots = append(d.UsedJots, it.jot)
			linked = linked || it.jot != 0
			if i == s.edit {
				d.OpenCase = len(d.Entry.Cases)
			}
		}
	}
	if !linked {
		d.UsedJots = nil
	}
}

// ShortHelp puts the list's keys first while the list is shown, and the
// suggestion key in the category.
func (s *Step) ShortHelp() []key.Binding {
	if s.edit < 0 {
		return append([]key.Binding{s.Keys.Add, s.Keys.Jot, s.Keys.Open, s.Keys.Remove}, s.Base.ShortHelp()...)
	}
	return append([]key.Binding{s.Keys.Suggest}, s.Base.ShortHelp()...)
}

// FullHelp adds the keys of the list or of the form.
func (s *Step) FullHelp() [][]key.Binding {
	g := s.Base.FullHelp()
	if s.edit < 0 {
		return append(g, append(s.list.Bindings(), s.Keys.Open, s.Keys.Add, s.Keys.Remove, s.Keys.Jot))
	}
	return append(g, []key.Binding{s.Keys.Suggest})
}

// caseList is the list of cases as the step's one slot: the cases (or
// why there are none), the jots not used yet, and the keys.
type caseList struct {
	list.Model[item]
	step *Step
}

func (l *caseList) SetWidth(w int) { l.SetSize(w, 0) }

func (l *caseList) View() layout.Frame {
	st := l.step.Ctx.Styles
	t := l.step.Ctx.T
	width := l.step.Form.Width()
	var f layout.Frame
	if l.Len() == 0 {
		for _, line := range layout.Wrap(t("tui.cases.none"), max(width, 1)) {
			f.Lines = append(f.Lines, st.Muted.Render(line))
		}
	} else {
		f = l.Model.View()
	}
	s := l.step
	if rest := s.Unused(); len(rest) > 0 {
		f.Lines = append(f.Lines, "", st.Label.Render(t("tui.jots", len(rest))))
		for _, j := range rest {
			f.Lines = append(f.Lines, layout.Truncate("  "+j.At.Local().Format("15:04")+"  "+safetext.Line(j.Text), width))
		}
	}
	f.Lines = append(f.Lines, "")
	k := s.Keys
	for _, line := range layout.Wrap(keyhelp.Hint([]key.Binding{k.Add, k.Jot, k.Open, k.Remove, k.Next}), max(width, 1)) {
		f.Lines = append(f.Lines, st.Muted.Render(line))
	}
	return f
}

func (l *caseList) FocusRows() (int, int) { return l.SelectedRows() }
