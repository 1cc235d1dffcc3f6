// Package conflict is the flow's question when saving met a change made
// elsewhere (an import, `debrief edit` in another terminal, a second app
// on the same date): what differs between what I wrote and what the
// journal has now, field by field, and the choice of keeping both (merged),
// mine, or theirs. It only asks; the flow saves the answer.
package conflict

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/ui/pager"
)

// Choice is the person's answer.
type Choice int

// The answers.
const (
	Undecided Choice = iota
	Both             // keep both, merged (day.Merge)
	Mine             // keep what I wrote
	Theirs           // keep what the journal has (or leave it deleted)
	Back             // go back to the steps without choosing yet
)

// Model is the question.
type Model struct {
	ctx           *app.Context
	keys          keys.Conflict
	c             *day.Conflict
	diffs         []day.Difference
	pager         pager.Model
	width, height int
}

// New returns the question, with nothing to ask yet.
func New(ctx *app.Context) *Model {
	pk := ctx.Keys.Pager
	// b keeps both here; the page keys keep their other names.
	pk.PageUp = keys.Only(pk.PageUp, "pgup")
	return &Model{ctx: ctx, keys: ctx.Keys.Conflict, pager: pager.New(pk)}
}

// Ask shows the conflict c and what differs.
func (m *Model) Ask(c *day.Conflict, diffs []day.Difference) {
	m.c, m.diffs = c, diffs
	t := m.ctx.T
	k := m.ctx.Keys.Conflict
	m.keys = k
	m.keys.Both.SetEnabled(!c.Removed)
	m.keys.Theirs.SetHelp("t", t("conflict.key.theirs_"+m.kind()))
	if c.Removed {
		m.keys.Mine.SetHelp("m", t("conflict.key.mine_removed"))
	}
	m.pager.SetText(m.rows)
	m.pager.GotoTop()
	m.layout()
}

// SetSize gives the question its box: the title, the explanation and the
// columns' heads on top, the differences scrolling under them, a line
// saying there is more when there is.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.layout()
}

func (m *Model) layout() {
	if m.c == nil {
		return
	}
	m.pager.SetSize(m.width, max(m.height-len(m.head())-1, 1))
}

// Update takes the answer, or scrolls the differences.
func (m *Model) Update(msg tea.Msg) (Choice, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, m.keys.Both):
			return Both, nil
		case key.Matches(k, m.keys.Mine):
			return Mine, nil
		case key.Matches(k, m.keys.Theirs):
			return Theirs, nil
		case key.Matches(k, m.keys.Back):
			return Back, nil
		}
	}
	var cmd tea.Cmd
	m.pager, cmd = m.pager.Update(msg)
	return Undecided, cmd
}

// kind is which words fit what the other side is: a saved entry, another
// window's draft, or a deletion.
func (m *Model) kind() string {
	switch {
	case m.c.Removed:
		return "removed"
	case m.c.Saved:
		return "saved"
	}
	return "draft"
}

// columns are the widths of the label and of each side.
func (m *Model) columns() (label, side int) {
	label = 0
	for _, d := range m.diffs {
		label = max(label, layout.Width(m.ctx.T(fieldName[d.Field])))
	}
	label = min(label, max(m.width/4, 6))
	side = max((m.width-label-2*gap)/2, 6)
	return label, side
}

// gap is the space between columns.
const gap = 2

// head is the title, what happened, what keeping both means and the
// columns' heads; in a small box the explanation gives way first, so that
// a few differences and the line saying there are more always show.
func (m *Model) head() []string {
	st := m.ctx.Styles
	t := m.ctx.T
	w := max(m.width, 10)
	label, side := m.columns()
	theirs := "conflict.theirs"
	if m.kind() == "draft" {
		theirs = "conflict.theirs_draft"
	}
	heads := layout.Join(gap, []int{label, side, side},
		layout.Text(""), layout.Text(st.Good.Render(t("conflict.mine"))), layout.Text(st.Accent.Render(t(theirs)))).Lines
	body := layout.Wrap(t("conflict.body."+m.kind(), m.c.Date), w)
	var both []string
	if !m.c.Removed {
		for _, l := range layout.Wrap(t("conflict.both_means"), w) {
			both = append(both, st.Muted.Render(l))
		}
	}
	const rest = 4 // three rows of differences and the "more" line
	lines := []string{st.Title.Render(t("conflict.title." + m.kind()))}
	room := m.height - len(lines) - len(heads) - rest
	for _, part := range [][]string{append([]string{""}, body...), both, {""}} {
		if len(part) <= room {
			lines = append(lines, part...)
			room -= len(part)
		}
	}
	return append(lines, heads...)
}

// rows draws the differences for width: each field's label, what I wrote
// and what the other side has, side by side, in the person's words. For a
// list (helped lines, cases, ideas, tags) each side shows, marked "+",
// the items only it has.
func (m *Model) rows(int) []string {
	st := m.ctx.Styles
	label, side := m.columns()
	cell := func(field string, values []string, list bool, style func(...string) string) layout.Frame {
		words := m.words(field, values)
		if len(words) == 0 {
			none := "conflict.none"
			if list {
				// The items both sides have are not repeated.
				none = "conflict.no_more"
			}
			return layout.Text(st.Muted.Render(m.ctx.T(none)))
		}
		var lines []string
		for _, w := range words {
			if list {
				w = "+ " + w
			}
			for _, l := range layout.Wrap(w, side) {
				lines = append(lines, style(l))
			}
		}
		return layout.Text(lines...)
	}
	var out []string
	for _, d := range m.diffs {
		list := listField[d.Field]
		name := layout.Wrap(m.ctx.T(fieldName[d.Field]), label)
		for i := range name {
			name[i] = st.Label.Render(name[i])
		}
		row := layout.Join(gap, []int{label, side, side}, layout.Text(name...),
			cell(d.Field, d.Mine, list, st.Good.Render), cell(d.Field, d.Theirs, list, st.Accent.Render))
		out = append(out, row.Lines...)
	}
	return out
}

// fieldName is the label of each field the differences name.
var fieldName = map[string]string{
	"shift": "tui.f.shift", "started_at": "conflict.f.started", "ended_at": "conflict.f.ended",
	"contacts": "field.contacts", "csat": "field.csat", "mood": "field.mood", "energy": "field.energy",
	"stress": "field.stress", "focus_done": "field.focus_done", "helped": "conflict.f.helped",
	"cases": "tui.f.cases", "vent": "tui.step.vent", "ideas": "tui.step.ideas",
	"tomorrow": "tui.step.tomorrow", "tags": "field.tags",
}

var listField = map[string]bool{"helped": true, "cases": true, "ideas": true, "tags": true}

// words turns stored values into the person's words, safe for the
// terminal.
func (m *Model) words(field string, values []string) []string {
	t := m.ctx.T
	out := make([]string, len(values))
	for i, v := range values {
		switch field {
		case "shift":
			v = t("shift." + v)
		case "mood", "energy", "stress":
			v = v + " " + t(field+"."+v)
		case "focus_done":
			v = t("focus." + v)
		case "csat":
			v += "%"
		case "vent":
			if v == day.VentSealed {
				v = t("conflict.vent_sealed")
				break
			}
			n, _ := strconv.Atoi(v)
			v = t("tui.vent.kept", n)
		default:
			v = safetext.Line(v)
		}
		out[i] = v
	}
	return out
}

// View draws the question in its box.
func (m *Model) View() layout.Frame {
	if m.c == nil {
		return layout.Text().Fit(m.width, m.height)
	}
	more := ""
	if !m.pager.AtBottom() {
		more = m.ctx.Styles.Muted.Render(m.ctx.T("conflict.more"))
	}
	return layout.Stack(layout.Text(m.head()...), m.pager.View(), layout.Text(more)).Fit(m.width, m.height)
}

// ShortHelp is the answers.
func (m *Model) ShortHelp() []key.Binding {
	return []key.Binding{m.keys.Both, m.keys.Mine, m.keys.Theirs, m.keys.Back}
}

// FullHelp is the answers and the scrolling keys.
func (m *Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{m.ShortHelp(), m.pager.Bindings()}
}
