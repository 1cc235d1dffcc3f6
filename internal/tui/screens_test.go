package tui

import (
	"bytes"
	"image/color"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/common"
)

func ptr[T any](v T) *T { return &v }

// fewShifts is a small journal: five shifts, a day off, a draft.
func fewShifts(t *testing.T, ctx *common.Context) {
	t.Helper()
	err := ctx.Write(func(tx *store.Tx) error {
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
	if err != nil {
		t.Fatal(err)
	}
}

// frame draws the app at its first settled frame, through a fixed colour
// profile (ASCII: bold and reverse kept, no colours) so goldens are stable.
func frame(t *testing.T, m *Model, msgs ...tea.Msg) string {
	t.Helper()
	var tm tea.Model = m
	tm, _ = tm.Update(tea.WindowSizeMsg{Width: m.ctx.Width, Height: m.ctx.Height})
	tm = run(tm, m.screen.Init())
	for _, msg := range msgs {
		var cmd tea.Cmd
		tm, cmd = tm.Update(msg)
		_ = cmd
	}
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.Ascii}
	w.WriteString(tm.View().Content)
	return buf.String()
}

func TestGoldenScreens(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run("home_"+string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			ctx.Width, ctx.Height = 80, 24
			fewShifts(t, ctx)
			golden.RequireEqual(t, []byte(frame(t, New(ctx, common.OpenMsg{Screen: common.ScreenHome}))))
		})
		t.Run("flow_shift_"+string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			ctx.Width, ctx.Height = 80, 24
			fewShifts(t, ctx)
			golden.RequireEqual(t, []byte(frame(t, New(ctx, common.OpenMsg{Screen: common.ScreenFlow}),
				tab, tea.KeyPressMsg{Code: '4', Text: "4"})))
		})
		t.Run("flow_review_"+string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			ctx.Width, ctx.Height = 80, 24
			fewShifts(t, ctx)
			msgs := []tea.Msg{tab, tea.KeyPressMsg{Code: '4', Text: "4"}, pgDown,
				tea.KeyPressMsg{Text: "帮阿姨找回了订单"}, enter, tea.PasteMsg{Content: "Explained the refund rule twice"},
				pgDown, tea.KeyPressMsg{Code: 'a', Text: "a"}, tea.KeyPressMsg{Text: "快递丢件,客户很生气"}, esc,
				pgDown, tea.PasteMsg{Content: "今天被骂了半小时。"}, pgDown, tea.KeyPressMsg{Text: "订单页显示快递员电话"}, enter,
				pgDown, tea.KeyPressMsg{Text: "先共情,再解决问题"}, enter}
			golden.RequireEqual(t, []byte(frame(t, New(ctx, common.OpenMsg{Screen: common.ScreenFlow}), msgs...)))
		})
		t.Run("flow_vent_"+string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			ctx.Width, ctx.Height = 80, 24
			msgs := []tea.Msg{pgDown, pgDown, pgDown,
				tea.PasteMsg{Content: strings.Repeat("客户说快递三天没动,我先道歉,再查物流,“马上帮您催”…… ", 4) + "\nsecond line"}}
			golden.RequireEqual(t, []byte(frame(t, New(ctx, common.OpenMsg{Screen: common.ScreenFlow}), msgs...)))
		})
		t.Run("history_"+string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			ctx.Width, ctx.Height = 80, 24
			fewShifts(t, ctx)
			golden.RequireEqual(t, []byte(frame(t, New(ctx, common.OpenMsg{Screen: common.ScreenHistory}))))
		})
	}
	t.Run("too_small", func(t *testing.T) {
		ctx := newContext(t, i18n.ZH)
		ctx.Width, ctx.Height = 40, 10
		golden.RequireEqual(t, []byte(frame(t, New(ctx, common.OpenMsg{Screen: common.ScreenHome}))))
	})
}

// The real cursor sits where the text was typed, wide characters counted
// as two cells: that is where an input method opens its window.
func TestRealCursorAfterChinese(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	m := New(ctx, common.OpenMsg{Screen: common.ScreenFlow})
	var tm tea.Model = m
	tm = run(tm, m.screen.Init())
	tm, _ = tm.Update(pgDown)
	tm, _ = tm.Update(tea.KeyPressMsg{Text: "你好"})
	v := tm.View()
	if v.Cursor == nil {
		t.Fatal("no real cursor while typing")
	}
	lines := strings.Split(ansiStrip(v.Content), "\n")
	line := lines[v.Cursor.Y]
	i := strings.Index(line, "你好")
	if i < 0 {
		t.Fatalf("cursor row %d is %q", v.Cursor.Y, line)
	}
	if want := ansiWidth(line[:i]) + 4; v.Cursor.X != want {
		t.Fatalf("cursor at x=%d, want %d (after 你好 in %q)", v.Cursor.X, want, line)
	}
}

// A screen added to the table is offered on home under its key and opens
// with it: the extension point other screens use.
func TestRegisteredScreenOpensFromHome(t *testing.T) {
	saved := screens
	t.Cleanup(func() { screens = saved })
	screens = append(append([]screen(nil), saved...), screen{Name: "stub", Key: "x", Help: "tui.title.history",
		New: func(ctx *common.Context, _ common.OpenMsg) common.Screen { return &stubScreen{} }})
	ctx := newContext(t, i18n.EN)
	m := New(ctx, common.OpenMsg{Screen: common.ScreenHome})
	out := frame(t, m)
	if !strings.Contains(out, "x  "+ctx.T("tui.title.history")) {
		t.Fatalf("home does not offer the screen:\n%s", out)
	}
	m.Update(tea.KeyPressMsg{Code: 'x', Text: "x"})
	if m.ScreenName() != "stub" {
		t.Fatalf("x opened %q", m.ScreenName())
	}
	if !strings.Contains(ansiStrip(m.View().Content), "a trend") {
		t.Fatal("the screen is not drawn")
	}
}

type stubScreen struct{}

func (s *stubScreen) Init() tea.Cmd                           { return nil }
func (s *stubScreen) Update(tea.Msg) (common.Screen, tea.Cmd) { return s, nil }
func (s *stubScreen) View(int, int) string                    { return "a trend" }
func (s *stubScreen) ShortHelp() []key.Binding                { return nil }
func (s *stubScreen) FullHelp() [][]key.Binding               { return nil }
func (s *stubScreen) SetSize(int, int)                        {}

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
		if want == common.ScreenFlow && open.Date != today {
			t.Fatalf("flow for %s, want %s", open.Date, today)
		}
	}
	check(testToday, common.ScreenFlow)            // Wednesday, nothing yet
	check(testToday.AddDays(3), common.ScreenHome) // Saturday
	putEntry(t, ctx, journal.Entry{ShiftDate: testToday, Mood: 3})
	check(testToday, common.ScreenHome)
	if err := ctx.Write(func(tx *store.Tx) error {
		return tx.PutDayOff(&journal.DayOff{Date: testToday.AddDays(1), Reason: "sick"})
	}); err != nil {
		t.Fatal(err)
	}
	check(testToday.AddDays(1), common.ScreenHome)
}

// The colours follow the terminal's background.
func TestLightBackground(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	m := New(ctx, common.OpenMsg{Screen: common.ScreenHome})
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
	out := frame(t, New(ctx, common.OpenMsg{Screen: common.ScreenFlow, Date: testToday.AddDays(-3)}))
	first := strings.SplitN(ansiStrip(out), "\n", 2)[0]
	if !strings.Contains(first, "2026-11-22") {
		t.Fatalf("header %q", first)
	}
}
