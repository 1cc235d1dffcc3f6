package history

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
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
	lock          lock   // the passphrase prompt of a sealed vent (unlock.go)
	status        string // what the last pin did (pin.go), under the entry
}

func newReader(ctx *app.Context) reader {
	// u unlocks a sealed vent here: half a page up is ctrl+u alone.
	scroll := ctx.Keys.Pager
	scroll.HalfUp = keys.Only(scroll.HalfUp, "ctrl+u")
	return reader{ctx: ctx, keys: ctx.Keys.History, pager: pager.New(scroll)}
}

func (r *reader) date() journal.Date { return r.entry.ShiftDate }

func (r *reader) open(e *journal.Entry) {
	r.entry = e
	r.status = ""
	r.clearPass()
	r.lock = lock{}
	r.openWithKey()
	r.redraw()
	r.pager.GotoTop()
}

func (r *reader) redraw() {
	e := r.entry
	r.pager.SetText(func(w int) []string { return r.document(e, w) })
}

// SetSize: the text, then one line for the passphrase prompt of a sealed
// vent (the keys are on the footer).
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
	line := r.promptLine()
	if line == "" && r.status != "" {
		line = r.ctx.Styles.Accent.Render(r.status)
	}
	return layout.Stack(r.pager.View(), layout.Text(line)).Fit(r.width, r.height)
}

// ShortHelp: unlock a sealed vent, edit, back, and how to scroll (the
// footer keeps what fits).
func (r *reader) ShortHelp() []key.Binding {
	if sealed(r.entry) {
		return []key.Binding{r.keys.Unlock, r.keys.Edit, r.keys.Pin, r.keys.Back, r.ctx.Keys.Pager.Down}
	}
	return []key.Binding{r.keys.Edit, r.keys.Pin, r.keys.Back, r.ctx.Keys.Pager.Down}
}

func (r *reader) FullHelp() [][]key.Binding {
	return [][]key.Binding{r.pager.Bindings(), r.ShortHelp()}
}

// document is the entry as a document to read (day.ReadingOf, the same
// as `debrief show`), laid out for width cells: wrapped by the
// Chinese-aware rule, styled for the app.
func (r *reader) document(e *journal.Entry, width int) []string {
	st := r.ctx.Styles
	style := day.Style{Heading: st.Title, Label: st.Label, Private: st.Private}
	rd := day.ReadingOf(e, r.ctx.P)
	for i := range rd {
		if rd[i].Kind == day.Sealed {
			// In the app, the key that unlocks it.
			rd[i].Text = st.Muted.Render(r.ctx.T("tui.vent.sealed_locked"))
		}
	}
	var out []string
	for _, l := range rd.Render(0, style) {
		out = append(out, layout.Wrap(l, max(width-2, 20))...)
	}
	for i := range out {
		out[i] = layout.Truncate(out[i], width)
	}
	return out
}
