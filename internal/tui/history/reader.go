package history

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/ui/pager"
)

// reader shows one whole entry to read, the private vent marked as such,
// with a line of keys under it.
type reader struct {
	ctx           *app.Context
	keys          keys.History
	entry         *journal.Entry
	pager         pager.Model
	width, height int
}

func newReader(ctx *app.Context) reader {
	return reader{ctx: ctx, keys: ctx.Keys.History, pager: pager.New(ctx.Keys.Pager)}
}

func (r *reader) date() journal.Date { return r.entry.ShiftDate }

func (r *reader) open(e *journal.Entry) {
	r.entry = e
	r.pager.SetText(func(w int) []string { return r.document(e, w) })
	r.pager.GotoTop()
}

// SetSize: the text, then the keys line.
func (r *reader) SetSize(w, h int) {
	r.width, r.height = w, h
	r.pager.SetSize(w, max(h-1, 1))
}

func (r *reader) Update(k tea.KeyPressMsg) tea.Cmd {
	var cmd tea.Cmd
	r.pager, cmd = r.pager.Update(k)
	return cmd
}

func (r *reader) View() layout.Frame {
	keysLine := r.ctx.Styles.Muted.Render(r.ctx.T("tui.history.read_keys"))
	return layout.Stack(r.pager.View(), layout.Text(keysLine)).Fit(r.width, r.height)
}

func (r *reader) ShortHelp() []key.Binding { return []key.Binding{r.keys.Edit, r.keys.Back} }

func (r *reader) FullHelp() [][]key.Binding {
	return [][]key.Binding{r.pager.Bindings(), r.ShortHelp()}
}

// document is a whole entry laid out for width cells.
func (r *reader) document(e *journal.Entry, width int) []string {
	st := r.ctx.Styles
	t := r.ctx.T
	w := max(width-2, 20)
	var b []string
	para := func(v string) []string { return layout.Wrap(safetext.Terminal(v), w) }
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
	for _, l := range layout.Wrap(strings.Join(scales, " · "), w) {
		b = append(b, st.Muted.Render(l))
	}
	b = append(b, "")
	if len(e.Helped) > 0 {
		b = append(b, st.Title.Render(t("tui.step.helped.title")))
		for _, h := range e.Helped {
			b = append(b, para("• "+h)...)
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
				b = append(b, para(t(f.label)+": "+f.v)...)
			}
		}
		b = append(b, "")
	}
	if strings.TrimSpace(e.Tomorrow) != "" {
		b = append(b, st.Title.Render(t("tui.step.tomorrow.title")))
		b = append(b, para(e.Tomorrow)...)
		b = append(b, "")
	}
	if e.Vent != "" {
		b = append(b, st.Private.Render(t("tui.vent.private")))
		b = append(b, para(e.Vent)...)
	}
	for i := range b {
		b[i] = layout.Truncate(b[i], width)
	}
	return b
}
