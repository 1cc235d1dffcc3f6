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
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/theme"
	"github.com/debrief-app/debrief/internal/tui/ui/field"
	"github.com/debrief-app/debrief/internal/tui/ui/list"
	"github.com/debrief-app/debrief/internal/tui/ui/pager"
)

// Name is the screen's registered name.
const Name = "ideas"

// Model is the Ideas screen.
type Model struct {
	ctx           *app.Context
	keys          keys.Ideas
	width, height int

	all    []journal.Idea
	list   list.Model[report.IdeaAge]
	filter string // "" for all, or a status
	loaded bool
	err    error

	editing bool
	impact  field.Model
	// reading: the selected idea is open whole in the pager.
	reading bool
	pager   pager.Model
	status  string
	saveErr error
}

type loadedMsg struct {
	ideas []journal.Idea
	err   error
}

type savedMsg struct {
	idea journal.Idea // as it is now
	from string       // its status before
	err  error
}

// New returns the Ideas screen; Init loads the backlog.
func New(ctx *app.Context) *Model {
	m := &Model{ctx: ctx, keys: ctx.Keys.Ideas, impact: field.New(ctx.T("tui.ideas.impact_hint"), ctx.Styles.Field),
		pager: pager.New(ctx.Keys.Pager)}
	lk := ctx.Keys.List
	lk.Up, lk.Down = m.keys.Up, m.keys.Down
	m.list = list.New(lk, ctx.Styles.Selected, m.row)
	m.setEditing(false)
	return m
}

// Init reads the ideas.
func (m *Model) Init() tea.Cmd {
	j := m.ctx.Journal
	return func() tea.Msg {
		ideas, err := j.Ideas()
		return loadedMsg{ideas: ideas, err: err}
	}
}

// SetSize lays out the filter bar and status (two rows), the list, and
// while an impact is written, its label and field at the bottom.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.impact.SetWidth(w - 4)
	m.layout()
}

func (m *Model) layout() {
	foot := 0
	if m.editing {
		foot = 1 + m.impact.Height()
	}
	m.list.SetSize(m.width, max(1, m.height-2-foot))
	m.pager.SetSize(m.width, max(1, m.height-1))
}

// Restyle passes new styles to the impact field.
func (m *Model) Restyle(st theme.Styles) { m.impact.SetStyles(st.Field) }

// setEditing switches between the list's keys and the impact field's.
func (m *Model) setEditing(on bool) {
	m.editing = on
	for _, b := range []*key.Binding{&m.keys.Up, &m.keys.Down, &m.keys.Forward, &m.keys.Backward,
		&m.keys.Decline, &m.keys.Impact, &m.keys.Filter, &m.keys.Back, &m.keys.Open} {
		b.SetEnabled(!on)
	}
	m.keys.Save.SetEnabled(on)
	m.keys.Cancel.SetEnabled(on)
	if on {
		m.list.SetFocused(false)
	} else {
		m.list.SetFocused(true)
		m.impact.Blur()
	}
	m.layout()
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
	impact := strings.TrimSpace(m.impact.Value())
	return m.put(i, i.Status, &impact)
}

func (m *Model) selected() (journal.Idea, bool) {
	i, ok := m.list.Selected()
	return i.Idea, ok
}

// put moves idea i to status and notes its impact (nil: unchanged), in
// its own write (day.Journal.MoveIdea).
func (m *Model) put(i journal.Idea, status string, impact *string) tea.Cmd {
	j := m.ctx.Journal
	return func() tea.Msg {
		before, after, err := j.MoveIdea(i.ID, status, impact)
		return savedMsg{idea: after, from: before.Status, err: err}
	}
}

func (m *Model) refresh() {
	id := uint64(0)
	if i, ok := m.selected(); ok {
		id = i.ID
	}
	items := report.IdeaList(m.all, m.filter, m.ctx.Today)
	m.list.SetItems(items)
	// The selection follows the idea it was on, even when it moved in the
	// list.
	for k, i := range items {
		if i.ID == id {
			m.list.Select(k)
		}
	}
}

// declineMsg is the yes to "mark this adopted idea as declined?".
type declineMsg struct{ id uint64 }

// Update handles loading, saving and keys.
func (m *Model) Update(msg tea.Msg) (app.Screen, tea.Cmd) {
	t := m.ctx.T
	switch msg := msg.(type) {
	case declineMsg:
		for _, i := range m.all {
			if i.ID == msg.id && i.Status != journal.IdeaDeclined {
				return m, m.put(i, journal.IdeaDeclined, nil)
			}
		}
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
		m.reread()
		if msg.from != msg.idea.Status {
			m.status = t("ideas.moved", msg.idea.ID, t("status."+msg.from), t("status."+msg.idea.Status))
		} else {
			m.status = t("ideas.impact_set", msg.idea.ID, safetext.Line(msg.idea.Impact))
		}
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
		if m.reading {
			return m.readKey(msg)
		}
		return m.listKey(msg)
	}
	return m, nil
}

// The way an idea goes: forward is new → shared → adopted; declined goes
// back to shared.
var forward = map[string]string{journal.IdeaNew: journal.IdeaShared, journal.IdeaShared: journal.IdeaAdopted, journal.IdeaDeclined: journal.IdeaShared}
var backward = map[string]string{journal.IdeaShared: journal.IdeaNew, journal.IdeaAdopted: journal.IdeaShared, journal.IdeaDeclined: journal.IdeaShared}

func (m *Model) listKey(msg tea.KeyPressMsg) (app.Screen, tea.Cmd) {
	i, ok := m.selected()
	move := func(to string) tea.Cmd {
		if !ok || to == "" || to == i.Status {
			return nil
		}
		return m.put(i, to, nil)
	}
	switch {
	case key.Matches(msg, m.keys.Back):
		return m, app.GoBack
	case key.Matches(msg, m.keys.Open):
		if ok {
			m.reading = true
			m.reread()
			m.pager.GotoTop()
		}
	case key.Matches(msg, m.keys.Forward):
		return m, move(forward[i.Status])
	case key.Matches(msg, m.keys.Backward):
		return m, move(backward[i.Status])
	case key.Matches(msg, m.keys.Decline):
		if ok && i.Status == journal.IdeaAdopted {
			// An adopted idea is a result to show in a review: asked
			// first. Its impact note stays — it says what the idea did
			// while it was in use, and is the person's own words.
			return m, app.Ask(m.ctx.T("tui.ask.decline_idea", i.ID), declineMsg{id: i.ID})
		}
		return m, move(journal.IdeaDeclined)
	case key.Matches(msg, m.keys.Filter):
		filters := append([]string{""}, journal.IdeaStatuses...)
		m.filter = filters[(slices.Index(filters, m.filter)+1)%len(filters)]
		m.list.Select(0)
		m.refresh()
		m.list.Select(0)
	case key.Matches(msg, m.keys.Impact):
		if !ok {
			return m, nil
		}
		m.status, m.saveErr = "", nil
		m.impact.SetValue(i.Impact)
		cmd := m.impact.Focus()
		m.setEditing(true)
		return m, cmd
	default:
		m.list, _ = m.list.Update(msg)
	}
	return m, nil
}

// reread lays out the selected idea for the reader again (it moved, or
// its impact changed).
func (m *Model) reread() {
	if !m.reading {
		return
	}
	i, ok := m.list.Selected()
	if !ok {
		m.reading = false
		return
	}
	m.pager.SetText(func(w int) []string { return m.document(i, w) })
}

// readKey: esc closes the idea, the status keys still move it, the rest
// scrolls.
func (m *Model) readKey(msg tea.KeyPressMsg) (app.Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back):
		m.reading = false
		return m, nil
	case key.Matches(msg, m.keys.Forward, m.keys.Backward, m.keys.Decline, m.keys.Impact):
		if key.Matches(msg, m.keys.Impact) {
			m.reading = false
		}
		return m.listKey(msg)
	}
	var cmd tea.Cmd
	m.pager, cmd = m.pager.Update(msg)
	return m, cmd
}

func (m *Model) editKey(msg tea.KeyPressMsg) (app.Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Cancel):
		m.setEditing(false)
		return m, nil
	case key.Matches(msg, m.keys.Save):
		m.setEditing(false)
		i, ok := m.selected()
		if !ok || strings.TrimSpace(m.impact.Value()) == i.Impact {
			return m, nil
		}
		impact := strings.TrimSpace(m.impact.Value())
		return m, m.put(i, i.Status, &impact)
	}
	var cmd tea.Cmd
	m.impact, cmd = m.impact.Update(msg)
	m.layout()
	return m, cmd
}

// ShortHelp is the footer's keys.
func (m *Model) ShortHelp() []key.Binding {
	if m.editing {
		return []key.Binding{m.keys.Save, m.keys.Cancel}
	}
	if m.reading {
		return []key.Binding{m.keys.Back, m.keys.Forward, m.keys.Decline, m.keys.Impact}
	}
	return []key.Binding{m.keys.Open, m.keys.Forward, m.keys.Decline, m.keys.Impact, m.keys.Filter, m.keys.Back}
}

// FullHelp is every key of the screen in its current state.
func (m *Model) FullHelp() [][]key.Binding {
	if m.editing {
		return [][]key.Binding{{m.keys.Save, m.keys.Cancel}}
	}
	if m.reading {
		return [][]key.Binding{m.pager.Bindings(), {m.keys.Back, m.keys.Forward, m.keys.Backward, m.keys.Decline, m.keys.Impact}}
	}
	return [][]key.Binding{{m.keys.Up, m.keys.Down, m.keys.Open, m.keys.Forward, m.keys.Backward, m.keys.Decline},
		{m.keys.Impact, m.keys.Filter, m.keys.Back}}
}

// row draws one idea: a line and, with an impact, a second one.
func (m *Model) row(_ int, i report.IdeaAge, selected bool, _ int) []string {
	st := m.ctx.Styles
	t := m.ctx.T
	style := lipgloss.NewStyle()
	if selected {
		style = st.Selected
	}
	status := st.Muted
	if i.Status == journal.IdeaAdopted {
		status = st.Good
	}
	line := fmt.Sprintf("#%-3d ", i.ID) + status.Render(layout.Pad(t("status."+i.Status), 8)) + " " +
		st.Muted.Render(layout.Pad(t("ideas.age", i.AgeDays), 6)) + " " + layout.Pad(t("kind."+i.Kind), 9) + " " + style.Render(safetext.Line(i.Text))
	out := []string{line}
	if i.Impact != "" {
		out = append(out, "    "+st.Accent.Render(t("ideas.impact", safetext.Line(i.Impact))))
	}
	return out
}

// View draws the filter bar, the list and, when editing, the impact field
// at the bottom.
func (m *Model) View() layout.Frame {
	st := m.ctx.Styles
	t := m.ctx.T
	width, height := m.width, m.height
	if m.err != nil {
		return layout.Text(st.Error.Render(t("tui.home.load_failed", safetext.Line(m.err.Error())))).Fit(width, height)
	}
	if !m.loaded {
		return layout.Text(st.Muted.Render(t("tui.loading"))).Fit(width, height)
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
			bar = append(bar, st.Tab.Render(" "+label+" "))
		} else {
			bar = append(bar, st.Muted.Render(" "+label+" "))
		}
	}
	head = append(head, strings.Join(bar, " "))
	if m.reading {
		head = head[:0]
	}
	switch {
	case m.saveErr != nil:
		head = append(head, st.Error.Render(t("tui.ideas.save_failed", safetext.Line(m.saveErr.Error()))))
	case m.status != "":
		head = append(head, st.Good.Render(m.status))
	default:
		head = append(head, "")
	}
	if m.list.Len() == 0 {
		msg := t("ideas.empty")
		if m.filter != "" {
			msg = t("ideas.none_with", t("status."+m.filter))
		}
		return layout.Text(append(head, layout.Wrap(msg, max(width, 10))...)...).Fit(width, height)
	}
	if m.reading {
		return layout.Stack(layout.Text(head...), m.pager.View()).Fit(width, height)
	}
	page := layout.Stack(layout.Text(head...), m.list.View())
	if m.editing {
		var label string
		if i, ok := m.selected(); ok {
			label = st.Focused.Render(t("tui.ideas.impact_for", i.ID))
		}
		page = layout.Stack(page, layout.Text(label), m.impact.Frame().Indent(2))
	}
	return page.Fit(width, height)
}
