// Package week is the app's Week screen: one ISO week's summary (the same
// report.WeekSummary as `debrief week`) and the weekly review, three
// questions answered and stored per week. When this week is open, last
// week's focus is shown on top, so the plan made on Friday meets Monday.
package week

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/common"
	"github.com/debrief-app/debrief/internal/tui/textfield"
)

// Name is the screen's registered name.
const Name = "week"

type keyMap struct {
	Prev, Next, Up, Down, Review, Back key.Binding
	Save, Field, FieldBack, Close      key.Binding
}

// Model is the Week screen.
type Model struct {
	ctx           *common.Context
	keys          keyMap
	width, height int

	week      journal.Week
	sum       *report.WeekSummary
	prevFocus string // last week's focus, shown on the current week
	err       error
	scroll    int

	editing bool
	fields  [3]textfield.Field
	focus   int
	typed   [3]string // what the fields held when editing began
	formTop int       // the form's first row on screen: the focused answer stays in view
	status  string
	saveErr error
}

// The review's questions, in order: the WeeklyReview fields they fill.
var questions = [3]string{"tui.week.q_went_well", "tui.week.q_to_change", "tui.week.q_focus"}

type loadedMsg struct {
	week      journal.Week
	sum       *report.WeekSummary
	prevFocus string
	err       error
}

type savedMsg struct {
	review journal.WeeklyReview
	err    error
}

// New returns the Week screen on the current week; Init loads it.
func New(ctx *common.Context) *Model {
	t := ctx.T
	m := &Model{ctx: ctx, week: journal.WeekOf(ctx.Today), keys: keyMap{
		Prev:      key.NewBinding(key.WithKeys("left", "["), key.WithHelp("←", t("tui.week.key_prev"))),
		Next:      key.NewBinding(key.WithKeys("right", "]"), key.WithHelp("→", t("tui.week.key_next"))),
		Up:        common.Bind(t("tui.week.key_scroll"), "up", "k"),
		Down:      common.Bind(t("tui.week.key_scroll"), "down", "j"),
		Review:    common.Bind(t("tui.week.key_review"), "r", "enter"),
		Back:      common.Bind(t("tui.key.back"), "esc", "q"),
		Save:      common.Bind(t("tui.week.key_save"), "ctrl+s"),
		Field:     common.Bind(t("tui.week.key_field"), "tab"),
		FieldBack: common.Bind(t("tui.week.key_field_back"), "shift+tab"),
		Close:     common.Bind(t("tui.week.key_close"), "esc"),
	}}
	for i := range m.fields {
		m.fields[i] = textfield.NewMultiLine(t(questions[i]+"_hint"), ctx.Styles.Dark)
		m.fields[i].SetHeight(2)
	}
	return m
}

// Init loads the current week.
func (m *Model) Init() tea.Cmd { return m.load(m.week) }

// load reads one week in one transaction and builds its summary by the
// rules of `debrief week`.
func (m *Model) load(w journal.Week) tea.Cmd {
	ctx := m.ctx
	return func() tea.Msg {
		today := ctx.Today
		in := report.WeekInput{Week: w, Today: today, Loc: time.Local}
		var off []journal.DayOff
		var prevFocus string
		err := ctx.Read(func(tx *store.Tx) error {
			var err error
			if in.Entries, err = tx.EntryList(w.Monday(), w.Sunday()); err != nil {
				return err
			}
			for e, err := range tx.Entries(w.Sunday().AddDays(1), 0) {
				if err != nil {
					return err
				}
				in.Next = &e
				break
			}
			prev := w.Prev()
			if in.Prev, err = tx.Metrics(prev.Monday(), min(prev.Sunday(), today)); err != nil {
				return err
			}
			if in.Ideas, err = tx.Ideas(); err != nil {
				return err
			}
			if r, ok, err := tx.Review(w); err != nil {
				return err
			} else if ok {
				in.Review = &r
			}
			if r, ok, err := tx.Review(prev); err != nil {
				return err
			} else if ok {
				prevFocus = r.Focus
			}
			off, err = tx.DaysOff()
			return err
		})
		if err != nil {
			return loadedMsg{week: w, err: err}
		}
		in.Cal = insight.NewCalendar(today, ctx.Cfg.Workdays(), off)
		return loadedMsg{week: w, sum: report.BuildWeek(in), prevFocus: prevFocus}
	}
}

// SetSize remembers the size the root gives the screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	for i := range m.fields {
		m.fields[i].SetWidth(w - 2)
	}
}

// Capturing is true while the review is being written: letters are text.
func (m *Model) Capturing() bool { return m.editing }

// Leave saves the review being written when the app ends.
func (m *Model) Leave() tea.Cmd {
	if !m.editing || !m.changed() {
		return nil
	}
	return m.save()
}

func (m *Model) changed() bool {
	for i := range m.fields {
		if m.fields[i].Value() != m.typed[i] {
			return true
		}
	}
	return false
}

// save writes the three answers (a snapshot taken now) for the week.
func (m *Model) save() tea.Cmd {
	ctx := m.ctx
	r := journal.WeeklyReview{Week: m.week,
		WentWell: strings.TrimSpace(m.fields[0].Value()), ToChange: strings.TrimSpace(m.fields[1].Value()), Focus: strings.TrimSpace(m.fields[2].Value())}
	return func() tea.Msg {
		err := ctx.Write(func(tx *store.Tx) error { return tx.PutReview(&r, false) })
		return savedMsg{review: r, err: err}
	}
}

// Update handles loading, saving and keys.
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.week == m.week {
			m.sum, m.prevFocus, m.err = msg.sum, msg.prevFocus, msg.err
		}
		return m, nil
	case savedMsg:
		if msg.err != nil {
			// The text stays in the fields: nothing typed is lost.
			m.saveErr = msg.err
			m.editing = true
			return m, m.fields[m.focus].Focus()
		}
		m.saveErr = nil
		m.status = m.ctx.T("tui.week.saved")
		// The review and the word "saved" are at the end: show them.
		m.scroll = 1 << 20
		if m.sum != nil && msg.review.Week == m.week {
			r := msg.review
			m.sum.Review = &r
		}
		return m, nil
	case tea.BackgroundColorMsg:
		for i := range m.fields {
			m.fields[i].SetDark(msg.IsDark())
		}
		return m, nil
	case tea.KeyPressMsg:
		if m.editing {
			return m.editKey(msg)
		}
		return m.viewKey(msg)
	case tea.PasteMsg:
		if m.editing {
			var cmd tea.Cmd
			m.fields[m.focus], cmd = m.fields[m.focus].Update(msg)
			return m, cmd
		}
	}
	return m, nil
}

func (m *Model) viewKey(msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back):
		return m, common.GoHome
	case key.Matches(msg, m.keys.Prev):
		return m, m.goTo(m.week.Prev())
	case key.Matches(msg, m.keys.Next):
		if next := m.week.Next(); next.Monday() <= m.ctx.Today {
			return m, m.goTo(next)
		}
	case key.Matches(msg, m.keys.Up):
		m.scroll = max(0, m.scroll-1)
	case key.Matches(msg, m.keys.Down):
		m.scroll++
	case key.Matches(msg, m.keys.Review):
		if m.sum == nil {
			return m, nil
		}
		m.editing, m.status, m.saveErr, m.focus = true, "", nil, 0
		var r journal.WeeklyReview
		if m.sum.Review != nil {
			r = *m.sum.Review
		}
		m.typed = [3]string{r.WentWell, r.ToChange, r.Focus}
		for i := range m.fields {
			m.fields[i].SetValue(m.typed[i])
			m.fields[i].Blur()
		}
		return m, m.fields[0].Focus()
	}
	return m, nil
}

func (m *Model) goTo(w journal.Week) tea.Cmd {
	m.week, m.sum, m.err, m.scroll, m.status = w, nil, nil, 0, ""
	return m.load(w)
}

func (m *Model) editKey(msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Save), key.Matches(msg, m.keys.Close):
		m.editing = false
		for i := range m.fields {
			m.fields[i].Blur()
		}
		if !m.changed() {
			return m, nil
		}
		return m, m.save()
	case key.Matches(msg, m.keys.Field), key.Matches(msg, m.keys.FieldBack):
		m.fields[m.focus].Blur()
		step := 1
		if key.Matches(msg, m.keys.FieldBack) {
			step = len(m.fields) - 1
		}
		m.focus = (m.focus + step) % len(m.fields)
		return m, m.fields[m.focus].Focus()
	}
	var cmd tea.Cmd
	m.fields[m.focus], cmd = m.fields[m.focus].Update(msg)
	return m, cmd
}

// ShortHelp is the footer's keys.
func (m *Model) ShortHelp() []key.Binding {
	if m.editing {
		return []key.Binding{m.keys.Save, m.keys.Field, m.keys.Close}
	}
	return []key.Binding{m.keys.Prev, m.keys.Next, m.keys.Review, m.keys.Back}
}

// FullHelp is every key of the screen.
func (m *Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.keys.Prev, m.keys.Next, m.keys.Up, m.keys.Down, m.keys.Review, m.keys.Back},
		{m.keys.Save, m.keys.Field, m.keys.FieldBack, m.keys.Close}}
}

// Cursor is the real cursor in the focused answer (for input methods).
func (m *Model) Cursor() *tea.Cursor {
	if !m.editing {
		return nil
	}
	c := m.fields[m.focus].Cursor()
	if c == nil {
		return nil
	}
	cc := *c
	cc.Y += m.fieldTop(m.focus) - m.formTop
	cc.X += 2
	return &cc
}

// fieldTop is the row of field i in the form: a title line and a blank,
// then for each question its line, the field and a blank.
func (m *Model) fieldTop(i int) int {
	y := 2
	for j := range i {
		y += 1 + m.fields[j].Height() + 1
	}
	return y + 1
}

// View draws the week or the review form into width×height cells.
func (m *Model) View(width, height int) string {
	st := m.ctx.Styles
	t := m.ctx.T
	switch {
	case m.err != nil:
		return fit([]string{st.Error.Render(t("tui.home.load_failed", safetext.Line(m.err.Error())))}, width, height)
	case m.sum == nil:
		return fit([]string{st.Muted.Render(t("tui.loading"))}, width, height)
	case m.editing:
		return m.form(width, height)
	}
	lines := m.summary(width)
	// Scrolling stops at the end: the last line stays on the last row.
	m.scroll = min(m.scroll, max(0, len(lines)-height))
	return fit(lines[m.scroll:], width, height)
}

func (m *Model) form(width, height int) string {
	st := m.ctx.Styles
	t := m.ctx.T
	lines := []string{st.Title.Render(t("tui.week.review_title", m.week.String())), ""}
	for i, q := range questions {
		label := st.Label
		if i == m.focus {
			label = st.Focused
		}
		lines = append(lines, label.Render(t(q)))
		for _, l := range strings.Split(m.fields[i].View(), "\n") {
			lines = append(lines, "  "+l)
		}
		lines = append(lines, "")
	}
	if m.saveErr != nil {
		lines = append(lines, st.Error.Render(t("tui.week.save_failed", safetext.Line(m.saveErr.Error()))))
	}
	// In a short window the form scrolls so the focused question and its
	// answer are on screen (Cursor reads formTop).
	m.formTop = 0
	if end := m.fieldTop(m.focus) + m.fields[m.focus].Height(); end > height {
		m.formTop = min(end-height, m.fieldTop(m.focus)-1)
	}
	return fit(lines[m.formTop:], width, height)
}

// summary is the week as lines, the same content as `debrief week`.
func (m *Model) summary(width int) []string {
	st := m.ctx.Styles
	t := m.ctx.T
	s := m.sum
	var out []string
	add := func(l ...string) { out = append(out, l...) }
	wrapped := func(prefix, text string) {
		for i, l := range wrap(text, width-lipgloss.Width(prefix)) {
			if i > 0 {
				prefix = strings.Repeat(" ", lipgloss.Width(prefix))
			}
			add(prefix + l)
		}
	}
	head := st.Title.Render(t("week.title", s.Week, s.From, s.To))
	if s.Week == journal.WeekOf(m.ctx.Today) {
		head += st.Muted.Render("  " + t("tui.week.this_week"))
	}
	add(head)
	if m.prevFocus != "" && s.Week == journal.WeekOf(m.ctx.Today) {
		wrapped(st.Accent.Render(t("tui.week.last_focus"))+" ", safetext.Line(m.prevFocus))
	}
	add("")
	labels := []string{"week.shifts", "week.mood", "week.energy", "week.stress", "week.contacts", "week.cases", "week.categories"}
	lw := 0
	for _, k := range labels {
		lw = max(lw, lipgloss.Width(t(k)))
	}
	row := func(k, v string) { wrapped(st.Label.Render(pad(t(k), lw))+"  ", v) }
	row("week.shifts", st.Accent.Render(t("week.shifts_v", s.Shifts, s.Scheduled)))
	if s.Shifts == 0 {
		add(st.Muted.Render(t("week.empty")))
	} else {
		scale := func(k string, v, prev *float64, trend string) {
			line := num(v, t)
			if prev != nil {
				line += " " + st.Muted.Render(t("week.vs_prev", num(prev, t)))
			}
			if trend != insight.TrendUnknown {
				line += " " + t("trend."+trend)
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
				text = safetext.Line(l.Case) + ": " + text
			} else {
				text = t("week.lesson_next", text)
				if l.Happened != "" {
					text += " (" + t("week.happened."+l.Happened) + ")"
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
			wrapped(fmt.Sprintf("  #%d %s ", i.ID, t("status."+i.Status)), safetext.Line(i.Text)+st.Muted.Render(" ("+when+")"))
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
				wrapped("  "+st.Label.Render(t(f.k)+":")+" ", safetext.Line(f.v))
			}
		}
	}
	if m.status != "" {
		add(st.Good.Render(m.status))
	}
	return out
}

func num(v *float64, t func(string, ...any) string) string {
	if v == nil {
		return t("week.none")
	}
	return fmt.Sprintf("%.1f", *v)
}

// categories lists the top five categories, most first, ties by name.
func categories(by map[string]int) string {
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if by[a] != by[b] {
			return by[b] - by[a]
		}
		return strings.Compare(a, b)
	})
	var parts []string
	for _, k := range keys[:min(5, len(keys))] {
		parts = append(parts, fmt.Sprintf("%s %d", safetext.Line(k), by[k]))
	}
	return strings.Join(parts, " · ")
}

func pad(s string, w int) string { return s + strings.Repeat(" ", max(0, w-lipgloss.Width(s))) }

func fit(lines []string, width, height int) string {
	if len(lines) > height {
		lines = lines[:max(height, 0)]
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, width, "…")
	}
	return strings.Join(lines, "\n")
}

func wrap(s string, width int) []string {
	return strings.Split(lipgloss.Wrap(s, max(width, 10), ""), "\n")
}
