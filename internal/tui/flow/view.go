package flow

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/ui/care"
	"github.com/debrief-app/debrief/internal/tui/ui/keyhelp"
)

// View draws the step line and the current phase: loading, the resume
// question, the step with its status line, or what saving means.
func (m *Model) View() layout.Frame {
	st := m.ctx.Styles
	t := m.ctx.T
	w, h := m.width, m.height
	switch m.phase {
	case phaseSaved:
		// Done: no steps left to show, only what the saving means, two
		// rows down when they fit with them.
		lines := m.savedLines()
		if len(lines)+2 <= h {
			lines = append([]string{"", ""}, lines...)
		}
		return layout.Text(lines...).Fit(w, h)
	case phaseConflict:
		return layout.Stack(layout.Text(m.stepLine(), ""), m.question.View()).Fit(w, h)
	case phaseLoading:
		return layout.Text(m.stepLine(), "", st.Muted.Render(t("tui.loading"))).Fit(w, h)
	case phaseResume:
		dr := m.pendingDraft
		name := m.steps[min(max(dr.Step, 0), len(m.steps)-1)].Name()
		lines := []string{m.stepLine(), "", st.Title.Render(t("tui.resume.title")), ""}
		lines = append(lines, layout.Wrap(t("tui.resume.body", dr.UpdatedAt.Local().Format("2006-01-02 15:04"), dr.Step+1, t(name)), w)...)
		if dr.Entry.Vent == "" && len(dr.Entry.VentSealed) > 0 {
			lines = append(lines, "", st.Private.Render(t("tui.resume.sealed")))
		}
		lines = append(lines, "")
		for _, l := range layout.Wrap(keyhelp.Hint(m.ShortHelp()), w) {
			lines = append(lines, st.Muted.Render(l))
		}
		return layout.Text(lines...).Fit(w, h)
	}
	head := []string{m.stepLine(), ""}
	if m.editing {
		head = append(head, st.Muted.Render(t("tui.editing", m.date)))
	}
	style := st.Muted
	if m.statusErr {
		style = st.Error
	}
	status := m.statusLines()
	if m.status != "" {
		for i, l := range status {
			status[i] = style.Render(l)
		}
	}
	body := m.step().View()
	return layout.Stack(layout.Text(head...), body, layout.Text(status...)).Fit(w, h)
}

// statusLines is the status wrapped to the width: at least one row, kept
// at the bottom.
func (m *Model) statusLines() []string {
	if m.status == "" {
		return []string{""}
	}
	return layout.Wrap(m.status, max(m.width, 10))
}

func (m *Model) savedLines() []string {
	st := m.ctx.Styles
	t := m.ctx.T
	r := m.result
	lines := []string{st.Good.Render(t("tui.saved.title", m.date)), ""}
	if r.Streak > 0 {
		lines = append(lines, st.Accent.Render(m.ctx.N("tui.saved.streak", r.Streak)))
	}
	if r.N7 > 0 && journal.Has(r.Mood) {
		// Compared with the average as shown, in tenths, so the words agree
		// with the numbers on the screen.
		shown := insight.Decimal(r.Avg7, 1)
		tenths, _ := strconv.Atoi(strings.Replace(shown, ".", "", 1))
		key := "tui.saved.mood_same"
		switch diff := r.Mood*10 - tenths; {
		case diff >= 5:
			key = "tui.saved.mood_up"
		case diff <= -5:
			key = "tui.saved.mood_down"
		}
		lines = append(lines, layout.Wrap(m.ctx.N(key, r.N7, r.Mood, t("mood."+strconv.Itoa(r.Mood)), shown), m.width)...)
	} else if r.Entries > 0 {
		lines = append(lines, m.ctx.N("tui.saved.count", r.Entries))
	}
	if c := care.Note(t, st, r.Wellbeing, m.width); len(c) > 0 {
		lines = append(append(lines, ""), c...)
	}
	return append(lines, "", st.Muted.Render(t("tui.saved.keys")))
}

// stepLine is the step indicator: done steps, the current one, the rest;
// only the numbers of the others when the names do not fit.
func (m *Model) stepLine() string {
	st := m.ctx.Styles
	parts := make([]string, len(m.steps))
	short := make([]string, len(m.steps))
	for i, s := range m.steps {
		name := stepName(m.ctx, i, s.Name())
		short[i] = strconv.Itoa(i + 1)
		switch {
		case i == m.cur:
			parts[i] = st.StepNow.Render(name)
			short[i] = st.StepNow.Render(name)
		case i < m.cur:
			parts[i] = st.StepDone.Render(name)
			short[i] = st.StepDone.Render(short[i])
		default:
			parts[i] = st.StepTodo.Render(name)
			short[i] = st.StepTodo.Render(short[i])
		}
	}
	line := strings.Join(parts, st.Muted.Render(" › "))
	if lipgloss.Width(line) > m.width {
		line = strings.Join(short, st.Muted.Render(" › "))
	}
	return layout.Truncate(line, m.width)
}
