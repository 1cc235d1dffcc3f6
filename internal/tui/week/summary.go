package week

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/insight"
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

// summary is the week as lines, the same content as `debrief week`.
func (v *summary) lines(width int) []string {
	st := v.ctx.Styles
	t := v.ctx.T
	s := v.sum
	var out []string
	add := func(l ...string) { out = append(out, l...) }
	wrapped := func(prefix, text string) {
		for i, l := range layout.Wrap(text, max(width-layout.Width(prefix), 10)) {
			if i > 0 {
				prefix = strings.Repeat(" ", layout.Width(prefix))
			}
			add(prefix + l)
		}
	}
	head := st.Title.Render(t("week.title", s.Week, s.From, s.To))
	if s.Week == journal.WeekOf(v.ctx.Today) {
		head += st.Muted.Render("  " + t("tui.week.this_week"))
	}
	add(head)
	if v.prevFocus != "" && s.Week == journal.WeekOf(v.ctx.Today) {
		wrapped(st.Accent.Render(t("tui.week.last_focus"))+i18n.Gap(t("tui.week.last_focus")), safetext.Line(v.prevFocus))
	}
	add("")
	labels := []string{"week.shifts", "week.mood", "week.energy", "week.stress", "week.contacts", "week.cases", "week.categories"}
	lw := 0
	for _, k := range labels {
		lw = max(lw, layout.Width(t(k)))
	}
	row := func(k, val string) { wrapped(st.Label.Render(layout.Pad(t(k), lw))+"  ", val) }
	row("week.shifts", st.Accent.Render(t("week.shifts_v", s.Shifts, s.Scheduled)))
	if s.Shifts == 0 {
		add(st.Muted.Render(t("week.empty")))
	} else {
		scale := func(k string, v, prev *float64, trend string) {
			line, gap := num(v, t), " "
			if prev != nil {
				vs := t("week.vs_prev", num(prev, t))
				line, gap = line+st.Muted.Render(vs), i18n.Gap(vs)
			}
			if trend != insight.TrendUnknown {
				line += gap + t("trend."+trend)
			}
			row(k, line)
		}
		scale("week.mood", s.MoodAvg, s.Prev.MoodAvg, s.Prev.MoodTrend)
		scale("week.energy", s.EnergyAvg, s.Prev.EnergyAvg, s.Prev.EnergyTrend)
		scale("week.stress", s.StressAvg, s.Prev.StressAvg, s.Prev.StressTrend)
		contacts := fmt.Sprint(s.Contacts)
		if s.CSATAvg != nil {
			contacts += " · " + t("stats.csat", fmt.Sprintf("%.1f%%", *s.CSATAvg))
		}
		row("week.contacts", contacts)
		cases := t("week.cases_v", s.Cases.Total, s.Cases.Praise)
		for _, o := range journal.Outcomes {
			if n := s.Cases.ByOutcome[o]; n > 0 {
				cases += fmt.Sprintf(" · %s %d", t("outcome."+o), n)
			}
		}
		row("week.cases", cases)
		if len(s.Cases.ByCategory) > 0 {
			row("week.categories", categories(s.Cases.ByCategory))
		}
	}
	day := func(d journal.Date) string { return st.Muted.Render(d.String()[5:]) + "  " }
	if len(s.Helped) > 0 {
		add("", st.Title.Render(t("week.helped")))
		for _, h := range s.Helped {
			wrapped("  "+day(h.Date), safetext.Line(h.Text))
		}
	}
	if len(s.Lessons) > 0 {
		add("", st.Title.Render(t("week.lessons")))
		for _, l := range s.Lessons {
			text := safetext.Line(l.Text)
			if l.Kind == report.LessonCase {
				text = safetext.Line(l.Case) + t("punct.colon") + text
			} else {
				text = t("week.lesson_next", text)
				if l.Happened != "" {
					text += t("punct.aside", t("week.happened."+l.Happened))
				}
			}
			wrapped("  "+day(l.Date), text)
		}
	}
	if len(s.Ideas) > 0 {
		add("", st.Title.Render(t("week.ideas")))
		for _, i := range s.Ideas {
			when := t("week.idea_raised")
			if i.Changed {
				when = t("week.idea_changed")
			}
			wrapped(fmt.Sprintf("  #%d %s ", i.ID, t("status."+i.Status)), safetext.Line(i.Text)+st.Muted.Render(t("punct.aside", when)))
			if i.Impact != "" {
				wrapped("      ", t("ideas.impact", safetext.Line(i.Impact)))
			}
		}
	}
	add("", st.Title.Render(t("week.review")))
	if s.Review == nil || s.Review.WentWell == "" && s.Review.ToChange == "" && s.Review.Focus == "" {
		add(st.Muted.Render("  " + t("tui.week.no_review")))
	} else {
		for _, f := range []struct{ k, v string }{{"report.went_well", s.Review.WentWell}, {"report.to_change", s.Review.ToChange}, {"report.focus", s.Review.Focus}} {
			if f.v != "" {
				wrapped("  "+st.Label.Render(t(f.k)+t("punct.colon")), safetext.Line(f.v))
			}
		}
	}
	if v.status != "" {
		add(st.Good.Render(v.status))
	}
	return out
}

func num(v *float64, t func(string, ...any) string) string {
	if v == nil {
		return t("week.none")
	}
	return fmt.Sprintf("%.1f", *v)
}

// categories lists the top five categories (insight.RankCategories).
func categories(by map[string]int) string {
	var parts []string
	for _, c := range insight.RankCategories(by, 5) {
		parts = append(parts, fmt.Sprintf("%s %d", safetext.Line(c.Name), c.N))
	}
	return strings.Join(parts, " · ")
}
