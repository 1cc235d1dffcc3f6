// Package history lists every entry newest first, with days off shown as
// such; typing after / filters the list (Chinese too); an entry opens to
// read, e edits it in the debrief flow, d deletes it after a yes. The
// filter is the one search rule (day.Query: never the private vent). The
// screen is two components: the list with its filter (browse.go) and the
// reader (reader.go).
package history

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/theme"
)

// Model is the history screen.
type Model struct {
	ctx     *app.Context
	browse  browser
	reader  reader
	reading bool
}

// New returns the history screen; Init loads it.
func New(ctx *app.Context) *Model {
	return &Model{ctx: ctx, browse: newBrowser(ctx), reader: newReader(ctx)}
}

type loadedMsg struct {
	days []day.Day
	err  error
}

// deleteMsg is the yes to "delete the debrief of this date?".
type deleteMsg struct{ date journal.Date }

type deletedMsg struct {
	date journal.Date
	err  error
}

// Init loads every entry and day off (day.Journal.Days).
func (m *Model) Init() tea.Cmd {
	j := m.ctx.Journal
	return func() tea.Msg {
		days, err := j.Days()
		return loadedMsg{days: days, err: err}
	}
}

// Capturing is true while the filter, or the reader's passphrase prompt,
// has the keyboard.
func (m *Model) Capturing() bool {
	if m.reading {
		return m.reader.lock.asking
	}
	return m.browse.filtering()
}

// SetSize gives both parts the screen's box.
func (m *Model) SetSize(w, h int) {
	m.browse.SetSize(w, h)
	m.reader.SetSize(w, h)
}

// Restyle passes new styles to the filter field.
func (m *Model) Restyle(st theme.Styles) { m.browse.restyle(st) }

// Update handles loading, deleting and keys.
func (m *Model) Update(msg tea.Msg) (app.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		m.browse.setDays(msg.days, msg.err)
		if m.reading {
			// Back from editing the entry being read: read it as saved.
			m.reading = false
			for i := range msg.days {
				if d := &msg.days[i]; d.Entry != nil && d.Date == m.reader.date() {
					m.reading = true
					m.reader.open(d.Entry)
				}
			}
		}
		return m, nil
	case deleteMsg:
		j, date := m.ctx.Journal, msg.date
		return m, func() tea.Msg { return deletedMsg{date: date, err: j.DeleteEntry(date)} }
	case deletedMsg:
		m.browse.deleted(msg.date, msg.err)
		return m, nil
	case unlockedMsg:
		m.reader.unlocked(msg)
		return m, nil
	case pinnedMsg:
		m.reader.pinned(msg)
		return m, nil
	case tea.PasteMsg:
		if !m.reading {
			m.browse.paste(msg)
			return m, nil
		}
		return m, m.reader.typed(msg.Content)
	case tea.KeyPressMsg:
		if m.reading {
			return m, m.readKey(msg)
		}
		return m, m.listKey(msg)
	}
	return m, nil
}

func (m *Model) readKey(k tea.KeyPressMsg) tea.Cmd {
	if m.reader.lock.asking {
		return m.reader.promptKey(k)
	}
	switch {
	case key.Matches(k, m.reader.keys.Unlock):
		m.reader.startUnlock()
	case key.Matches(k, m.reader.keys.Back):
		m.reading = false
	case key.Matches(k, m.reader.keys.Edit):
		return app.Open(app.ScreenFlow, m.reader.date(), true)
	case key.Matches(k, m.reader.keys.Pin):
		return m.reader.togglePin()
	default:
		return m.reader.Update(k)
	}
	return nil
}

func (m *Model) listKey(k tea.KeyPressMsg) tea.Cmd {
	act, r := m.browse.Update(k)
	switch act {
	case actOpen:
		m.reading = true
		m.reader.open(r.Entry)
	case actEdit:
		return app.Open(app.ScreenFlow, r.Date, true)
	case actDelete:
		return app.Ask(m.ctx.T("tui.ask.delete_entry", r.Date), deleteMsg{date: r.Date})
	case actBack:
		return app.GoBack
	}
	return nil
}

// View draws the list, or the entry being read.
func (m *Model) View() layout.Frame {
	if m.reading {
		return m.reader.View()
	}
	return m.browse.View()
}

// ShortHelp is the footer.
func (m *Model) ShortHelp() []key.Binding {
	if m.reading && m.reader.lock.asking {
		return m.reader.promptHelp(false)
	}
	if m.reading {
		return m.reader.ShortHelp()
	}
	return m.browse.ShortHelp()
}

// FullHelp is every key of history in its current state.
func (m *Model) FullHelp() [][]key.Binding {
	if m.reading && m.reader.lock.asking {
		return [][]key.Binding{m.reader.promptHelp(true)}
	}
	if m.reading {
		return m.reader.FullHelp()
	}
	return m.browse.FullHelp()
}
