package history

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/theme"
	"github.com/debrief-app/debrief/internal/tui/ui/entryline"
	"github.com/debrief-app/debrief/internal/tui/ui/field"
	"github.com/debrief-app/debrief/internal/tui/ui/list"
)

// browser is the list of entries and days off with its filter row on top
// and a status row at the bottom (counts, the delete question, what was
// done).
type browser struct {
	ctx           *app.Context
	keys          keys.History
	width, height int
	days          []day.Day
	list          list.Model[*day.Day]
	filter        field.Model
	status        string
	err           error
	loaded        bool
}

// What a key in the list asks the screen to do.
type action int

const (
	actNone action = iota
	actOpen
	actEdit
	actDelete
	actBack
)

func newBrowser(ctx *app.Context) browser {
	b := browser{ctx: ctx, keys: ctx.Keys.History}
	b.filter = field.New(ctx.T("tui.ph.filter"), ctx.Styles.Field)
	st := ctx.Styles
	b.list = list.New(ctx.Keys.List, st.Selected, func(_ int, d *day.Day, _ bool, _ int) []string {
		if d.Entry != nil {
			return []string{entryline.Render(ctx, d.Entry)}
		}
		return []string{st.Muted.Render(fmt.Sprintf("%s  %s", d.Date,
			ctx.T("tui.history.day_off", ctx.T("reason."+d.Off.Reason), safetext.Line(d.Off.Note))))}
	})
	return b
}

func (b *browser) restyle(st theme.Styles) { b.filter.SetStyles(st.Field) }

func (b *browser) filtering() bool { return b.filter.Focused() }

func (b *browser) filterLabel() string {
	return b.ctx.T("tui.history.filter") + i18n.Gap(b.ctx.T("tui.history.filter"))
}

// SetSize: the filter row, the list, the status row.
func (b *browser) SetSize(w, h int) {
	b.width, b.height = w, h
	b.filter.SetWidth(max(w-12, 10))
	b.layout()
}

// layout gives the list what is left once the filter row, a message row
// (a load error, "nothing matches") and the status row are placed.
func (b *browser) layout() {
	b.list.SetSize(b.width, max(b.height-2-len(b.messages()), 1))
}

func (b *browser) setDays(days []day.Day, err error) {
	b.days, b.err, b.loaded = days, err, true
	b.applyFilter()
}

func (b *browser) deleted(date journal.Date, err error) {
	if err != nil {
		b.status = b.ctx.T("tui.history.delete_failed", err.Error())
		return
	}
	b.status = b.ctx.T("tui.history.deleted", date)
	for i := range b.days {
		if b.days[i].Date == date && b.days[i].Entry != nil {
			b.days = append(b.days[:i], b.days[i+1:]...)
			break
		}
	}
	b.applyFilter()
}

// applyFilter shows the days the filter finds, by the one search rule.
func (b *browser) applyFilter() {
	q := day.NewQuery(strings.TrimSpace(b.filter.Value()), "", b.ctx.P)
	var shown []*day.Day
	for i := range b.days {
		d := &b.days[i]
		if d.Entry != nil && q.Entry(d.Entry) || d.Entry == nil && d.Off != nil && q.DayOff(d.Off) {
			shown = append(shown, d)
		}
	}
	b.list.SetItems(shown)
	b.layout()
}

func (b *browser) paste(msg tea.PasteMsg) {
	if b.filter.Focused() {
		b.filter, _ = b.filter.Update(msg)
		b.applyFilter()
	}
}

func (b *browser) current() *day.Day {
	r, ok := b.list.Selected()
	if !ok {
		return nil
	}
	return r
}

// Update handles a key in the list, the filter or the delete question,
// and says what the screen should do with which row.
func (b *browser) Update(k tea.KeyPressMsg) (action, *day.Day) {
	switch {
	case b.filter.Focused():
		switch {
		case key.Matches(k, b.keys.FilterDone):
			b.filter.Blur()
		case key.Matches(k, b.keys.FilterClear):
			b.filter.SetValue("")
			b.filter.Blur()
			b.applyFilter()
		default:
			b.filter, _ = b.filter.Update(k)
			b.applyFilter()
		}
		return actNone, nil
	}
	b.status = ""
	r := b.current()
	switch {
	case key.Matches(k, b.keys.Filter):
		b.filter.Focus()
	case key.Matches(k, b.keys.Open):
		if r != nil && r.Entry != nil {
			return actOpen, r
		}
	case key.Matches(k, b.keys.Edit):
		if r != nil && r.Entry != nil {
			return actEdit, r
		}
	case key.Matches(k, b.keys.Delete):
		if r != nil && r.Entry != nil {
			return actDelete, r
		}
	case key.Matches(k, b.keys.Back):
		if b.filter.Value() != "" {
			b.filter.SetValue("")
			b.applyFilter()
			return actNone, nil
		}
		return actBack, nil
	default:
		b.list, _ = b.list.Update(k)
	}
	return actNone, nil
}

// messages are the rows between the filter and the list: loading, a load
// error, or why the list is empty.
func (b *browser) messages() []string {
	st := b.ctx.Styles
	t := b.ctx.T
	switch {
	case !b.loaded:
		return []string{st.Muted.Render(t("tui.loading"))}
	case b.err != nil:
		return []string{st.Error.Render(t("tui.home.load_failed", b.err.Error()))}
	case b.list.Len() == 0 && len(b.days) == 0:
		return []string{st.Muted.Render(t("tui.history.empty"))}
	case b.list.Len() == 0:
		return []string{st.Muted.Render(t("tui.history.no_match"))}
	}
	return nil
}

// View draws the filter row, the list and the status row.
func (b *browser) View() layout.Frame {
	st := b.ctx.Styles
	t := b.ctx.T
	filter := b.filter.Frame()
	label := st.Label.Render(b.filterLabel())
	filter.Lines = filter.Lines[:1]
	filter.Lines[0] = label + filter.Lines[0]
	filter = layout.Frame{Lines: filter.Lines, Cursor: filter.Cursor}
	if filter.Cursor != nil {
		filter.Cursor.X += layout.Width(label)
	}
	if !b.loaded {
		return layout.Stack(filter, layout.Text(b.messages()...)).Fit(b.width, b.height)
	}
	var status string
	switch {
	case b.status != "":
		status = st.Muted.Render(b.status)
	default:
		status = st.Muted.Render(t("tui.history.count", b.list.Len(), len(b.days)))
	}
	msgs := b.messages()
	body := layout.Stack(layout.Text(msgs...), b.list.View()).Fit(b.width, max(b.height-2, 1))
	return layout.Stack(filter, body, layout.Text(status)).Fit(b.width, b.height)
}

// ShortHelp is the footer in the list's current state.
func (b *browser) ShortHelp() []key.Binding {
	switch {
	case b.filter.Focused():
		return []key.Binding{b.keys.FilterDone, b.keys.FilterClear}
	}
	return []key.Binding{b.keys.Filter, b.keys.Open, b.keys.Edit, b.keys.Delete, b.keys.Back}
}

// FullHelp is every key of the list's current state.
func (b *browser) FullHelp() [][]key.Binding {
	if b.filter.Focused() {
		return [][]key.Binding{b.ShortHelp()}
	}
	return [][]key.Binding{b.list.Bindings(), b.ShortHelp()}
}
