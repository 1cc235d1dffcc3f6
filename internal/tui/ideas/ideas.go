// Package ideas is the app's Ideas screen: the improvement ideas backlog
// (report.IdeaList, as `debrief ideas` lists it) with each idea's age and
// status; an idea moves new → shared → adopted (or declined) by one key,
// and its impact is noted in a text field.
package ideas

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/common"
	"github.com/debrief-app/debrief/internal/tui/textfield"
)

// Name is the screen's registered name.
const Name = "ideas"

type keyMap struct {
	Up, Down, Forward, Backward, Decline, Impact, Filter, Back key.Binding
	Save, Cancel                                               key.Binding
}

// Model is the Ideas screen.
type Model struct {
	ctx           *common.Context
	keys          keyMap
	width, height int

	all    []journal.Idea
	list   []report.IdeaAge
	filter string // "" for all, or a status
	cursor int
	top    int
	loaded bool
	err    error

	editing bool
	impact  textfield.Field
	status  string
	saveErr error
}

type loadedMsg struct {
	ideas []journal.Idea
	err   error
}

type savedMsg struct {
	idea journal.Idea
	from string
	err  error
}

// New returns the Ideas screen; Init loads the backlog.
func New(ctx *common.Context) *Model {
	t := ctx.T
	return &Model{ctx: ctx, impact: textfield.New(t("tui.ideas.impact_hint"), ctx.Styles.Dark), keys: keyMap{
		Up:       common.Bind(t("tui.ideas.key_move"), "up", "k"),
		Down:     common.Bind(t("tui.ideas.key_move"), "down", "j"),
		Forward:  key.NewBinding(key.WithKeys("right", "enter"), key.WithHelp("→", t("tui.ideas.key_forward"))),
		Backward: key.NewBinding(key.WithKeys("left"), key.WithHelp("←", t("tui.ideas.key_backward"))),
		Decline:  common.Bind(t("tui.ideas.key_decline"), "x"),
		Impact:   common.Bind(t("tui.ideas.key_impact"), "e"),
		Filter:   common.Bind(t("tui.ideas.key_filter"), "f"),
		Back:     common.Bind(t("tui.key.back"), "esc", "q"),
		Save:     common.Bind(t("tui.ideas.key_save"), "enter"),
		Cancel:   common.Bind(t("tui.ideas.key_cancel"), "esc"),
	}}
}

// Init reads the ideas.
func (m *Model) Init() tea.Cmd {
	ctx := m.ctx
	return func() tea.Msg {
		var ideas []journal.Idea
		err := ctx.Read(func(tx *store.Tx) error {
			var err error
			ideas, err = tx.Ideas()
			return err
		})
		return loadedMsg{ideas: ideas, err: err}
	}
}

// SetSize remembers the size the root gives the screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.impact.SetWidth(w - 4)
}

// Capturing is true while the impact is being typed.
func (m *Model) Capturing() bool { return m.editing }

// Leave saves an impact being typed when the app ends.
func (m *Model) Leave() tea.Cmd {
	if !m.editing {
		return nil
	}
	i, ok := m.selected()
	if !ok || strings.TrimSpace(m.impact.Value()) == i.Impact {
		return nil
	}
	i.Impact = strings.TrimSpace(m.impact.Value())
	return m.put(i, i.Status)
}

func (m *Model) selected() (journal.Idea, bool) {
	if m.cursor < 0 || m.cursor >= len(m.list) {
		return journal.Idea{}, false
	}
	return m.list[m.cursor].Idea, true
}

// put saves idea i (its status was from) in its own write.
func (m *Model) put(i journal.Idea, from string) tea.Cmd {
	ctx := m.ctx
	return func() tea.Msg {
		err := ctx.Write(func(tx *store.Tx) error { return tx.PutIdea(&i, false) })
		return savedMsg{idea: i, from: from, err: err}
	}
}

func (m *Model) refresh() {
	id := uint64(0)
	if i, ok := m.selected(); ok {
		id = i.ID
	}
	m.list = report.IdeaList(m.all, m.filter, m.ctx.Today)
	// The cursor follows the idea it was on, even when it moved in the list.
	m.cursor = min(m.cursor, max(0, len(m.list)-1))
	for k, i := range m.list {
		if i.ID == id {
			m.cursor = k
		}
	}
}

// Update handles loading, saving and keys.
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	t := m.ctx.T
	switch msg := msg.(type) {
	case loadedMsg:
		m.all, m.err, m.loaded = msg.ideas, msg.err, true
		m.refresh()
	case savedMsg:
		if msg.err != nil {
			m.saveErr = msg.err
			return m, nil
		}
		m.saveErr = nil
		for k := range m.all {
			if m.all[k].ID == msg.idea.ID {
				m.all[k] = msg.idea
			}
		}
		m.refresh()
		if msg.from != msg.idea.Status {
			m.status = t("ideas.moved", msg.idea.ID, t("status."+msg.from), t("status."+msg.idea.Status))
		} else {
			m.status = t("ideas.impact_set", msg.idea.ID, safetext.Line(msg.idea.Impact))
		}
	case tea.BackgroundColorMsg:
		m.impact.SetDark(msg.IsDark())
	case tea.PasteMsg:
		if m.editing {
			var cmd tea.Cmd
			m.impact, cmd = m.impact.Update(msg)
			return m, cmd
		}
	case tea.KeyPressMsg:
		if m.editing {
			return m.editKey(msg)
		}
		return m.listKey(msg)
	}
	return m, nil
}

// The way an idea goes: forward is new → shared → adopted; declined goes
// back to shared.
var forward = map[string]string{journal.IdeaNew: journal.IdeaShared, journal.IdeaShared: journal.IdeaAdopted, journal.IdeaDeclined: journal.IdeaShared}
var backward = map[string]string{journal.IdeaShared: journal.IdeaNew, journal.IdeaAdopted: journal.IdeaShared, journal.IdeaDeclined: journal.IdeaShared}

func (m *Model) listKey(msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	i, ok := m.selected()
	move := func(to string) tea.Cmd {
		if !ok || to == "" || to == i.Status {
			return nil
		}
		from := i.Status
		i.Status = to
		return m.put(i, from)
	}
	switch {
	case key.Matches(msg, m.keys.Back):
		return m, common.GoHome
	case key.Matches(msg, m.keys.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(msg, m.keys.Down):
		m.cursor = min(len(m.list)-1, m.cursor+1)
	case key.Matches(msg, m.keys.Forward):
		return m, move(forward[i.Status])
	case key.Matches(msg, m.keys.Backward):
		return m, move(backward[i.Status])
	case key.Matches(msg, m.keys.Decline):
		return m, move(journal.IdeaDeclined)
	case key.Matches(msg, m.keys.Filter):
		filters := append([]string{""}, journal.IdeaStatuses...)
		m.filter = filters[(slices.Index(filters, m.filter)+1)%len(filters)]
		m.cursor, m.top = 0, 0
		m.refresh()
	case key.Matches(msg, m.keys.Impact):
		if !ok {
			return m, nil
		}
		m.editing, m.status, m.saveErr = true, "", nil
		m.impact.SetValue(i.Impact)
		return m, m.impact.Focus()
	}
	return m, nil
}

func (m *Model) editKey(msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Cancel):
		m.editing = false
		m.impact.Blur()
		return m, nil
	case key.Matches(msg, m.keys.Save):
		m.editing = false
		m.impact.Blur()
		i, ok := m.selected()
		if !ok || strings.TrimSpace(m.impact.Value()) == i.Impact {
			return m, nil
		}
		i.Impact = strings.TrimSpace(m.impact.Value())
		return m, m.put(i, i.Status)
	}
	var cmd tea.Cmd
	m.impact, cmd = m.impact.Update(msg)
	return m, cmd
}

// ShortHelp is the footer's keys.
func (m *Model) ShortHelp() []key.Binding {
	if m.editing {
		return []key.Binding{m.keys.Save, m.keys.Cancel}
	}
	return []key.Binding{m.keys.Forward, m.keys.Decline, m.keys.Impact, m.keys.Filter, m.keys.Back}
}

// FullHelp is every key of the screen.
func (m *Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.keys.Up, m.keys.Down, m.keys.Forward, m.keys.Backward, m.keys.Decline},
		{m.keys.Impact, m.keys.Filter, m.keys.Back}, {m.keys.Save, m.keys.Cancel}}
}

// Cursor is the real cursor in the impact field.
func (m *Model) Cursor() *tea.Cursor {
	if !m.editing {
		return nil
	}
	c := m.impact.Cursor()
	if c == nil {
		return nil
	}
	cc := *c
	cc.X += 2
	cc.Y += m.height - m.impact.Height()
	return &cc
}

// View draws the filter bar, the list and, when editing, the impact field
// at the bottom.
func (m *Model) View(width, height int) string {
	m.height = height // the impact field's row, for Cursor
	st := m.ctx.Styles
	t := m.ctx.T
	if m.err != nil {
		return fit([]string{st.Error.Render(t("tui.home.load_failed", safetext.Line(m.err.Error())))}, width, height)
	}
	if !m.loaded {
		return fit([]string{st.Muted.Render(t("tui.loading"))}, width, height)
	}
	var head []string
	filters := append([]string{""}, journal.IdeaStatuses...)
	var bar []string
	for _, f := range filters {
		label := t("tui.ideas.all")
		if f != "" {
			label = t("status." + f)
		}
		if f == m.filter {
			bar = append(bar, st.Selected.Reverse(true).Render(" "+label+" "))
		} else {
			bar = append(bar, st.Muted.Render(" "+label+" "))
		}
	}
	head = append(head, strings.Join(bar, " "))
	switch {
	case m.saveErr != nil:
		head = append(head, st.Error.Render(t("tui.ideas.save_failed", safetext.Line(m.saveErr.Error()))))
	case m.status != "":
		head = append(head, st.Good.Render(m.status))
	default:
		head = append(head, "")
	}
	var foot []string
	if m.editing {
		if i, ok := m.selected(); ok {
			foot = append(foot, st.Focused.Render(t("tui.ideas.impact_for", i.ID)))
		}
		for _, l := range strings.Split(m.impact.View(), "\n") {
			foot = append(foot, "  "+l)
		}
	}
	if len(m.list) == 0 {
		msg := t("ideas.empty")
		if m.filter != "" {
			msg = t("ideas.none_with", t("status."+m.filter))
		}
		return fit(append(head, wrap(msg, width)...), width, height)
	}
	// Each idea is one line and, with an impact, a second one.
	rows := make([][]string, len(m.list))
	for k, i := range m.list {
		marker := "  "
		style := lipgloss.NewStyle()
		if k == m.cursor {
			marker = "> "
			style = st.Selected
		}
		status := st.Muted
		if i.Status == journal.IdeaAdopted {
			status = st.Good
		}
		line := marker + fmt.Sprintf("#%-3d ", i.ID) + status.Render(pad(t("status."+i.Status), 8)) + " " +
			st.Muted.Render(pad(t("ideas.age", i.AgeDays), 6)) + " " + pad(t("kind."+i.Kind), 9) + " " + style.Render(safetext.Line(i.Text))
		rows[k] = []string{line}
		if i.Impact != "" {
			rows[k] = append(rows[k], "      "+st.Accent.Render(t("ideas.impact", safetext.Line(i.Impact))))
		}
	}
	room := max(1, height-len(head)-len(foot))
	// Keep the selected idea in view.
	if m.cursor < m.top {
		m.top = m.cursor
	}
	for {
		n := 0
		for k := m.top; k <= m.cursor && k < len(rows); k++ {
			n += len(rows[k])
		}
		if n <= room || m.top >= m.cursor {
			break
		}
		m.top++
	}
	var body []string
	for k := m.top; k < len(rows) && len(body) < room; k++ {
		body = append(body, rows[k]...)
	}
	if len(body) > room {
		body = body[:room]
	}
	for len(body) < room {
		body = append(body, "")
	}
	return fit(append(append(head, body...), foot...), width, height)
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
