// Package home is the app's home screen: today's state, the current
// streak, the mood of the last shifts, what the last shift wanted to do
// better, the recent entries, and the keys to every other screen.
package home

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/sparkline"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/common"
)

// sparkShifts is how many shifts the mood line covers.
const sparkShifts = 14

// recentEntries is how many recent entries home lists.
const recentEntries = 5

type keyMap struct {
	New, History, Quit key.Binding
}

// Model is the home screen.
type Model struct {
	ctx    *common.Context
	keys   keyMap
	width  int
	height int
	data   *homeData
	err    error
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
func New(ctx *common.Context) *Model {
	t := ctx.T
	return &Model{ctx: ctx, keys: keyMap{
		New:     common.Bind(t("tui.key.new"), "n", "enter"),
		History: common.Bind(t("tui.key.history"), "h"),
		Quit:    common.Bind(t("tui.key.quit"), "q"),
	}}
}

// Init loads today's state and the recent shifts.
func (m *Model) Init() tea.Cmd { return Load(m.ctx) }

// Load reads what home shows; it is exported for the root's benchmark of
// the first frame.
func Load(ctx *common.Context) tea.Cmd {
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

// Capturing: home has no text field.
func (m *Model) Capturing() bool { return false }

// SetSize remembers the space home has.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// Update handles home's keys.
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		m.data, m.err = msg.data, msg.err
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.keys.New):
			return m, common.Open(common.ScreenFlow, m.ctx.Today, false)
		case key.Matches(msg, m.keys.History):
			return m, common.Open(common.ScreenHistory, 0, false)
		case key.Matches(msg, m.keys.Quit):
			return m, tea.Quit
		}
	}
	return m, nil
}

// View draws home.
func (m *Model) View(width, height int) string {
	st := m.ctx.Styles
	t := m.ctx.T
	var b []string
	add := func(s ...string) { b = append(b, s...) }
	if m.err != nil {
		add(st.Error.Render(wrapTo(t("tui.home.load_failed", m.err.Error()), width)))
	}
	d := m.data
	if d == nil {
		add(st.Muted.Render(t("tui.loading")))
		return fit(b, width, height)
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
	if len(d.recent) > 0 {
		add("", st.Title.Render(t("tui.home.recent")))
		for _, e := range d.recent {
			add(ansi.Truncate(EntryLine(m.ctx, &e), width, "…"))
		}
	} else if d.count == 0 {
		add("", wrapTo(t("tui.home.first"), width))
	}
	add("", st.Title.Render(t("tui.home.keys")))
	keys := []string{t("tui.home.key_new"), t("tui.home.key_history")}
	for _, s := range m.ctx.Shortcuts {
		keys = append(keys, s.Key+"  "+t(s.Help))
	}
	keys = append(keys, t("tui.home.key_quit"))
	for _, k := range keys {
		add("  " + k)
	}
	return fit(b, width, height)
}

// EntryLine is one entry on a line: date, shift, mood, cases and the first
// thing I helped with. History uses it too.
func EntryLine(ctx *common.Context, e *journal.Entry) string {
	st := ctx.Styles
	t := ctx.T
	mood := ""
	if journal.Has(e.Mood) {
		mood = strconv.Itoa(e.Mood) + " " + t("mood."+strconv.Itoa(e.Mood))
	}
	helped := ""
	if len(e.Helped) > 0 {
		helped = safetext.Line(e.Helped[0])
	}
	shift := ""
	if e.Shift != "" {
		shift = t("shift." + e.Shift)
	}
	return fmt.Sprintf("%s  %s  %s  %s  %s", e.ShiftDate, padTo(shift, 8), padTo(mood, 8),
		st.Muted.Render(padTo(ctx.N("tui.n_cases", len(e.Cases)), 8)), helped)
}

func padTo(s string, w int) string {
	if n := lipgloss.Width(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

func wrapTo(s string, w int) string { return lipgloss.Wrap(s, max(w, 10), "") }

func fit(lines []string, width, height int) string {
	out := strings.Split(strings.Join(lines, "\n"), "\n")
	if len(out) > height {
		out = out[:height]
	}
	for i, l := range out {
		if lipgloss.Width(l) > width {
			out[i] = ansi.Truncate(l, width, "…")
		}
	}
	return strings.Join(out, "\n")
}

// ShortHelp is home's footer.
func (m *Model) ShortHelp() []key.Binding {
	return []key.Binding{m.keys.New, m.keys.History, m.keys.Quit}
}

// FullHelp is home's keys.
func (m *Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
