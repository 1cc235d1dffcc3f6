package week

import (
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

// lines is the week as lines: day.WeekReading (the same document as
// `debrief week`), with "this week" beside the title and last week's focus
// under it, wrapped by the Chinese-aware rule.
func (v *summary) lines(width int) []string {
	st := v.ctx.Styles
	t := v.ctx.T
	s := v.sum
	thisWeek := s.Week == journal.WeekOf(v.ctx.Today)
	r := day.WeekReading(s, t("tui.week.no_review"), v.ctx.P)
	style := day.Style{Heading: st.Title, Label: st.Label, Note: st.Muted}
	var out []string
	add := func(ls ...string) {
		for _, l := range ls {
			out = append(out, layout.Wrap(l, max(width, 10))...)
		}
	}
	head := r[:1].Render(0, style)
	if thisWeek {
		head[0] += st.Muted.Render("  " + t("tui.week.this_week"))
	}
	add(head...)
	if v.prevFocus != "" && thisWeek {
		add(st.Accent.Render(t("tui.week.last_focus")) + i18n.Gap(t("tui.week.last_focus")) + safetext.Line(v.prevFocus))
	}
	add("")
	add(r[1:].Render(0, style)...)
	if v.status != "" {
		add(st.Good.Render(v.status))
	}
	return out
}
