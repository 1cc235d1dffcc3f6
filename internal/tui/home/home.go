// Package home is the app's home screen: today's state, the current
// streak, the mood of the last shifts, what the last shift wanted to do
// better, the recent entries, and the keys to every other screen.
package home

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/sparkline"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/ui/care"
	"github.com/debrief-app/debrief/internal/tui/ui/entryline"
	"github.com/debrief-app/debrief/internal/tui/ui/list"
)

// sparkShifts is how many shifts the mood line covers.
const sparkShifts = 14

// recentEntries is how many recent entries home lists.
const recentEntries = 5

// Model is the home screen.
type Model struct {
	ctx           *app.Context
	keys          keys.Home
	width, height int
	data          *day.Today
	recent        list.Model[journal.Entry]
	err           error
	loading       tea.Cmd // Preload's read, which the first Init returns
}

type loadedMsg struct {
	today day.Today
	err   error
}

// New returns the home screen; Init loads its data, or returns loading
// (from Preload) when it is not nil.
func New(ctx *app.Context, loading tea.Cmd) *Model {
	m := &Model{ctx: ctx, keys: ctx.Keys.Home, loading: loading}
	m.recent = list.New(ctx.Keys.List, ctx.Styles.Selected, func(_ int, e journal.Entry, _ bool, _ int) []string {
		return []string{entryline.Render(ctx, &e)}
	})
	m.recent.Plain()
	return m
}

// Init loads today's state and the recent shifts: until that first
// load has arrived, the read Preload started (the root calls Init more
// than once while it starts); a new read after that (home is reloaded
// each time it is shown again).
func (m *Model) Init() tea.Cmd {
	if m.loading != nil {
		return m.loading
	}
	return Load(m.ctx)
}

// Preload starts Load now, on its own goroutine, and returns the command
// that waits for its result: the app starts it before the program, so the
// journal is read while the terminal is being set up rather than after.
// What it delivers was read once: every call returns the same message.
func Preload(ctx *app.Context) tea.Cmd {
	done := make(chan struct{})
	var msg tea.Msg
	go func() {
		msg = Load(ctx)()
		close(done)
	}()
	return func() tea.Msg {
		<-done
		return msg
	}
}

// Load reads what home shows: today's state (day.Journal.Today, the one
// place the streak is computed); it is exported for the root's benchmark
// of the first frame.
func Load(ctx *app.Context) tea.Cmd {
	return func() tea.Msg {
		t, err := ctx.Journal.Today(ctx.Today, sparkShifts, recentEntries)
		return loadedMsg{today: t, err: err}
	}
}

// SetSize gives home its box.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.recent.SetSize(w, 0)
}

// Update handles home's keys.
func (m *Model) Update(msg tea.Msg) (app.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		m.loading = nil
		m.err = msg.err
		if msg.err == nil {
			t := msg.today
			m.data = &t
			m.recent.SetItems(t.Recent)
		}
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.keys.New):
			return m, app.Open(app.ScreenFlow, m.ctx.Today, false)
		case key.Matches(msg, m.keys.History):
			return m, app.Open(app.ScreenHistory, 0, false)
		case key.Matches(msg, m.keys.Quit):
			return m, tea.Quit
		}
	}
	return m, nil
}

// View draws home.
func (m *Model) View() layout.Frame {
	st := m.ctx.Styles
	t := m.ctx.T
	width := m.width
	var b []string
	add := func(s ...string) { b = append(b, s...) }
	if m.err != nil {
		for _, l := range layout.Wrap(t("tui.home.load_failed", m.err.Error()), max(width, 10)) {
			add(st.Error.Render(l))
		}
	}
	d := m.data
	if d == nil {
		add(st.Muted.Render(t("tui.loading")))
		return layout.Text(b...).Fit(m.width, m.height)
	}
	today := m.ctx.Today
	wrapped := func(style lipgloss.Style, s string) {
		for _, l := range layout.Wrap(s, max(width, 10)) {
			add(style.Render(l))
		}
	}
	switch {
	case d.Logged && d.Draft != nil && d.Draft.Editing:
		// Saved, but changed since: the changes are a draft, not done.
		wrapped(st.Accent, t("tui.home.logged_edit", today))
	case d.Logged:
		add(st.Good.Render(t("tui.home.logged", today)))
	case d.Off != nil:
		add(st.Muted.Render(t("tui.home.off", today, t("reason."+d.Off.Reason))))
	case d.Draft != nil && len(d.Draft.Jots) > 0 && d.Draft.Step == 0:
		add(st.Accent.Render(m.ctx.N("tui.home.open_jots", len(d.Draft.Jots), today)))
	case d.Draft != nil:
		add(st.Accent.Render(t("tui.home.draft", today, d.Draft.Step+1)))
	default:
		add(st.Accent.Render(t("tui.home.open", today)))
	}
	if len(d.Edits) > 0 {
		dates := make([]string, len(d.Edits))
		for i, e := range d.Edits {
			dates[i] = e.String()
		}
		wrapped(st.Accent, t("tui.home.edits", strings.Join(dates, t("tui.list_sep"))))
	}
	if d.Streak > 0 {
		add(m.ctx.N("tui.home.streak", d.Streak, st.Accent.Render(strconv.Itoa(d.Streak))))
	}
	if d.Entries > 0 { // a new journal: the welcome line below says it all
		add(m.ctx.N("tui.home.count", d.Entries))
	}
	if c := care.Note(t, st, d.Wellbeing, width); len(c) > 0 {
		add("")
		add(c...)
	}
	add("")
	if len(d.Moods) > 0 {
		add(st.Label.Render(m.ctx.N("tui.home.mood", len(d.Moods))) + "  " +
			st.Accent.Render(sparkline.Draw(d.Moods, 1, 5)) + "  " + st.Muted.Render(t("tui.home.mood_scale")))
	}
	if len(d.Recent) > 0 && d.Recent[0].Tomorrow != "" {
		last := d.Recent[0]
		better := t("tui.home.better", last.ShiftDate)
		add(st.Label.Render(better) + i18n.Gap(better) + safetext.Line(last.Tomorrow))
	}
	if m.recent.Len() > 0 {
		add("", st.Title.Render(t("tui.home.recent")))
		add(m.recent.View().Lines...)
	} else if d.Entries == 0 {
		add("")
		add(layout.Wrap(t("tui.home.first"), max(width, 10))...)
	}
	// The keys, from the same bindings the help and the footer show.
	add("", st.Title.Render(t("tui.home.keys")))
	kw := 0
	for _, k := range m.homeKeys() {
		kw = max(kw, layout.Width(k.Help().Key))
	}
	for _, k := range m.homeKeys() {
		add("  " + layout.Pad(k.Help().Key, kw) + "  " + k.Help().Desc)
	}
	return layout.Text(b...).Fit(m.width, m.height)
}

// homeKeys are every key of home: a debrief, history, the screens
// registered with a key, quit.
func (m *Model) homeKeys() []key.Binding {
	out := []key.Binding{m.keys.New, m.keys.History}
	for _, s := range m.ctx.Shortcuts {
		out = append(out, s.Key)
	}
	return append(out, m.keys.Quit)
}

// ShortHelp is home's footer: every key of home, in order (the footer
// keeps the first ones that fit; the body lists them all).
func (m *Model) ShortHelp() []key.Binding { return m.homeKeys() }

// FullHelp is every key of home.
func (m *Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.homeKeys()} }
