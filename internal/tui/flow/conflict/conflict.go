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
	m.keys.Both.SetEnabled(!c.Removed)
	m.pager.SetText(m.lines)
	m.pager.GotoTop()
	m.layout()
}

// SetSize gives the question its box: the title and explanation on top,
// the keys at the bottom, the differences scrolling between.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.layout()
}

func (m *Model) layout() {
	if m.c == nil {
		return
	}
	m.pager.SetSize(m.width, max(m.height-len(m.head())-len(m.foot()), 1))
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

func (m *Model) head() []string {
	st := m.ctx.Styles
	t := m.ctx.T
	lines := []string{st.Title.Render(t("conflict.title." + m.kind())), ""}
	lines = append(lines, layout.Wrap(t("conflict.body."+m.kind(), m.c.Date), max(m.width, 10))...)
	return append(lines, "")
}

func (m *Model) foot() []string {
	keysLine := "conflict.keys"
	switch m.kind() {
	case "removed":
		keysLine = "conflict.keys_removed"
	case "draft":
		keysLine = "conflict.keys_draft"
	}
	var out []string
	for _, l := range layout.Wrap(m.ctx.T(keysLine), max(m.width, 10)) {
		out = append(out, m.ctx.Styles.Accent.Render(l))
	}
	return append([]string{""}, out...)
}

// lines draws the differences for width: each field's name, then what I
// wrote and what the other side has (for lists: the items only one side
// has), values in the person's words.
func (m *Model) lines(width int) []string {
	st := m.ctx.Styles
	t := m.ctx.T
	theirs, onlyTheirs := "conflict.theirs", "conflict.only_theirs"
	if m.kind() == "draft" {
		theirs, onlyTheirs = "conflict.theirs_draft", "conflict.only_theirs_draft"
	}
	labels := []string{t("conflict.mine"), t(theirs), t("conflict.only_mine"), t(onlyTheirs)}
	col := 0
	for _, l := range labels {
		col = max(col, layout.Width(l))
	}
	col += 4
	side := func(label string, values []string, style func(...string) string) []string {
		if len(values) == 0 {
			values = []string{t("conflict.none")}
		}
		var out []string
		for i, v := range values {
			prefix := "  " + layout.Pad(label, col-2)
			if i > 0 {
				prefix = layout.Pad("", col)
			}
			for j, l := range layout.Wrap(v, max(width-col, 10)) {
				if j > 0 {
					prefix = layout.Pad("", col)
				}
				out = append(out, prefix+style(l))
			}
		}
		return out
	}
	out := []string{st.Label.Render(t("conflict.differ"))}
	for _, d := range m.diffs {
		out = append(out, st.Label.Render(t(fieldName[d.Field])))
		mine, other := labels[0], labels[1]
		if listField[d.Field] {
			mine, other = labels[2], labels[3]
		}
		out = append(out, side(mine, m.words(d.Field, d.Mine), st.Good.Render)...)
		out = append(out, side(other, m.words(d.Field, d.Theirs), st.Accent.Render)...)
	}
	return out
}

// fieldName is the label of each field the differences name.
var fieldName = map[string]string{
	"shift": "tui.f.shift", "started_at": "conflict.f.started", "ended_at": "conflict.f.ended",
	"contacts": "field.contacts", "csat": "field.csat", "mood": "field.mood", "energy": "field.energy",
	"stress": "field.stress", "focus_done": "field.focus_done", "helped": "field.helped",
	"cases": "tui.f.cases", "vent": "tui.step.vent", "ideas": "tui.step.ideas",
	"tomorrow": "field.tomorrow", "tags": "field.tags",
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
	return layout.Stack(layout.Text(m.head()...), m.pager.View(), layout.Text(m.foot()...)).Fit(m.width, m.height)
}

// ShortHelp is the answers.
func (m *Model) ShortHelp() []key.Binding {
	return []key.Binding{m.keys.Both, m.keys.Mine, m.keys.Theirs, m.keys.Back}
}

// FullHelp is the answers and the scrolling keys.
func (m *Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{m.ShortHelp(), m.pager.Bindings()}
}
