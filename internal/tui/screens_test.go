package tui

import (
	"image/color"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
	"github.com/debrief-app/debrief/internal/tui/welcome"
)

func ptr[T any](v T) *T { return &v }

// fewShifts is a small journal: five shifts, a day off, a draft.
func fewShifts(t *testing.T, ctx *app.Context) {
	t.Helper()
	tuitest.Write(t, ctx, func(tx *store.Tx) error {
		for i, mood := range []int{2, 3, 5, 4, 3} {
			d := testToday.AddDays(-6 + i)
			if i == 2 {
				continue
			}
			e := journal.Entry{ShiftDate: d, Shift: "day", Mood: mood, Contacts: ptr(40 + i),
				Helped:   []string{[]string{"帮阿姨找回了订单", "Explained the refund rule", "耐心解释运费规则", "改好了收货地址", "安抚了一位着急的客户"}[i]},
				Cases:    []journal.Case{{Title: "快递丢件", Category: "物流", Outcome: "resolved"}},
				Tomorrow: "先共情,再解决问题"}
			if err := tx.PutEntry(&e, false); err != nil {
				return err
			}
		}
		return tx.PutDayOff(&journal.DayOff{Date: testToday.AddDays(-4), Reason: "rest"})
	})
}

var (
	tab    = tuitest.Key("tab")
	enter  = tuitest.Key("enter")
	esc    = tuitest.Key("esc")
	pgDown = tuitest.Key("pgdown")
)

func text(s string) tea.Msg { return tea.KeyPressMsg{Text: s} }

func paste(s string) tea.Msg { return tea.PasteMsg{Content: s} }

// frame draws the app on open at w×h after msgs.
func frame(t *testing.T, ctx *app.Context, open app.OpenMsg, w, h int, msgs ...tea.Msg) string {
	t.Helper()
	return tuitest.Frame(t, New(ctx, open), w, h, msgs...)
}

func TestGoldenScreens(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run("home_"+string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			fewShifts(t, ctx)
			golden.RequireEqual(t, []byte(frame(t, ctx, app.OpenMsg{Screen: app.ScreenHome}, 80, 24)))
		})
		t.Run("flow_shift_"+string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			fewShifts(t, ctx)
			golden.RequireEqual(t, []byte(frame(t, ctx, app.OpenMsg{Screen: app.ScreenFlow}, 80, 24,
				tab, tuitest.Key("4"))))
		})
		t.Run("flow_review_"+string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			fewShifts(t, ctx)
			msgs := []tea.Msg{tab, tuitest.Key("4"), pgDown,
				text("帮阿姨找回了订单"), enter, paste("Explained the refund rule twice"),
				pgDown, tuitest.Key("a"), text("快递丢件,客户很生气"), esc,
				pgDown, paste("今天被骂了半小时。"), pgDown, text("订单页显示快递员电话"), enter,
				pgDown, text("先共情,再解决问题"), enter}
			golden.RequireEqual(t, []byte(frame(t, ctx, app.OpenMsg{Screen: app.ScreenFlow}, 80, 24, msgs...)))
		})
		t.Run("flow_vent_"+string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			msgs := []tea.Msg{pgDown, pgDown, pgDown,
				paste(strings.Repeat("客户说快递三天没动,我先道歉,再查物流,“马上帮您催”…… ", 4) + "\nsecond line")}
			golden.RequireEqual(t, []byte(frame(t, ctx, app.OpenMsg{Screen: app.ScreenFlow}, 80, 24, msgs...)))
		})
		t.Run("history_"+string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			fewShifts(t, ctx)
			golden.RequireEqual(t, []byte(frame(t, ctx, app.OpenMsg{Screen: app.ScreenHistory}, 80, 24)))
		})
	}
	t.Run("too_small", func(t *testing.T) {
		ctx := newContext(t, i18n.ZH)
		out := tuitest.Render(tuitest.Settle(New(ctx, app.OpenMsg{Screen: app.ScreenHome}), 40, 10))
		golden.RequireEqual(t, []byte(out))
	})
}

// The real cursor sits where the text was typed, wide characters counted
// as two cells: that is where an input method opens its window.
func TestRealCursorAfterChinese(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	m := tuitest.Settle(New(ctx, app.OpenMsg{Screen: app.ScreenFlow}), 100, 30, pgDown, text("你好"))
	v := m.View()
	if v.Cursor == nil {
		t.Fatal("no real cursor while typing")
	}
	lines := strings.Split(ansi.Strip(v.Content), "\n")
	line := lines[v.Cursor.Y]
	i := strings.Index(line, "你好")
	if i < 0 {
		t.Fatalf("cursor row %d is %q", v.Cursor.Y, line)
	}
	if want := layout.Width(line[:i]) + 4; v.Cursor.X != want {
		t.Fatalf("cursor at x=%d, want %d (after 你好 in %q)", v.Cursor.X, want, line)
	}
}

// A screen added to the table is offered on home under its key and opens
// with it: the extension point other screens use.
func TestRegisteredScreenOpensFromHome(t *testing.T) {
	saved := screens
	t.Cleanup(func() { screens = saved })
	screens = append(append([]screen(nil), saved...), screen{Name: "stub", Key: "x", Help: "tui.title.history",
		New: func(ctx *app.Context, _ app.OpenMsg) app.Screen { return &stubScreen{} }})
	ctx := newContext(t, i18n.EN)
	m := New(ctx, app.OpenMsg{Screen: app.ScreenHome})
	out := tuitest.Frame(t, m, 100, 30)
	if !strings.Contains(out, "x  "+ctx.T("tui.title.history")) {
		t.Fatalf("home does not offer the screen:\n%s", out)
	}
	m.Update(tuitest.Key("x"))
	if m.ScreenName() != "stub" {
		t.Fatalf("x opened %q", m.ScreenName())
	}
	if !strings.Contains(ansi.Strip(m.View().Content), "a trend") {
		t.Fatal("the screen is not drawn")
	}
}

type stubScreen struct{ w, h int }

func (s *stubScreen) Init() tea.Cmd                        { return nil }
func (s *stubScreen) Update(tea.Msg) (app.Screen, tea.Cmd) { return s, nil }
func (s *stubScreen) View() layout.Frame                   { return layout.Text("a trend").Fit(s.w, s.h) }
func (s *stubScreen) ShortHelp() []key.Binding             { return nil }
func (s *stubScreen) FullHelp() [][]key.Binding            { return nil }
func (s *stubScreen) SetSize(w, h int)                     { s.w, s.h = w, h }

// debrief opens on the flow only on a scheduled workday without an entry
// that is not a day off.
func TestStartScreen(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	check := func(today journal.Date, want string) {
		t.Helper()
		ctx.Today = today
		open, err := StartScreen(ctx)
		if err != nil || open.Screen != want {
			t.Fatalf("%s: %q %v, want %q", today, open.Screen, err, want)
		}
		if want == app.ScreenFlow && open.Date != today {
			t.Fatalf("flow for %s, want %s", open.Date, today)
		}
	}
	check(testToday, welcome.Name) // a journal with nothing in it
	tuitest.PutEntry(t, ctx, journal.Entry{ShiftDate: testToday.AddDays(-7), Mood: 3})
	check(testToday, app.ScreenFlow)            // Wednesday, nothing yet
	check(testToday.AddDays(3), app.ScreenHome) // Saturday
	tuitest.PutEntry(t, ctx, journal.Entry{ShiftDate: testToday, Mood: 3})
	check(testToday, app.ScreenHome)
	tuitest.Write(t, ctx, func(tx *store.Tx) error {
		return tx.PutDayOff(&journal.DayOff{Date: testToday.AddDays(1), Reason: "sick"})
	})
	check(testToday.AddDays(1), app.ScreenHome)
}

// The colours follow the terminal's background.
func TestLightBackground(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	m := New(ctx, app.OpenMsg{Screen: app.ScreenHome})
	m.Update(tea.BackgroundColorMsg{Color: color.White})
	if ctx.Styles.Dark {
		t.Fatal("still dark styles on a white background")
	}
	m.Update(tea.BackgroundColorMsg{Color: color.Black})
	if !ctx.Styles.Dark {
		t.Fatal("light styles on a black background")
	}
}

// The header names the shift being written, not today, when they differ.
func TestHeaderShowsTheFlowsDate(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	out := frame(t, ctx, app.OpenMsg{Screen: app.ScreenFlow, Date: testToday.AddDays(-3)}, 100, 30)
	first := strings.SplitN(ansi.Strip(out), "\n", 2)[0]
	if !strings.Contains(first, "2026-11-22") {
		t.Fatalf("header %q", first)
	}
}
