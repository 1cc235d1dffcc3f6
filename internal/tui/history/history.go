// Package history lists every entry newest first, with days off shown as
// such; typing after / filters the list (Chinese too); an entry opens to
// read, e edits it in the debrief flow, d deletes it after a yes.
package history

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/common"
	"github.com/debrief-app/debrief/internal/tui/home"
	"github.com/debrief-app/debrief/internal/tui/textfield"
)

// row is one line of the history: an entry or a day off.
type row struct {
	date   journal.Date
	entry  *journal.Entry
	off    *journal.DayOff
	search string // lower-cased text the filter matches (never the vent)
}

type keyMap struct {
	Filter, Open, Edit, Delete, Yes, No, Up, Down, Back key.Binding
}

// Model is the history screen.
type Model struct {
	ctx     *common.Context
	keys    keyMap
	width   int
	height  int
	rows    []row
	shown   []int // indexes into rows that pass the filter
	sel     int
	top     int
	filter  textfield.Field
	reading *row // the entry open to read
	view    viewport.Model
	confirm *row // asking whether to delete
	status  string
	err     error
	loaded  bool
}

// New returns the history screen; Init loads it.
func New(ctx *common.Context) *Model {
	t := ctx.T
	m := &Model{ctx: ctx, keys: keyMap{
		Filter: common.Bind(t("tui.key.filter"), "/"),
		Open:   common.Bind(t("tui.key.open"), "enter"),
		Edit:   common.Bind(t("tui.key.edit"), "e"),
		Delete: common.Bind(t("tui.key.delete"), "d"),
		Yes:    common.Bind(t("tui.key.yes"), "y"),
		No:     common.Bind(t("tui.key.no"), "n", "esc"),
		Up:     common.Bind("↑", "up", "k"),
		Down:   common.Bind("↓", "down", "j"),
		Back:   common.Bind(t("tui.key.back"), "esc", "q"),
	}}
	m.filter = textfield.New(t("tui.ph.filter"), ctx.Styles.Dark)
	m.view = viewport.New()
	return m
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
			byDate := map[journal.Date]journal.DayOff{}
			for _, o := range offs {
				byDate[o.Date] = o
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
func searchText(ctx *common.Context, e *journal.Entry) string {
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
func (m *Model) Capturing() bool { return m.filter.Focused() }

// SetSize lays out the list and the reader.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.filter.SetWidth(max(w-12, 10))
	m.view.SetWidth(w)
	m.view.SetHeight(max(h-1, 1))
}

func (m *Model) applyFilter() {
	q := strings.ToLower(strings.TrimSpace(m.filter.Value()))
	m.shown = m.shown[:0]
	for i, r := range m.rows {
		if q == "" || strings.Contains(r.search, q) {
			m.shown = append(m.shown, i)
		}
	}
	m.sel = min(m.sel, max(len(m.shown)-1, 0))
	m.top = 0
}

func (m *Model) current() *row {
	if m.sel < 0 || m.sel >= len(m.shown) {
		return nil
	}
	return &m.rows[m.shown[m.sel]]
}

// Update handles the list, the filter, the reader and the delete question.
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		m.rows, m.err, m.loaded = msg.rows, msg.err, true
		m.applyFilter()
		return m, nil
	case deletedMsg:
		if msg.err != nil {
			m.status = m.ctx.T("tui.history.delete_failed", msg.err.Error())
			return m, nil
		}
		m.status = m.ctx.T("tui.history.deleted", msg.date)
		for i := range m.rows {
			if m.rows[i].date == msg.date && m.rows[i].entry != nil {
				m.rows = append(m.rows[:i], m.rows[i+1:]...)
				break
			}
		}
		m.applyFilter()
		return m, nil
	case tea.BackgroundColorMsg:
		m.filter.SetDark(msg.IsDark())
		return m, nil
	case tea.PasteMsg:
		if m.filter.Focused() {
			m.filter, _ = m.filter.Update(msg)
			m.applyFilter()
		}
		return m, nil
	case tea.KeyPressMsg:
		return m, m.key(msg)
	}
	return m, nil
}

func (m *Model) key(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case m.confirm != nil:
		r := m.confirm
		switch {
		case key.Matches(k, m.keys.Yes):
			m.confirm = nil
			ctx, date := m.ctx, r.date
			return func() tea.Msg {
				return deletedMsg{date: date, err: ctx.Write(func(tx *store.Tx) error { return tx.DeleteEntry(date) })}
			}
		case key.Matches(k, m.keys.No):
			m.confirm = nil
		}
		return nil
	case m.reading != nil:
		switch {
		case key.Matches(k, m.keys.Back):
			m.reading = nil
		case key.Matches(k, m.keys.Edit) && m.reading.entry != nil:
			return common.Open(common.ScreenFlow, m.reading.date, true)
		default:
			var cmd tea.Cmd
			m.view, cmd = m.view.Update(k)
			return cmd
		}
		return nil
	case m.filter.Focused():
		switch k.String() {
		case "enter", "down":
			m.filter.Blur()
		case "esc":
			m.filter.SetValue("")
			m.filter.Blur()
			m.applyFilter()
		default:
			m.filter, _ = m.filter.Update(k)
			m.applyFilter()
		}
		return nil
	}
	m.status = ""
	switch {
	case key.Matches(k, m.keys.Filter):
		return m.filter.Focus()
	case key.Matches(k, m.keys.Up):
		m.sel = max(m.sel-1, 0)
	case key.Matches(k, m.keys.Down):
		m.sel = min(m.sel+1, max(len(m.shown)-1, 0))
	case k.String() == "pgdown":
		m.sel = min(m.sel+m.listHeight(), max(len(m.shown)-1, 0))
	case k.String() == "pgup":
		m.sel = max(m.sel-m.listHeight(), 0)
	case key.Matches(k, m.keys.Open):
		if r := m.current(); r != nil && r.entry != nil {
			m.reading = r
			m.view.SetContent(m.readText(r.entry))
			m.view.GotoTop()
		}
	case key.Matches(k, m.keys.Edit):
		if r := m.current(); r != nil && r.entry != nil {
			return common.Open(common.ScreenFlow, r.date, true)
		}
	case key.Matches(k, m.keys.Delete):
		if r := m.current(); r != nil && r.entry != nil {
			m.confirm = r
		}
	case key.Matches(k, m.keys.Back):
		if m.filter.Value() != "" {
			m.filter.SetValue("")
			m.applyFilter()
			return nil
		}
		return common.GoHome
	}
	return nil
}

func (m *Model) listHeight() int { return max(m.height-3, 1) }

// Cursor is the real cursor in the filter while typing.
func (m *Model) Cursor() *tea.Cursor {
	if !m.filter.Focused() || m.reading != nil {
		return nil
	}
	c := m.filter.Cursor()
	if c == nil {
		return nil
	}
	cc := *c
	cc.X += lipgloss.Width(m.filterLabel())
	return &cc
}

func (m *Model) filterLabel() string { return m.ctx.T("tui.history.filter") + " " }

// View draws the list, or the entry being read.
func (m *Model) View(width, height int) string {
	st := m.ctx.Styles
	t := m.ctx.T
	if m.reading != nil {
		return m.view.View() + "\n" + st.Muted.Render(t("tui.history.read_keys"))
	}
	var lines []string
	lines = append(lines, st.Label.Render(m.filterLabel())+m.filter.View())
	if !m.loaded {
		lines = append(lines, st.Muted.Render(t("tui.loading")))
		return strings.Join(lines, "\n")
	}
	if m.err != nil {
		lines = append(lines, st.Error.Render(t("tui.home.load_failed", m.err.Error())))
	}
	if len(m.shown) == 0 {
		if len(m.rows) == 0 {
			lines = append(lines, st.Muted.Render(t("tui.history.empty")))
		} else {
			lines = append(lines, st.Muted.Render(t("tui.history.no_match")))
		}
	}
	lh := height - 2
	if lh < 1 {
		lh = 1
	}
	if m.sel < m.top {
		m.top = m.sel
	}
	if m.sel >= m.top+lh {
		m.top = m.sel - lh + 1
	}
	for i := m.top; i < len(m.shown) && i < m.top+lh; i++ {
		r := &m.rows[m.shown[i]]
		var text string
		if r.entry != nil {
			text = home.EntryLine(m.ctx, r.entry)
		} else {
			text = st.Muted.Render(fmt.Sprintf("%s  %s", r.date, t("tui.history.day_off", t("reason."+r.off.Reason), safetext.Line(r.off.Note))))
		}
		mark := "  "
		if i == m.sel {
			mark = st.Selected.Render("› ")
		}
		lines = append(lines, ansi.Truncate(mark+text, width, "…"))
	}
	for len(lines) < height-1 {
		lines = append(lines, "")
	}
	switch {
	case m.confirm != nil:
		lines = append(lines, st.Error.Render(t("tui.history.confirm", m.confirm.date)))
	case m.status != "":
		lines = append(lines, st.Muted.Render(m.status))
	default:
		lines = append(lines, st.Muted.Render(t("tui.history.count", len(m.shown), len(m.rows))))
	}
	if len(lines) > height {
		lines = lines[len(lines)-height:]
	}
	return strings.Join(lines, "\n")
}

// readText is a whole entry to read, the private vent marked as such.
func (m *Model) readText(e *journal.Entry) string {
	st := m.ctx.Styles
	t := m.ctx.T
	w := max(m.width-2, 20)
	var b []string
	para := func(v string) string { return lipgloss.Wrap(safetext.Terminal(v), w, "") }
	head := e.ShiftDate.String()
	if e.Shift != "" {
		head += "  " + t("shift."+e.Shift)
	}
	if e.StartedAt != "" || e.EndedAt != "" {
		head += "  " + e.StartedAt + "–" + e.EndedAt
	}
	b = append(b, st.Title.Render(head))
	var scales []string
	for _, s := range []struct {
		kind string
		v    int
	}{{"mood", e.Mood}, {"energy", e.Energy}, {"stress", e.Stress}} {
		if journal.Has(s.v) {
			scales = append(scales, fmt.Sprintf("%s %d %s", t("tui.f."+s.kind), s.v, t(fmt.Sprintf("%s.%d", s.kind, s.v))))
		}
	}
	if e.Contacts != nil {
		scales = append(scales, fmt.Sprintf("%s %d", t("tui.f.contacts"), *e.Contacts))
	}
	if e.CSAT != nil {
		scales = append(scales, fmt.Sprintf("%s %g", t("tui.f.csat"), *e.CSAT))
	}
	b = append(b, st.Muted.Render(lipgloss.Wrap(strings.Join(scales, " · "), w, "")), "")
	if len(e.Helped) > 0 {
		b = append(b, st.Title.Render(t("tui.step.helped.title")))
		for _, h := range e.Helped {
			b = append(b, para("• "+h))
		}
		b = append(b, "")
	}
	for i, c := range e.Cases {
		title := fmt.Sprintf("%s %d: %s", t("tui.case"), i+1, safetext.Line(c.Title))
		if c.Praise {
			title += "  " + st.Good.Render("★ "+t("tui.praise_mark"))
		}
		b = append(b, st.Title.Render(title))
		var tags []string
		if c.Category != "" {
			tags = append(tags, safetext.Line(c.Category))
		}
		if c.Channel != "" {
			tags = append(tags, t("channel."+c.Channel))
		}
		if c.Outcome != "" {
			tags = append(tags, t("outcome."+c.Outcome))
		}
		if len(tags) > 0 {
			b = append(b, st.Muted.Render(strings.Join(tags, " · ")))
		}
		for _, f := range []struct{ label, v string }{
			{"tui.f.need", c.Need}, {"tui.f.action", c.Action}, {"tui.f.better", c.Better},
		} {
			if strings.TrimSpace(f.v) != "" {
				b = append(b, para(t(f.label)+": "+f.v))
			}
		}
		b = append(b, "")
	}
	if strings.TrimSpace(e.Tomorrow) != "" {
		b = append(b, st.Title.Render(t("tui.step.tomorrow.title")), para(e.Tomorrow), "")
	}
	if e.Vent != "" {
		b = append(b, st.Private.Render(t("tui.vent.private")), para(e.Vent))
	}
	return strings.Join(b, "\n")
}

// ShortHelp is the footer.
func (m *Model) ShortHelp() []key.Binding {
	switch {
	case m.confirm != nil:
		return []key.Binding{m.keys.Yes, m.keys.No}
	case m.reading != nil:
		return []key.Binding{m.keys.Edit, m.keys.Back}
	case m.filter.Focused():
		return nil
	}
	return []key.Binding{m.keys.Filter, m.keys.Open, m.keys.Edit, m.keys.Delete, m.keys.Back}
}

// FullHelp is every key of history.
func (m *Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.keys.Up, m.keys.Down, m.keys.Filter, m.keys.Open}, {m.keys.Edit, m.keys.Delete, m.keys.Back}}
}
