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
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/common"
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

type keyMap struct {
	Next, Prev, Page, Back key.Binding
}

// Model is the Trends screen.
type Model struct {
	ctx           *common.Context
	keys          keyMap
	width, height int
	page          page
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
func New(ctx *common.Context) *Model {
	t := ctx.T
	return &Model{ctx: ctx, keys: keyMap{
		Next: common.Bind(t("trends.key.next"), "tab", "right"),
		Prev: common.Bind(t("trends.key.prev"), "shift+tab", "left"),
		Page: key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1–4", t("trends.key.page"))),
		Back: common.Bind(t("tui.key.back"), "esc", "q"),
	}}
}

// Init reads the compact metrics, days off and ideas: never whole entries,
// so ten years open as fast as one.
func (m *Model) Init() tea.Cmd {
	ctx := m.ctx
	return func() tea.Msg {
		var ms []journal.Metrics
		var off []journal.DayOff
		var ideas []journal.Idea
		err := ctx.Read(func(tx *store.Tx) error {
			var err error
			if ms, err = tx.Metrics(0, ctx.Today); err != nil {
				return err
			}
			if off, err = tx.DaysOff(); err != nil {
				return err
			}
			ideas, err = tx.Ideas()
			return err
		})
		if err != nil {
			return loadedMsg{err: err}
		}
		cal := insight.NewCalendar(ctx.Today, ctx.Cfg.Workdays(), off)
		return loadedMsg{data: &data{
			stats: insight.Compute(cal, ms, ideas, 0, 0, ctx.Cfg.SignalsOn()),
			ms:    ms, cal: cal,
		}}
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
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		m.data, m.err = msg.data, msg.err
	case tea.KeyPressMsg:
		n := page(m.pages())
		switch {
		case key.Matches(msg, m.keys.Back):
			return m, common.GoHome
		case key.Matches(msg, m.keys.Next):
			m.page = (m.page + 1) % n
		case key.Matches(msg, m.keys.Prev):
			m.page = (m.page + n - 1) % n
		case key.Matches(msg, m.keys.Page):
			if p := page(msg.String()[0] - '1'); p < n {
				m.page = p
			}
		}
	}
	return m, nil
}

// ShortHelp is the footer's keys.
func (m *Model) ShortHelp() []key.Binding {
	return []key.Binding{m.keys.Next, m.keys.Prev, m.keys.Back}
}

// FullHelp is every key of the screen.
func (m *Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.keys.Next, m.keys.Prev, m.keys.Page, m.keys.Back}}
}

// View draws the tabs and the current page into width×height cells.
func (m *Model) View(width, height int) string {
	st := m.ctx.Styles
	t := m.ctx.T
	switch {
	case m.err != nil:
		return fit([]string{st.Error.Render(t("tui.home.load_failed", m.err.Error()))}, width, height)
	case m.data == nil:
		return fit([]string{st.Muted.Render(t("tui.loading"))}, width, height)
	case m.data.stats.Range.From == nil:
		return fit(wrap(t("trends.empty"), width), width, height)
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
	return fit(lines, width, height)
}

// tabs is the page bar: the current page highlighted, each with its number.
func (m *Model) tabs() string {
	st := m.ctx.Styles
	var parts []string
	for i := range m.pages() {
		label := string(rune('1'+i)) + " " + m.ctx.T(pageTitles[i])
		if page(i) == m.page {
			parts = append(parts, st.Selected.Reverse(true).Render(" "+label+" "))
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

// fit cuts every line to width and the lines to height.
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
