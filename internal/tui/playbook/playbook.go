// Package playbook is the app's Playbook screen (我的方法, key p on home):
// the same playbook as `debrief playbook` — per case category the needs
// that keep coming back, the merged lessons and the best-handled cases —
// to scroll through.
package playbook

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/ui/pager"
)

// Name is the screen's registered name.
const Name = "playbook"

// Model is the Playbook screen.
type Model struct {
	ctx           *app.Context
	keys          keys.Playbook
	pager         pager.Model
	pb            *report.Playbook
	err           error
	width, height int
}

type loadedMsg struct {
	pb  *report.Playbook
	err error
}

// New returns the Playbook screen; Init reads the journal.
func New(ctx *app.Context) *Model {
	return &Model{ctx: ctx, keys: ctx.Keys.Playbook, pager: pager.New(ctx.Keys.Pager)}
}

// Init reads the playbook of the whole journal up to today.
func (m *Model) Init() tea.Cmd {
	j, today := m.ctx.Journal, m.ctx.Today
	return func() tea.Msg {
		pb, err := j.Playbook(0, today, "")
		return loadedMsg{pb: pb, err: err}
	}
}

// SetSize gives the pager the screen's box.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.pager.SetSize(w, h)
}

// Update shows the playbook once read and scrolls it.
func (m *Model) Update(msg tea.Msg) (app.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		m.pb, m.err = msg.pb, msg.err
		if m.pb != nil {
			m.pager.SetText(m.lines)
		}
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.Back) {
			return m, app.GoHome
		}
		var cmd tea.Cmd
		m.pager, cmd = m.pager.Update(msg)
		return m, cmd
	}
	return m, nil
}

// lines is the playbook's Reading (as `debrief playbook` prints it),
// wrapped by the Chinese-aware rule for width cells.
func (m *Model) lines(width int) []string {
	st := m.ctx.Styles
	var out []string
	for _, l := range day.PlaybookReading(m.pb, m.ctx.P).Render(0, day.Style{Heading: st.Title, Label: st.Label}) {
		out = append(out, layout.Wrap(l, max(width-2, 20))...)
	}
	for i := range out {
		out[i] = layout.Truncate(out[i], width)
	}
	return out
}

// View draws the playbook, or why it is not there.
func (m *Model) View() layout.Frame {
	st := m.ctx.Styles
	switch {
	case m.err != nil:
		return layout.Text(st.Error.Render(m.ctx.T("tui.home.load_failed", safetext.Line(m.ctx.Explain(m.err))))).Fit(m.width, m.height)
	case m.pb == nil:
		return layout.Text(st.Muted.Render(m.ctx.T("tui.loading"))).Fit(m.width, m.height)
	}
	return m.pager.View()
}

// ShortHelp is the footer's keys.
func (m *Model) ShortHelp() []key.Binding { return []key.Binding{m.keys.Back} }

// FullHelp is every key of the screen.
func (m *Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{m.pager.Bindings(), {m.keys.Back}}
}
