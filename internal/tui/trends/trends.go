// Package trends is the app's Trends screen: mood, energy, stress,
// contacts and CSAT over the last 30 shifts; weekly averages for 12 weeks;
// a year calendar coloured by mood with days off and missed workdays
// marked; case categories, outcomes and idea statuses as bars; and, when
// the wellbeing signal is on, a Care page. Every figure comes from
// internal/insight, by the same rules as `debrief stats`.
package trends

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
)

// Name is the screen's registered name.
const Name = "trends"

// The pages of the screen, in tab order. Care exists only while the
// wellbeing signal is on.
type page int

const (
	pageShifts page = iota
	pageYear
	pageCases
	pageCare
)

var pageTitles = []string{"trends.tab.shifts", "trends.tab.year", "trends.tab.cases", "trends.tab.care"}

// Model is the Trends screen.
type Model struct {
	ctx           *app.Context
	keys          keys.Trends
	width, height int
	page          page
	yearsBack     int // the Year page: how many years before this one it shows
	data          *data
	err           error
}

// data is everything the pages draw, read once when the screen opens.
type data struct {
	stats insight.Stats
	ms    []journal.Metrics // shifts up to today, oldest first
	cal   insight.Calendar
}

type loadedMsg struct {
	data *data
	err  error
}

// New returns the Trends screen; Init loads it.
func New(ctx *app.Context) *Model {
	m := &Model{ctx: ctx, keys: ctx.Keys.Trends}
	m.pageKeys()
	return m
}

// Init reads the figures (day.Journal.Stats: only the compact metrics,
// never whole entries, so ten years open as fast as one).
func (m *Model) Init() tea.Cmd {
	j, today := m.ctx.Journal, m.ctx.Today
	return func() tea.Msg {
		s, err := j.Stats(today, 0, 0)
		if err != nil {
			return loadedMsg{err: err}
		}
		return loadedMsg{data: &data{stats: s.Stats, ms: s.Metrics, cal: s.Calendar}}
	}
}

// SetSize remembers the size the root gives the screen.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

func (m *Model) pages() int {
	if m.data != nil && m.data.stats.Wellbeing.Signal {
		return 4
	}
	return 3
}

// Update turns pages and goes back home.
func (m *Model) Update(msg tea.Msg) (app.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		m.data, m.err = msg.data, msg.err
		m.keys.Page.SetKeys(pageKeys(m.pages())...)
	case tea.KeyPressMsg:
		n := page(m.pages())
		switch {
		case m.page == pageYear && key.Matches(msg, m.keys.Earlier):
			if m.data != nil && len(m.data.ms) > 0 && m.yearEnd(m.yearsBack+1) >= m.data.ms[0].Date {
				m.yearsBack++
			}
		case m.page == pageYear && key.Matches(msg, m.keys.Later):
			m.yearsBack = max(m.yearsBack-1, 0)
		case key.Matches(msg, m.keys.Back):
			return m, app.GoBack
		case key.Matches(msg, m.keys.Next):
			m.page = (m.page + 1) % n
		case key.Matches(msg, m.keys.Prev):
			m.page = (m.page + n - 1) % n
		case key.Matches(msg, m.keys.Page):
			if d, _ := keys.Digit(msg); page(d-1) < n {
				m.page = page(d - 1)
			}
		}
		m.pageKeys()
	}
	return m, nil
}

// pageKeys gives ←/→ to the Year page's years there (tab turns the page)
// and to turning pages everywhere else.
func (m *Model) pageKeys() {
	year := m.page == pageYear
	if year {
		m.keys.Next.SetKeys("tab")
		m.keys.Prev.SetKeys("shift+tab")
	} else {
		m.keys.Next.SetKeys("tab", "right")
		m.keys.Prev.SetKeys("shift+tab", "left")
	}
	m.keys.Earlier.SetEnabled(year)
	m.keys.Later.SetEnabled(year)
}

// pageKeys are the digits of the pages there are.
func pageKeys(n int) []string {
	return []string{"1", "2", "3", "4"}[:n]
}

// ShortHelp is the footer's keys.
func (m *Model) ShortHelp() []key.Binding {
	if m.page == pageYear {
		return []key.Binding{m.keys.Next, m.keys.Earlier, m.keys.Later, m.keys.Back}
	}
	return []key.Binding{m.keys.Next, m.keys.Back, m.keys.Prev}
}

// FullHelp is every key of the screen.
func (m *Model) FullHelp() [][]key.Binding {
	if m.page == pageYear {
		return [][]key.Binding{{m.keys.Next, m.keys.Prev, m.keys.Page, m.keys.Back}, {m.keys.Earlier, m.keys.Later}}
	}
	return [][]key.Binding{{m.keys.Next, m.keys.Prev, m.keys.Page, m.keys.Back}}
}

// View draws the tabs and the current page into the screen's box.
func (m *Model) View() layout.Frame {
	st := m.ctx.Styles
	t := m.ctx.T
	width, height := m.width, m.height
	switch {
	case m.err != nil:
		return layout.Text(st.Error.Render(t("tui.home.load_failed", m.err.Error()))).Fit(width, height)
	case m.data == nil:
		return layout.Text(st.Muted.Render(t("tui.loading"))).Fit(width, height)
	case m.data.stats.Range.From == nil:
		return layout.Text(layout.Wrap(t("trends.empty"), max(width, 10))...).Fit(width, height)
	}
	lines := []string{m.tabs()}
	body := height - 2
	switch m.page {
	case pageShifts:
		lines = append(lines, m.shiftsPage(width, body)...)
	case pageYear:
		lines = append(lines, m.yearPage(width, body)...)
	case pageCases:
		lines = append(lines, m.casesPage(width, body)...)
	case pageCare:
		lines = append(lines, m.carePage(width)...)
	}
	return layout.Text(lines...).Fit(width, height)
}

// tabs is the page bar: the current page highlighted, each with its number.
func (m *Model) tabs() string {
	st := m.ctx.Styles
	var parts []string
	for i := range m.pages() {
		label := string(rune('1'+i)) + " " + m.ctx.T(pageTitles[i])
		if page(i) == m.page {
			parts = append(parts, st.Tab.Render(" "+label+" "))
		} else {
			parts = append(parts, st.Muted.Render(" "+label+" "))
		}
	}
	return strings.Join(parts, " ")
}

// stack joins blocks of lines with a blank line between them while they
// fit in height, and without when they don't.
func stack(height int, blocks ...[]string) []string {
	n := 0
	for _, b := range blocks {
		n += len(b)
	}
	sep := n+len(blocks) <= height
	var out []string
	for _, b := range blocks {
		if len(b) == 0 {
			continue
		}
		if sep {
			out = append(out, "")
		}
		out = append(out, b...)
	}
	return out
}
