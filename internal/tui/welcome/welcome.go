// Package welcome is the first-run welcome: one screen, shown when the
// journal has nothing in it yet (day.Journal.Empty), saying what debrief
// is for, where the journal is, that the vent is private and that ? shows
// every key. It is remembered by the journal itself: the first thing
// written there (a draft, as soon as anything is typed) ends it, so a
// person who leaves before writing anything is welcomed again.
package welcome

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
)

// Name is the screen's registered name.
const Name = "welcome"

// Model is the welcome screen.
type Model struct {
	ctx           *app.Context
	keys          keys.Welcome
	width, height int
}

// New returns the welcome screen.
func New(ctx *app.Context) *Model { return &Model{ctx: ctx, keys: ctx.Keys.Welcome} }

// Init does nothing: the screen has all it shows.
func (m *Model) Init() tea.Cmd { return nil }

// SetSize gives the screen its box.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// Update starts the first debrief (the welcome is not kept to come back
// to) or goes home.
func (m *Model) Update(msg tea.Msg) (app.Screen, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, m.keys.Start):
			return m, func() tea.Msg {
				return app.OpenMsg{Screen: app.ScreenFlow, Date: m.ctx.Today, Replace: true}
			}
		case key.Matches(k, m.keys.Home):
			return m, app.GoHome
		}
	}
	return m, nil
}

// View draws the welcome, each paragraph wrapped to the box, with a blank
// line between paragraphs when the box has room for them.
func (m *Model) View() layout.Frame {
	st := m.ctx.Styles
	t := m.ctx.T
	w := max(m.width, 10)
	wrap := func(s string, style func(...string) string) []string {
		var out []string
		for _, l := range layout.Wrap(s, w) {
			out = append(out, style(l))
		}
		return out
	}
	plain := func(s ...string) string { return s[0] }
	where := wrap(t("tui.welcome.where"), plain)
	for _, l := range layout.Wrap(m.ctx.Journal.Path, max(w-2, 8)) {
		where = append(where, "  "+st.Accent.Render(l))
	}
	paras := [][]string{
		wrap(t("tui.welcome.title"), st.Title.Render),
		wrap(t("tui.welcome.what"), plain),
		where,
		wrap(t("tui.welcome.private"), plain),
		wrap(t("tui.welcome.keys"), plain),
		wrap(t("tui.welcome.start"), st.Good.Render),
	}
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	gap := n+len(paras)-1 <= m.height
	var lines []string
	for i, p := range paras {
		if i > 0 && gap {
			lines = append(lines, "")
		}
		lines = append(lines, p...)
	}
	return layout.Text(lines...).Fit(m.width, m.height)
}

// ShortHelp is the footer: start, or home first.
func (m *Model) ShortHelp() []key.Binding { return []key.Binding{m.keys.Start, m.keys.Home} }

// FullHelp is every key of the welcome.
func (m *Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
