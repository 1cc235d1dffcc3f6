package flow

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
)

// frame is a drawn screen body and where the real cursor goes in it.
type frame struct {
	lines  []string
	cursor *tea.Cursor
	// focusTop/focusBottom are the rows of the focused slot: scrolling keeps
	// them visible.
	focusTop, focusBottom int
}

func (f *frame) add(s string) {
	f.lines = append(f.lines, strings.Split(s, "\n")...)
}

// View draws the flow into width×height cells.
func (m *Model) View(width, height int) string {
	c := crop(m.draw(width), height)
	m.cursor = c.cursor
	return c.body
}

// Cursor is the real cursor of the last View, relative to the flow's
// top-left: the root asks right after drawing, and drawing twice per key
// would double the cost of a keystroke.
func (m *Model) Cursor() *tea.Cursor { return m.cursor }

type cropped struct {
	body   string
	cursor *tea.Cursor
}

// crop keeps the step line and scrolls the rest so the focused slot shows.
func crop(f frame, height int) cropped {
	lines := f.lines
	cur := f.cursor
	if len(lines) > height && height > 2 {
		const fixed = 2 // the step line and the blank under it
		room := height - fixed
		off := 0
		if f.focusBottom-fixed >= room {
			off = f.focusBottom - fixed - room + 1
		}
		if f.focusTop-fixed < off {
			off = max(f.focusTop-fixed, 0)
		}
		// The last line (the status) always shows.
		body := append([]string{}, lines[:fixed]...)
		end := min(fixed+off+room, len(lines))
		body = append(body, lines[fixed+off:end]...)
		if cur != nil {
			c := *cur
			c.Y -= off
			if c.Y < fixed || c.Y >= height {
				cur = nil
			} else {
				cur = &c
			}
		}
		lines = body
	}
	if len(lines) > height {
		lines = lines[:height]
	}
	return cropped{body: strings.Join(lines, "\n"), cursor: cur}
}

func (m *Model) draw(width int) frame {
	var f frame
	st := m.ctx.Styles
	t := m.ctx.T
	if m.phase == phaseSaved {
		// Done: no steps left to show, only what the saving means.
		f.add("")
	} else {
		f.add(m.stepLine(width))
	}
	f.add("")
	switch m.phase {
	case phaseLoading:
		f.add(st.Muted.Render(t("tui.loading")))
		return f
	case phaseResume:
		dr := m.pendingDraft
		f.add(st.Title.Render(t("tui.resume.title")))
		f.add("")
		f.add(wrap(t("tui.resume.body", dr.UpdatedAt.Local().Format("2006-01-02 15:04"), dr.Step+1, t(stepNames[min(max(dr.Step, 0), numSteps-1)])), width))
		f.add("")
		f.add(st.Muted.Render(t("tui.resume.keys")))
		return f
	case phaseSaved:
		m.drawSaved(&f, width)
		return f
	}
	if m.editing {
		f.add(st.Muted.Render(t("tui.editing", m.date)))
	}
	f.add(st.Title.Render(t(stepNames[m.step]+".title")) + "  " + st.Muted.Render(t(stepNames[m.step]+".hint")))
	f.add("")
	if m.step == stepShift && m.weekFocus != "" {
		f.add(st.Muted.Render(t("tui.week_focus")) + " " + safetext.Line(m.weekFocus))
	}
	switch {
	case m.step == stepShift && m.lastTomorrow != "":
		f.add(st.Muted.Render(t("tui.last_tomorrow")) + " " + safetext.Line(m.lastTomorrow))
	case m.step == stepVent:
		f.add(st.Private.Render(t("tui.vent.private")))
	case m.step == stepReview:
		m.drawReview(&f, width)
	}
	slots := m.slots()
	for i, s := range slots {
		focused := i == m.focus
		m.drawSlot(&f, s, focused, width)
		if m.step == stepCases && m.caseEdit >= 0 && s.text == &m.caseForm.category && focused {
			if hints := m.categoryHints(5); len(hints) > 0 {
				f.add(strings.Repeat(" ", labelWidth+2) + st.Muted.Render(t("tui.used_before", safetext.Line(strings.Join(hints, " · ")))))
			}
		}
	}
	f.add("")
	if m.status != "" {
		style := st.Muted
		if m.statusErr {
			style = st.Error
		}
		f.add(style.Render(wrap(m.status, width)))
	}
	return f
}

func (m *Model) drawSlot(f *frame, s *slot, focused bool, width int) {
	st := m.ctx.Styles
	label := m.ctx.T(s.label)
	lstyle := st.Label
	marker := "  "
	if focused {
		lstyle = st.Focused
		marker = st.Focused.Render("› ")
	}
	top := len(f.lines)
	switch {
	case s.list == listCases:
		m.drawCases(f, focused, width)
	case s.list == listIdeas:
		f.add(marker + lstyle.Render(label))
		m.drawIdeas(f, focused, width)
	case s.above:
		f.add(marker + lstyle.Render(label))
		fieldTop := len(f.lines)
		f.add(indent(s.text.View(), 2))
		if focused {
			m.placeCursor(f, s, 2, fieldTop)
		}
	default:
		head := marker + lstyle.Render(pad(label, labelWidth))
		var body string
		if s.text != nil {
			// One space in, to line up with the pickers' padded options.
			body = indent(s.text.View(), 1)
		} else {
			body = s.pick.View(max(width-labelWidth-4, 10))
		}
		lines := strings.Split(body, "\n")
		for i, l := range lines {
			if i == 0 {
				f.add(head + l)
			} else {
				f.add(strings.Repeat(" ", labelWidth+2) + l)
			}
		}
		if focused && s.text != nil {
			m.placeCursor(f, s, labelWidth+3, top)
		}
	}
	if focused {
		f.focusTop, f.focusBottom = top, len(f.lines)-1
	}
}

func (m *Model) placeCursor(f *frame, s *slot, x, y int) {
	c := s.text.Cursor()
	if c == nil {
		return
	}
	cc := *c
	cc.X += x
	cc.Y += y
	f.cursor = &cc
}

func (m *Model) drawCases(f *frame, focused bool, width int) {
	st := m.ctx.Styles
	t := m.ctx.T
	if len(m.cases) == 0 {
		f.add(st.Muted.Render(wrap(t("tui.cases.none"), width)))
	}
	for i, c := range m.cases {
		mark := "  "
		line := safetext.Line(c.Title)
		extra := []string{}
		if c.Category != "" {
			extra = append(extra, safetext.Line(c.Category))
		}
		if c.Outcome != "" {
			extra = append(extra, t("outcome."+c.Outcome))
		}
		if c.Praise {
			extra = append(extra, t("tui.praise_mark"))
		}
		text := line
		if len(extra) > 0 {
			text += "  " + st.Muted.Render(strings.Join(extra, " · "))
		}
		text = truncate(text, width-4)
		if focused && i == m.caseSel {
			mark = st.Selected.Render("› ")
			text = st.Selected.Render(truncate(line, width-4))
			if len(extra) > 0 {
				text = truncate(st.Selected.Render(line)+"  "+st.Muted.Render(strings.Join(extra, " · ")), width-4)
			}
		}
		f.add(fmt.Sprintf("%s%d. %s", mark, i+1, text))
	}
	if rest := m.jots[min(m.jotsUsed, len(m.jots)):]; len(rest) > 0 {
		f.add("")
		f.add(st.Label.Render(t("tui.jots", len(rest))))
		for _, j := range rest {
			f.add(truncate("  "+j.At.Local().Format("15:04")+"  "+safetext.Line(j.Text), width))
		}
	}
	f.add("")
	f.add(st.Muted.Render(wrap(t("tui.cases.keys"), width)))
}

func (m *Model) drawIdeas(f *frame, focused bool, width int) {
	st := m.ctx.Styles
	t := m.ctx.T
	if len(m.ideas) == 0 {
		f.add("  " + st.Muted.Render(t("tui.ideas.none")))
	}
	for i, idea := range m.ideas {
		line := fmt.Sprintf("[%s] %s", t("kind."+idea.Kind), safetext.Line(idea.Text))
		mark := "  "
		if focused && i == m.ideaSel {
			mark = st.Selected.Render("› ")
			line = st.Selected.Render(truncate(line, width-4))
		}
		f.add(mark + truncate(line, width-4))
	}
}

// drawReview is the entry at a glance, as it will be saved.
func (m *Model) drawReview(f *frame, width int) {
	st := m.ctx.Styles
	t := m.ctx.T
	d := m.collect()
	e := d.Entry
	row := func(label, value string) {
		if value == "" {
			return
		}
		f.add(truncate(st.Label.Render(pad(t(label), labelWidth))+value, width))
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
		row("tui.f.cases", m.ctx.N("tui.n_cases", len(e.Cases))+": "+strings.Join(titles, " · "))
	}
	switch {
	case e.Vent != "" && m.ventKeep.Value() == "letgo":
		row("tui.step.vent", st.Private.Render(t("tui.vent.will_letgo")))
	case e.Vent != "":
		row("tui.step.vent", st.Private.Render(t("tui.vent.kept", len([]rune(e.Vent)))))
	}
	if len(d.Ideas) > 0 {
		row("tui.step.ideas", m.ctx.N("tui.n_ideas", len(d.Ideas)))
	}
	row("tui.step.tomorrow", safetext.Line(e.Tomorrow))
	f.add("")
	f.add(st.Accent.Render(t("tui.review.keys")))
}

func (m *Model) drawSaved(f *frame, width int) {
	st := m.ctx.Styles
	t := m.ctx.T
	r := m.result
	f.add(st.Good.Render(t("tui.saved.title", m.date)))
	f.add("")
	switch {
	case r.streak == 1:
		f.add(st.Accent.Render(t("tui.saved.streak_one")))
	case r.streak > 1:
		f.add(st.Accent.Render(t("tui.saved.streak", r.streak)))
	}
	if r.n7 > 0 && journal.Has(r.mood) {
		diff := float64(r.mood) - r.avg7
		key := "tui.saved.mood_same"
		switch {
		case diff >= 0.5:
			key = "tui.saved.mood_up"
		case diff <= -0.5:
			key = "tui.saved.mood_down"
		}
		f.add(wrap(t(key, r.mood, t("mood."+strconv.Itoa(r.mood)), fmt.Sprintf("%.1f", r.avg7), r.n7), width))
	} else if r.entries > 0 {
		f.add(t("tui.saved.count", r.entries))
	}
	f.add("")
	f.add(st.Muted.Render(t("tui.saved.keys")))
}

// stepLine is the step indicator: done steps, the current one, the rest.
func (m *Model) stepLine(width int) string {
	st := m.ctx.Styles
	t := m.ctx.T
	parts := make([]string, numSteps)
	short := make([]string, numSteps)
	for i := range numSteps {
		name := strconv.Itoa(i+1) + " " + t(stepNames[i])
		short[i] = strconv.Itoa(i + 1)
		switch {
		case i == m.step:
			parts[i] = st.StepNow.Render(name)
			short[i] = st.StepNow.Render(name)
		case i < m.step:
			parts[i] = st.StepDone.Render(name)
			short[i] = st.StepDone.Render(short[i])
		default:
			parts[i] = st.StepTodo.Render(name)
			short[i] = st.StepTodo.Render(short[i])
		}
	}
	line := strings.Join(parts, st.Muted.Render(" › "))
	if lipgloss.Width(line) > width {
		line = strings.Join(short, st.Muted.Render(" › "))
	}
	return truncate(line, width)
}

func pad(s string, w int) string {
	if n := lipgloss.Width(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s + " "
}

func indent(s string, n int) string {
	sp := strings.Repeat(" ", n)
	return sp + strings.ReplaceAll(s, "\n", "\n"+sp)
}

func truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if lipgloss.Width(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

func wrap(s string, w int) string {
	if w <= 0 {
		return s
	}
	return lipgloss.Wrap(s, w, "")
}

// ShortHelp is the footer's keys for the current state.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	switch m.phase {
	case phaseResume:
		return []key.Binding{k.Resume, k.Restart, k.Back}
	case phaseSaved, phaseLoading:
		return nil
	}
	out := []key.Binding{k.Next, k.Prev, k.Back, k.Save}
	switch m.step {
	case stepVent:
		out = append(out, k.Editor)
	case stepCases:
		if m.caseEdit < 0 {
			out = append(out, k.Add, k.Remove)
			if m.jotsUsed < len(m.jots) {
				out = append(out, k.Jot)
			}
		}
	}
	return out
}

// FullHelp is every key of the flow.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{
		{k.Next, k.Prev, k.NextStep, k.PrevStep, k.Back},
		{k.Save, k.Editor, k.Add, k.Remove, k.Jot, k.Suggest},
	}
}
