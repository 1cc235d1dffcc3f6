package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/flow"
	"github.com/debrief-app/debrief/internal/tui/ideas"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/playbook"
	"github.com/debrief-app/debrief/internal/tui/trends"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
	"github.com/debrief-app/debrief/internal/tui/week"
	"github.com/debrief-app/debrief/internal/tui/welcome"
)

// state is one screen in one state: where the app opens, what the journal
// holds, and the keys pressed to get there.
type state struct {
	name  string
	open  app.OpenMsg
	setup func(*testing.T, *app.Context)
	keys  []string
}

func k(names ...string) []string { return names }

func withJots(t *testing.T, ctx *app.Context) {
	fewShifts(t, ctx)
	tuitest.Write(t, ctx, func(tx *store.Tx) error {
		return tx.AddJot(testToday, &journal.Jot{At: tuitest.FixedNow(), Text: "客户要快递员电话"})
	})
}

func withDraft(t *testing.T, ctx *app.Context) {
	tuitest.Write(t, ctx, func(tx *store.Tx) error {
		return tx.PutDraft(&journal.Draft{Entry: journal.Entry{ShiftDate: testToday, Mood: 2, Vent: "累"}, Step: 3})
	})
}

func withIdeas(t *testing.T, ctx *app.Context) {
	tuitest.Write(t, ctx, func(tx *store.Tx) error {
		return tx.PutIdea(&journal.Idea{ID: 1, ShiftDate: 20261120, Kind: "process", Text: "夜班交接单", Status: "new"}, false)
	})
}

func withAdoptedIdea(t *testing.T, ctx *app.Context) {
	tuitest.Write(t, ctx, func(tx *store.Tx) error {
		return tx.PutIdea(&journal.Idea{ID: 1, ShiftDate: 20261120, Kind: "process", Text: "夜班交接单", Status: "adopted", Impact: "交接漏单少了一半"}, false)
	})
}

var (
	flowOpen = app.OpenMsg{Screen: app.ScreenFlow}
	homeOpen = app.OpenMsg{Screen: app.ScreenHome}
)

func everyState() []state {
	return []state{
		{"welcome", app.OpenMsg{Screen: welcome.Name}, nil, nil},
		{"home", homeOpen, fewShifts, nil},
		{"home help", homeOpen, fewShifts, k("?")},
		{"flow shift kind", flowOpen, fewShifts, nil},
		{"flow shift start", flowOpen, fewShifts, k("tab", "tab", "tab", "tab")},
		{"flow shift focus done", flowOpen, fewShifts, k("shift+tab", "tab", "tab", "tab", "tab", "tab", "tab", "tab", "tab")},
		{"flow helped", flowOpen, nil, k("pgdown")},
		{"flow cases empty", flowOpen, nil, k("pgdown", "pgdown")},
		{"flow cases with jots", flowOpen, withJots, k("pgdown", "pgdown")},
		{"flow case form", flowOpen, withJots, k("pgdown", "pgdown", "j")},
		{"flow case category", flowOpen, withJots, k("pgdown", "pgdown", "a", "tab")},
		{"flow case channel", flowOpen, withJots, k("pgdown", "pgdown", "a", "tab", "tab")},
		{"flow case list", flowOpen, withJots, k("pgdown", "pgdown", "j", "esc")},
		{"flow case remove?", flowOpen, withJots, k("pgdown", "pgdown", "j", "esc", "x")},
		{"flow vent", flowOpen, nil, k("pgdown", "pgdown", "pgdown")},
		{"flow vent keep", flowOpen, nil, k("pgdown", "pgdown", "pgdown", "tab")},
		{"flow idea text", flowOpen, nil, k("pgdown", "pgdown", "pgdown", "pgdown")},
		{"flow idea kind", flowOpen, nil, k("pgdown", "pgdown", "pgdown", "pgdown", "tab")},
		{"flow idea list empty", flowOpen, nil, k("pgdown", "pgdown", "pgdown", "pgdown", "tab", "tab")},
		{"flow idea list", flowOpen, nil, k("pgdown", "pgdown", "pgdown", "pgdown", "x", "enter", "tab", "tab")},
		{"flow tomorrow", flowOpen, nil, k("pgdown", "pgdown", "pgdown", "pgdown", "pgdown")},
		{"flow review", flowOpen, fewShifts, k("tab", "4", "pgdown", "pgdown", "pgdown", "pgdown", "pgdown", "pgdown")},
		{"flow resume", flowOpen, withDraft, nil},
		{"flow saved", flowOpen, nil, k("tab", "4", "ctrl+s")},
		{"flow no mood", flowOpen, nil, k("pgdown", "ctrl+s")},
		{"flow editing", app.OpenMsg{Screen: app.ScreenFlow, Date: testToday.AddDays(-2), Edit: true}, fewShifts, nil},
		{"history", app.OpenMsg{Screen: app.ScreenHistory}, fewShifts, nil},
		{"history filter", app.OpenMsg{Screen: app.ScreenHistory}, fewShifts, k("/")},
		{"history delete?", app.OpenMsg{Screen: app.ScreenHistory}, fewShifts, k("d")},
		{"history reading", app.OpenMsg{Screen: app.ScreenHistory}, fewShifts, k("enter")},
		{"history sealed", app.OpenMsg{Screen: app.ScreenHistory}, withSealedVent, k("enter")},
		{"history passphrase", app.OpenMsg{Screen: app.ScreenHistory}, withSealedVent, k("enter", "u", "e")},
		{"week", app.OpenMsg{Screen: week.Name}, fewShifts, nil},
		{"week review", app.OpenMsg{Screen: week.Name}, fewShifts, k("r")},
		{"ideas", app.OpenMsg{Screen: ideas.Name}, withIdeas, nil},
		{"ideas impact", app.OpenMsg{Screen: ideas.Name}, withIdeas, k("e")},
		{"ideas reading", app.OpenMsg{Screen: ideas.Name}, withAdoptedIdea, k("enter")},
		{"ideas decline?", app.OpenMsg{Screen: ideas.Name}, withAdoptedIdea, k("x")},
		{"trends shifts", app.OpenMsg{Screen: trends.Name}, fewShifts, nil},
		{"trends year", app.OpenMsg{Screen: trends.Name}, fewShifts, k("2")},
		{"trends cases", app.OpenMsg{Screen: trends.Name}, fewShifts, k("3")},
		{"trends care", app.OpenMsg{Screen: trends.Name}, fewShifts, k("4")},
		{"playbook", app.OpenMsg{Screen: playbook.Name}, withJots, nil},
	}
}

// drive opens the app on s in a w×h window and presses its keys, running
// the quick commands (journal reads and writes) as the program would.
func drive(t *testing.T, ctx *app.Context, s state, w, h int) *Model {
	t.Helper()
	m := tuitest.Boot(New(ctx, s.open), w, h)
	for _, n := range s.keys {
		m = tuitest.Drive(m, tuitest.Key(n))
	}
	return m.(*Model)
}

// active is every binding that answers in the root's current state.
func (m *Model) active() []key.Binding {
	g := m.ctx.Keys.Global
	var out []key.Binding
	if m.fullHelp {
		return []key.Binding{m.helpKey(), g.Close, g.Quit, g.Suspend}
	}
	if m.ask != nil {
		return []key.Binding{m.ctx.Keys.Ask.Yes, m.ctx.Keys.Ask.No, g.Quit, g.Suspend}
	}
	for _, group := range m.screen.FullHelp() {
		out = append(out, group...)
	}
	out = append(out, g.Quit, g.Suspend, m.helpKey())
	if m.name == app.ScreenHome {
		for _, s := range m.ctx.Shortcuts {
			out = append(out, s.Key)
		}
	}
	return out
}

// In every state of every screen, the keys that answer together are
// distinct and each says what it does; the footer shows only keys that
// answer; and the frame is exactly the window, the same when drawn twice.
func TestEveryState(t *testing.T) {
	// The idle save comes at once: the journal is written as it would be.
	old := flow.IdleSave
	flow.IdleSave = time.Millisecond
	t.Cleanup(func() { flow.IdleSave = old })
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		for _, s := range everyState() {
			t.Run(fmt.Sprintf("%s/%s", lang, s.name), func(t *testing.T) {
				for _, size := range [][2]int{{80, 24}, {60, 20}, {50, 14}} {
					ctx := newContext(t, lang)
					if s.setup != nil {
						s.setup(t, ctx)
					}
					m := drive(t, ctx, s, size[0], size[1])
					if size[0] == 80 {
						for _, p := range keys.Problems(m.active()) {
							t.Error(p)
						}
						act := m.active()
						if testing.Verbose() {
							t.Logf("%s\n%v", ansiStrip(tuitest.Render(m)), len(act))
						}
						for _, b := range m.footerKeys() {
							if b.Enabled() && !contains(act, b) {
								t.Errorf("the footer shows %q, which is not among the keys that answer", b.Help().Desc)
							}
						}
					}
					out := tuitest.Render(m)
					if again := tuitest.Render(m); again != out {
						t.Errorf("%dx%d: two Views without an Update differ", size[0], size[1])
					}
					tuitest.CheckBox(t, out, size[0], size[1])
				}
			})
		}
	}
}

func ansiStrip(s string) string { return ansi.Strip(s) }

func contains(bs []key.Binding, b key.Binding) bool {
	for _, x := range bs {
		if x.Help() == b.Help() && strings.Join(x.Keys(), " ") == strings.Join(b.Keys(), " ") {
			return true
		}
	}
	return false
}
