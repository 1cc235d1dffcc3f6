// Package week is the app's Week screen: one ISO week's summary (the same
// report.WeekSummary as `debrief week`) and the weekly review, three
// questions answered and stored per week. When this week is open, last
// week's focus is shown on top, so the plan made on Friday meets Monday.
// The screen is two components: the summary to read (summary.go) and the
// review form (review.go).
package week

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/theme"
)

// Name is the screen's registered name.
const Name = "week"

// Model is the Week screen.
type Model struct {
	ctx           *app.Context
	keys          keys.Week
	width, height int

	week    journal.Week
	summary summary
	err     error
	loaded  bool

	editing bool
	review  *review
}

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
func New(ctx *app.Context) *Model {
	m := &Model{ctx: ctx, keys: ctx.Keys.Week, week: journal.WeekOf(ctx.Today),
		summary: newSummary(ctx), review: newReview(ctx)}
	m.setEditing(false)
	return m
}

// Init loads the current week.
func (m *Model) Init() tea.Cmd { return m.load(m.week) }

// load reads one week by the rules of `debrief week` (day.Journal.Week).
func (m *Model) load(w journal.Week) tea.Cmd {
	j, today := m.ctx.Journal, m.ctx.Today
	return func() tea.Msg {
		wk, err := j.Week(w, today)
		return loadedMsg{week: w, sum: wk.Summary, prevFocus: wk.PrevFocus, err: err}
	}
}

// SetSize gives both parts the screen's box.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.summary.SetSize(w, h)
	m.review.SetSize(w, h)
}

// Restyle passes new styles to the review's fields.
func (m *Model) Restyle(st theme.Styles) { m.review.restyle(st) }

// Capturing is true while the review is being written: letters are text.
func (m *Model) Capturing() bool { return m.editing }

// Leave saves the review being written when the app ends.
func (m *Model) Leave() tea.Cmd {
	if !m.editing || !m.review.changed() {
		return nil
	}
	return m.save()
}

// save writes the three answers (a snapshot taken now) for the week.
func (m *Model) save() tea.Cmd {
	j := m.ctx.Journal
	r := m.review.value()
	return func() tea.Msg { return savedMsg{review: r, err: j.SaveReview(r)} }
}

// setEditing switches between the summary's keys and the form's.
func (m *Model) setEditing(on bool) {
	m.editing = on
	for _, b := range []*key.Binding{&m.keys.Prev, &m.keys.Next, &m.keys.Review, &m.keys.Back} {
		b.SetEnabled(!on)
	}
	for _, b := range []*key.Binding{&m.keys.Save, &m.keys.Field, &m.keys.FieldBack, &m.keys.Close} {
		b.SetEnabled(on)
	}
	if !on {
		m.review.close()
	}
}

// Update handles loading, saving and keys.
func (m *Model) Update(msg tea.Msg) (app.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.week == m.week {
			m.err, m.loaded = msg.err, true
			m.summary.show(msg.sum, msg.prevFocus, "")
		}
		return m, nil
	case savedMsg:
		if msg.err != nil {
			// The text stays in the fields: nothing typed is lost.
			m.setEditing(true)
			return m, m.review.failed(msg.err)
		}
		sum := m.summary.sum
		if sum != nil && msg.review.Week == m.week {
			r := msg.review
			sum.Review = &r
		}
		m.summary.show(sum, m.summary.prevFocus, m.ctx.T("tui.week.saved"))
		// The review and the word "saved" are at the end: show them.
		m.summary.pager.GotoBottom()
		return m, nil
	case tea.KeyPressMsg:
		if m.editing {
			return m, m.editKey(msg)
		}
		return m, m.viewKey(msg)
	case tea.PasteMsg:
		if m.editing {
			return m, m.review.Update(msg)
		}
	}
	return m, nil
}

func (m *Model) viewKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Back):
		return app.GoBack
	case key.Matches(msg, m.keys.Prev):
		return m.goTo(m.week.Prev())
	case key.Matches(msg, m.keys.Next):
		if next := m.week.Next(); next.Monday() <= m.ctx.Today {
			return m.goTo(next)
		}
	case key.Matches(msg, m.keys.Review):
		if m.summary.sum == nil {
			return nil
		}
		m.setEditing(true)
		return m.review.open(m.week, m.summary.sum.Review)
	default:
		m.summary.Update(msg)
	}
	return nil
}

func (m *Model) goTo(w journal.Week) tea.Cmd {
	m.week, m.err, m.loaded = w, nil, false
	m.summary.show(nil, "", "")
	return m.load(w)
}

func (m *Model) editKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Save), key.Matches(msg, m.keys.Close):
		changed := m.review.changed()
		m.setEditing(false)
		if !changed {
			return nil
		}
		return m.save()
	case key.Matches(msg, m.keys.Field), key.Matches(msg, m.keys.FieldBack):
		return m.review.move(key.Matches(msg, m.keys.FieldBack))
	}
	return m.review.Update(msg)
}

// ShortHelp is the footer's keys.
func (m *Model) ShortHelp() []key.Binding {
	if m.editing {
		return []key.Binding{m.keys.Save, m.keys.Field, m.keys.Close}
	}
	return []key.Binding{m.keys.Review, m.keys.Prev, m.keys.Next, m.keys.Back}
}

// FullHelp is every key of the screen in its current state.
func (m *Model) FullHelp() [][]key.Binding {
	if m.editing {
		return [][]key.Binding{{m.keys.Save, m.keys.Field, m.keys.FieldBack, m.keys.Close}}
	}
	return [][]key.Binding{{m.keys.Prev, m.keys.Next, m.keys.Review, m.keys.Back}, m.summary.bindings()}
}

// View draws the week or the review form.
func (m *Model) View() layout.Frame {
	st := m.ctx.Styles
	t := m.ctx.T
	switch {
	case m.err != nil:
		return layout.Text(st.Error.Render(t("tui.home.load_failed", safetext.Line(m.err.Error())))).Fit(m.width, m.height)
	case !m.loaded || m.summary.sum == nil:
		return layout.Text(st.Muted.Render(t("tui.loading"))).Fit(m.width, m.height)
	case m.editing:
		return m.review.View()
	}
	return m.summary.View()
}
