package week

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/ui/pager"
)

// summary is the week to read: the same content as `debrief week`, last
// week's focus on top when this week is shown, the review at the end.
type summary struct {
	ctx       *app.Context
	sum       *report.WeekSummary
	prevFocus string
	status    string // "review saved", under the review
	pager     pager.Model
}

func newSummary(ctx *app.Context) summary {
	return summary{ctx: ctx, pager: pager.New(ctx.Keys.Pager)}
}

// show puts a week (or its new review, or a status) on the pager.
func (v *summary) show(sum *report.WeekSummary, prevFocus, status string) {
	v.sum, v.prevFocus, v.status = sum, prevFocus, status
	if sum == nil {
		v.pager.SetText(nil)
		return
	}
	v.pager.SetText(v.lines)
}

func (v *summary) SetSize(w, h int) { v.pager.SetSize(w, h) }

func (v *summary) Update(k tea.KeyPressMsg) {
	v.pager, _ = v.pager.Update(k)
}

func (v *summary) View() layout.Frame { return v.pager.View() }

func (v *summary) bindings() []key.Binding { return v.pager.Bindings() }

// lines is the week for width cells: day.WeekText (the very lines of
// `debrief week`) wrapped by the Chinese-aware rule, with last week's
// focus under the title while this week is shown, and "saved" after the
// review when it was just written.
func (v *summary) lines(width int) []string {
	st := v.ctx.Styles
	t := v.ctx.T
	s := v.sum
	text := day.WeekText(s, v.ctx.P, day.WeekStyle{Heading: st.Title, Label: st.Label, Good: st.Good, Bad: st.Error,
		NoReview: t("tui.week.no_review")})
	this := s.Week == journal.WeekOf(v.ctx.Today)
	if this {
		text[0] += st.Muted.Render("  " + t("tui.week.this_week"))
		if v.prevFocus != "" {
			focus := st.Accent.Render(t("tui.week.last_focus")) + i18n.Gap(t("tui.week.last_focus")) + safetext.Line(v.prevFocus)
			text = append([]string{text[0], focus}, text[1:]...)
		}
	}
	if v.status != "" {
		text = append(text, st.Good.Render(v.status))
	}
	var out []string
	for _, l := range text {
		// A line's own indent is kept on the lines it wraps onto.
		in := len(l) - len(strings.TrimLeft(l, " "))
		for i, w := range layout.Wrap(strings.TrimLeft(l, " "), max(width-in, 10)) {
			if i == 0 || in > 0 {
				w = strings.Repeat(" ", in) + w
			}
			out = append(out, w)
		}
	}
	return out
}
