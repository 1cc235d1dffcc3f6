package week

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/theme"
	"github.com/debrief-app/debrief/internal/tui/ui/field"
	"github.com/debrief-app/debrief/internal/tui/ui/form"
)

// The review's questions, in order: the WeeklyReview fields they fill.
var questions = [3]string{"tui.week.q_went_well", "tui.week.q_to_change", "tui.week.q_focus"}

// review is the weekly review form: a title, then the three questions,
// each answered in two rows; it scrolls so the focused answer shows.
type review struct {
	ctx           *app.Context
	week          journal.Week
	fields        [3]field.Model
	typed         [3]string // what the fields held when editing began
	form          form.Model
	saveErr       error
	width, height int
}

func newReview(ctx *app.Context) *review {
	r := &review{ctx: ctx, form: form.New(ctx.Styles, 0)}
	r.form.AfterAbove = true
	slots := make([]form.Slot, len(questions))
	for i := range r.fields {
		r.fields[i] = field.NewMultiLine(ctx.T(questions[i]+"_hint"), ctx.Styles.Field)
		r.fields[i].SetHeight(2)
		slots[i] = form.Slot{Label: ctx.T(questions[i]), Field: &r.fields[i], Above: true}
	}
	r.form.SetSlots(slots)
	return r
}

// open starts writing the review of week w, from what was saved.
func (r *review) open(w journal.Week, saved *journal.WeeklyReview) tea.Cmd {
	r.week, r.saveErr = w, nil
	var v journal.WeeklyReview
	if saved != nil {
		v = *saved
	}
	r.typed = [3]string{v.WentWell, v.ToChange, v.Focus}
	for i := range r.fields {
		r.fields[i].SetValue(r.typed[i])
	}
	r.layout()
	return r.form.SetFocus(0)
}

func (r *review) close() { r.form.Blur() }

func (r *review) restyle(st theme.Styles) {
	r.form.SetStyles(st)
	for i := range r.fields {
		r.fields[i].SetStyles(st.Field)
	}
}

// value is the review as typed now.
func (r *review) value() journal.WeeklyReview {
	return journal.WeeklyReview{Week: r.week,
		WentWell: strings.TrimSpace(r.fields[0].Value()), ToChange: strings.TrimSpace(r.fields[1].Value()),
		Focus: strings.TrimSpace(r.fields[2].Value())}
}

func (r *review) changed() bool {
	for i := range r.fields {
		if r.fields[i].Value() != r.typed[i] {
			return true
		}
	}
	return false
}

// SetSize: the title and a blank line, the form, a line for a save error.
func (r *review) SetSize(w, h int) {
	r.width, r.height = w, h
	for i := range r.fields {
		r.fields[i].SetWidth(w - 4)
	}
	r.layout()
}

func (r *review) layout() {
	h := r.height - 2
	if r.saveErr != nil {
		h--
	}
	r.form.SetSize(r.width, max(h, 1))
}

func (r *review) failed(err error) tea.Cmd {
	r.saveErr = err
	r.layout()
	return r.form.SetFocus(r.form.Focus())
}

// move goes to the next (or previous) question, round.
func (r *review) move(back bool) tea.Cmd {
	n := len(r.fields)
	step := 1
	if back {
		step = n - 1
	}
	return r.form.SetFocus((r.form.Focus() + step) % n)
}

func (r *review) Update(msg tea.Msg) tea.Cmd { return r.form.Update(msg) }

func (r *review) View() layout.Frame {
	st := r.ctx.Styles
	t := r.ctx.T
	page := layout.Stack(layout.Text(st.Title.Render(t("tui.week.review_title", r.week.String())), ""), r.form.View())
	if r.saveErr != nil {
		page = layout.Stack(page, layout.Text(st.Error.Render(t("tui.week.save_failed", safetext.Line(r.saveErr.Error())))))
	}
	return page.Fit(r.width, r.height)
}
