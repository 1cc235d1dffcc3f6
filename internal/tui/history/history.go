// Package history lists every entry newest first, with days off shown as
// such; typing after / filters the list (Chinese too); an entry opens to
// read, e edits it in the debrief flow, d deletes it after a yes. The
// screen is two components: the list with its filter (browse.go) and the
// reader (reader.go).
package history

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/theme"
)

// row is one line of the history: an entry or a day off.
type row struct {
	date   journal.Date
	entry  *journal.Entry
	off    *journal.DayOff
	search string // lower-cased text the filter matches (never the vent)
}

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
	rows []row
	err  error
}

type deletedMsg struct {
	date journal.Date
	err  error
}

// Init loads every entry and day off.
func (m *Model) Init() tea.Cmd {
	ctx := m.ctx
	return func() tea.Msg {
		var rows []row
		err := ctx.Read(func(tx *store.Tx) error {
			offs, err := tx.DaysOff()
			if err != nil {
				return err
			}
			for e, err := range tx.EntriesNewestFirst(0, 0) {
				if err != nil {
					return err
				}
				rows = append(rows, row{date: e.ShiftDate, entry: &e, search: searchText(ctx, &e)})
			}
			for _, o := range offs {
				rows = append(rows, row{date: o.Date, off: &o,
					search: strings.ToLower(o.Date.String() + " " + ctx.T("reason."+o.Reason) + " " + o.Note)})
			}
			return nil
		})
		// Newest first, entries and days off together.
		sortRows(rows)
		return loadedMsg{rows: rows, err: err}
	}
}

func sortRows(rows []row) {
	// insertion sort is enough: entries are already ordered, days off few.
	for i := 1; i < len(rows); i++ {
		for j := i; j > 0 && rows[j].date > rows[j-1].date; j-- {
			rows[j], rows[j-1] = rows[j-1], rows[j]
		}
	}
}

// searchText is what the filter looks in: every field but the private vent.
func searchText(ctx *app.Context, e *journal.Entry) string {
	var b strings.Builder
	b.WriteString(e.ShiftDate.String())
	if e.Shift != "" {
		b.WriteString(" " + ctx.T("shift."+e.Shift))
	}
	for _, h := range e.Helped {
		b.WriteString(" " + h)
	}
	for _, c := range e.Cases {
		b.WriteString(" " + c.Title + " " + c.Category + " " + c.Need + " " + c.Action + " " + c.Better)
	}
	b.WriteString(" " + e.Tomorrow)
	return strings.ToLower(b.String())
}

// Capturing is true while the filter has the keyboard.
func (m *Model) Capturing() bool { return !m.reading && m.browse.filtering() }

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
		m.browse.setRows(msg.rows, msg.err)
		return m, nil
	case deletedMsg:
		m.browse.deleted(msg.date, msg.err)
		return m, nil
	case tea.PasteMsg:
		if !m.reading {
			m.browse.paste(msg)
		}
		return m, nil
	case tea.KeyPressMsg:
		if m.reading {
			return m, m.readKey(msg)
		}
		return m, m.listKey(msg)
	}
	return m, nil
}

func (m *Model) readKey(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(k, m.reader.keys.Back):
		m.reading = false
	case key.Matches(k, m.reader.keys.Edit):
		return app.Open(app.ScreenFlow, m.reader.date(), true)
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
		m.reader.open(r.entry)
	case actEdit:
		return app.Open(app.ScreenFlow, r.date, true)
	case actDelete:
		ctx, date := m.ctx, r.date
		return func() tea.Msg {
			return deletedMsg{date: date, err: ctx.Write(func(tx *store.Tx) error { return tx.DeleteEntry(date) })}
		}
	case actBack:
		return app.GoHome
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
	if m.reading {
		return m.reader.ShortHelp()
	}
	return m.browse.ShortHelp()
}

// FullHelp is every key of history in its current state.
func (m *Model) FullHelp() [][]key.Binding {
	if m.reading {
		return m.reader.FullHelp()
	}
	return m.browse.FullHelp()
}
