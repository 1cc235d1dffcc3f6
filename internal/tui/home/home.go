// Package home is the app's home screen: today's state, the current
// streak, the mood of the last shifts, what the last shift wanted to do
// better, the recent entries, and the keys to every other screen.
package home

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/sparkline"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
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
	data          *homeData
	recent        list.Model[journal.Entry]
	err           error
}

// homeData is what home reads from the journal.
type homeData struct {
	hasEntry bool
	off      *journal.DayOff
	draft    *journal.Draft
	moods    []int // oldest first
	count    int
	last     *journal.Entry
	recent   []journal.Entry
	streak   int
}

type loadedMsg struct {
	data *homeData
	err  error
}

// New returns the home screen; Init loads its data.
func New(ctx *app.Context) *Model {
	m := &Model{ctx: ctx, keys: ctx.Keys.Home}
	m.recent = list.New(ctx.Keys.List, ctx.Styles.Selected, func(_ int, e journal.Entry, _ bool, _ int) []string {
		return []string{entryline.Render(ctx, &e)}
	})
	m.recent.Plain()
	return m
}

// Init loads today's state and the recent shifts.
func (m *Model) Init() tea.Cmd { return Load(m.ctx) }

// Load reads what home shows; it is exported for the root's benchmark of
// the first frame.
func Load(ctx *app.Context) tea.Cmd {
	return func() tea.Msg {
		d := &homeData{}
		today := ctx.Today
		err := ctx.Read(func(tx *store.Tx) error {
			d.hasEntry = tx.HasEntry(today)
			d.count = tx.EntryCount()
			if off, ok, err := tx.DayOff(today); err != nil {
				return err
			} else if ok {
				d.off = &off
			}
			if dr, ok, err := tx.Draft(today); err != nil {
				return err
			} else if ok {
				d.draft = &dr
			}
			for e, err := range tx.EntriesNewestFirst(0, today) {
				if err != nil {
					return err
				}
				if d.last == nil {
					last := e
					d.last = &last
				}
				d.recent = append(d.recent, e)
				if len(d.recent) >= recentEntries {
					break
				}
			}
			// The whole history: a streak can be years long. Metrics never
			// decode an entry, so ten years stay well inside a frame.
			ms, err := tx.Metrics(0, today)
			if err != nil {
				return err
			}
			offs, err := tx.DaysOff()
			if err != nil {
				return err
			}
			d.streak, _ = insight.Streaks(insight.NewCalendar(today, ctx.Cfg.Workdays(), offs), ms)
			for i := max(len(ms)-sparkShifts, 0); i < len(ms); i++ {
				d.moods = append(d.moods, ms[i].Mood)
			}
			return nil
		})
		return loadedMsg{data: d, err: err}
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
		m.data, m.err = msg.data, msg.err
		if m.data != nil {
			m.recent.SetItems(m.data.recent)
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
	switch {
	case d.hasEntry:
		add(st.Good.Render(t("tui.home.logged", today)))
	case d.off != nil:
		add(st.Muted.Render(t("tui.home.off", today, t("reason."+d.off.Reason))))
	case d.draft != nil && len(d.draft.Jots) > 0 && d.draft.Step == 0:
		add(st.Accent.Render(t("tui.home.open_jots", today, len(d.draft.Jots))))
	case d.draft != nil:
		add(st.Accent.Render(t("tui.home.draft", today, d.draft.Step+1)))
	default:
		add(st.Accent.Render(t("tui.home.open", today)))
	}
	switch {
	case d.streak == 1:
		add(t("tui.home.streak_one"))
	case d.streak > 1:
		add(t("tui.home.streak", st.Accent.Render(strconv.Itoa(d.streak))))
	}
	add(t("tui.home.count", d.count))
	add("")
	if len(d.moods) > 0 {
		add(st.Label.Render(t("tui.home.mood", len(d.moods))) + "  " +
			st.Accent.Render(sparkline.Draw(d.moods, 1, 5)) + "  " + st.Muted.Render(t("tui.home.mood_scale")))
	}
	if d.last != nil && d.last.Tomorrow != "" {
		add(st.Label.Render(t("tui.home.better", d.last.ShiftDate)) + " " + safetext.Line(d.last.Tomorrow))
	}
	if m.recent.Len() > 0 {
		add("", st.Title.Render(t("tui.home.recent")))
		add(m.recent.View().Lines...)
	} else if d.count == 0 {
		add("")
		add(layout.Wrap(t("tui.home.first"), max(width, 10))...)
	}
	add("", st.Title.Render(t("tui.home.keys")))
	lines := []string{t("tui.home.key_new"), t("tui.home.key_history")}
	for _, s := range m.ctx.Shortcuts {
		h := s.Key.Help()
		lines = append(lines, h.Key+"  "+h.Desc)
	}
	lines = append(lines, t("tui.home.key_quit"))
	for _, k := range lines {
		add("  " + k)
	}
	return layout.Text(b...).Fit(m.width, m.height)
}

// ShortHelp is home's footer.
func (m *Model) ShortHelp() []key.Binding {
	return []key.Binding{m.keys.New, m.keys.History, m.keys.Quit}
}

// FullHelp is home's keys, the shortcuts to other screens included.
func (m *Model) FullHelp() [][]key.Binding {
	var more []key.Binding
	for _, s := range m.ctx.Shortcuts {
		more = append(more, s.Key)
	}
	return [][]key.Binding{m.ShortHelp(), more}
}
