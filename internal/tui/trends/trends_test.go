package trends_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/trends"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

// startApp runs the real app on home at 80×24, as a person starts it.
func startApp(t *testing.T, ctx *app.Context) *tuitest.App {
	return tuitest.Start(t, tui.New(ctx, app.OpenMsg{Screen: app.ScreenHome}), 80, 24)
}

func ptr[T any](v T) *T { return &v }

// sixWeeks writes every weekday from Monday 12 October to Tuesday 24
// November 2026 but Wednesday 4 November (missed) and Wednesday 11 November
// (a day off), plus Saturday 14 November: 31 shifts. Moods cycle 1…5
// (average 91/31 = 2.9); every third case is a refund, the rest logistics;
// even shifts resolved, odd escalated. stress gives each shift's stress.
//
// Current streak, walking back from 24 November: 24, 23, 20–16, Sat 14, 13,
// 12, (11 off), 10, 9, 6, 5, then 4 was missed: 14. Longest: 12 October to
// 3 November, 17 weekdays.
func sixWeeks(t testing.TB, ctx *app.Context, stress func(i int) int) {
	t.Helper()
	tuitest.Write(t, ctx, func(tx *store.Tx) error {
		i := 0
		for d := journal.NewDate(2026, 10, 12); d <= journal.NewDate(2026, 11, 24); d = d.AddDays(1) {
			wd := d.Weekday()
			weekend := wd == time.Saturday || wd == time.Sunday
			if (weekend && d != journal.NewDate(2026, 11, 14)) || d == journal.NewDate(2026, 11, 4) || d == journal.NewDate(2026, 11, 11) {
				continue
			}
			c := journal.Case{Title: "快递丢件", Category: "物流", Outcome: "resolved"}
			if i%3 == 0 {
				c.Category = "退款"
			}
			if i%2 == 1 {
				c.Outcome = "escalated"
			}
			e := journal.Entry{ShiftDate: d, Shift: "day", Mood: 1 + i%5, Energy: 3, Stress: stress(i),
				Contacts: ptr(40 + i), CSAT: ptr(90.0), Cases: []journal.Case{c}, Vent: "PRIVATE-CANARY"}
			if err := tx.PutEntry(&e, false); err != nil {
				return err
			}
			i++
		}
		if err := tx.PutDayOff(&journal.DayOff{Date: journal.NewDate(2026, 11, 11), Reason: "sick"}); err != nil {
			return err
		}
		for id, status := range []string{"new", "adopted"} {
			idea := journal.Idea{ID: uint64(id + 1), ShiftDate: journal.NewDate(2026, 11, 2), Kind: "product", Text: "订单页显示快递员电话", Status: status}
			if err := tx.PutIdea(&idea, false); err != nil {
				return err
			}
		}
		return nil
	})
}

func calmStress(int) int { return 2 }

// The Trends screen in the real app, both languages: t on home opens it,
// every page shows the journal's own numbers, esc goes home.
func TestTrendsInTheApp(t *testing.T) {
	type texts struct {
		homeKey, shifts, streak, weekly, yearSummary, legend, cases, refund, outcome, ideas []string
	}
	for _, tt := range []struct {
		lang i18n.Lang
		want texts
	}{
		{i18n.EN, texts{
			homeKey:     []string{"t  trends and stats"},
			shifts:      []string{"1 Recent shifts", "Last 20 shifts", "last 7 3.0 (before 3.1, -0.14) → steady", "per shift", "CSAT", "90.0%"},
			streak:      []string{"Streak 14 shifts · longest 17 · 95% of workdays logged in the last 30 days"},
			weekly:      []string{"Weekly averages (last 7 weeks)", "W42  W43  W44  W45  W46  W47  W48", "Shifts   5    5    5    4    5    5    2"},
			yearSummary: []string{"Last 53 weeks: 31 shifts · mood avg 2.9 · 1 day off · 1 workday not logged"},
			legend:      []string{"mood 1→5", "~ day off", "x workday not logged", ". rest day", "Nov"},
			cases:       []string{"Since 2026-10-12: 31 cases, 0 complaints turned into praise"},
			refund:      []string{"物流", " 20", "退款", " 11"},
			outcome:     []string{"resolved", " 16", "escalated", " 15"},
			ideas:       []string{"Ideas", "new", "adopted"},
		}},
		{i18n.ZH, texts{
			homeKey:     []string{"t  趋势和统计"},
			shifts:      []string{"1 最近班次", "最近 19 个班次", "近 7 次 3.0（之前 3.1，变化 -0.14）→ 平稳", "每班", "满意度", "90.0%"},
			streak:      []string{"连续 14 个班次 · 最长 17 · 近 30 天记录了 95% 的上班日"},
			weekly:      []string{"每周平均（最近 7 周）", "W42  W43"},
			yearSummary: []string{"最近 53 周：31 个班次 · 心情平均 2.9 · 1 个休息日 · 1 个上班日没有记录"},
			legend:      []string{"心情 1→5", "~ 休息/请假", "x 上班日没记录", "10月"},
			cases:       []string{"2026-10-12 以来：31 个案例，0 个投诉变表扬"},
			refund:      []string{"物流", "退款"},
			outcome:     []string{"已解决", "已升级"},
			ideas:       []string{"改进建议", "新提出", "已采纳"},
		}},
	} {
		t.Run(string(tt.lang), func(t *testing.T) {
			ctx := tuitest.NewContext(t, tt.lang)
			sixWeeks(t, ctx, calmStress)
			a := startApp(t, ctx)
			a.WaitFor(tt.want.homeKey...)
			a.Keys("t")
			a.WaitFor(tt.want.shifts...)
			a.WaitFor(tt.want.streak...)
			s := a.WaitFor(tt.want.weekly...)
			if strings.Contains(s, "4 ") && strings.Contains(s, trendsCareTab(tt.lang)) {
				t.Errorf("a calm journal shows the Care page:\n%s", s)
			}
			a.Keys("tab")
			a.WaitFor(tt.want.yearSummary...)
			a.WaitFor(tt.want.legend...)
			a.Keys("3")
			a.WaitFor(tt.want.cases...)
			a.WaitFor(tt.want.refund...)
			a.WaitFor(tt.want.outcome...)
			s = a.WaitFor(tt.want.ideas...)
			if strings.Contains(s, "PRIVATE-CANARY") {
				t.Error("the vent reached the screen")
			}
			a.Keys("left")
			a.WaitFor(tt.want.yearSummary...)
			a.Keys("esc")
			a.WaitFor(tt.want.homeKey...)
			a.Quit()
		})
	}
}

func trendsCareTab(lang i18n.Lang) string { return i18n.New(lang).T("trends.tab.care") }

// With stress ≥ 4 on the last shifts the signal is on: a warm line on the
// first page and a Care page with concrete steps; with signals = false
// neither.
func TestCarePage(t *testing.T) {
	high := func(i int) int {
		if i >= 26 {
			return 5
		}
		return 2
	}
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		t.Run(string(lang), func(t *testing.T) {
			p := i18n.New(lang)
			ctx := tuitest.NewContext(t, lang)
			sixWeeks(t, ctx, high)
			a := startApp(t, ctx)
			a.Keys("t")
			a.WaitFor(p.T("trends.signal"), "4 "+p.T("trends.tab.care"))
			a.Keys("4")
			a.WaitFor(p.T("wellbeing.title"), p.T("wellbeing.high_stress"))
			// The steps wrap; their first words are on screen.
			for _, k := range []string{"wellbeing.step1", "wellbeing.step2", "wellbeing.step3", "wellbeing.step4"} {
				a.WaitFor(firstWords(p.T(k)))
			}
			a.Quit()
		})
	}
	t.Run("signals off", func(t *testing.T) {
		ctx := tuitest.NewContext(t, i18n.EN)
		ctx.Journal.Config.Wellbeing.Signals = ptr(false)
		sixWeeks(t, ctx, high)
		a := startApp(t, ctx)
		a.Keys("t")
		a.WaitFor("Last 20 shifts")
		a.Keys("4")
		s := a.WaitFor("Last 20 shifts")
		if strings.Contains(s, "Care") || strings.Contains(s, "heavy") {
			t.Errorf("signals = false still shows the signal:\n%s", s)
		}
		a.Quit()
	})
}

func firstWords(s string) string {
	r := []rune(s)
	return string(r[:min(12, len(r))])
}

func TestEmptyJournal(t *testing.T) {
	ctx := tuitest.NewContext(t, i18n.ZH)
	a := startApp(t, ctx)
	a.Keys("t")
	a.WaitFor("还没有复盘记录")
	a.Quit()
}

// render draws the app on the Trends screen at w×h after keys, through
// the ASCII profile (no colour) for goldens.
func render(t *testing.T, ctx *app.Context, w, h int, keys ...string) string {
	t.Helper()
	msgs := make([]tea.Msg, len(keys))
	for i, k := range keys {
		msgs[i] = tuitest.Key(k)
	}
	return tuitest.Frame(t, tui.New(ctx, app.OpenMsg{Screen: trends.Name}), w, h, msgs...)
}

// Every page fits 80×24 in both languages (and 100×30, and the smallest
// window the app draws in, 50×14), with nothing cut at 80 columns: the
// goldens show the whole screens.
func TestPagesFit(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		for _, size := range [][2]int{{80, 24}, {100, 30}, {50, 14}} {
			for pg, key := range []string{"1", "2", "3", "4"} {
				name := fmt.Sprintf("%s_%dx%d_page%d", lang, size[0], size[1], pg+1)
				t.Run(name, func(t *testing.T) {
					ctx := tuitest.NewContext(t, lang)
					sixWeeks(t, ctx, func(i int) int { return 4 + i%2 })
					out := render(t, ctx, size[0], size[1], key)
					lines := strings.Split(out, "\n")
					if len(lines) > size[1] {
						t.Errorf("%d lines", len(lines))
					}
					for _, l := range lines {
						if w := lipgloss.Width(l); w > size[0] {
							t.Errorf("%d cells: %q", w, l)
						}
						// At the smallest window the app allows, long lines may be cut.
						if size[0] >= 80 && strings.HasSuffix(strings.TrimRight(l, " "), "…") && !strings.Contains(l, "ctrl+c") && !strings.Contains(l, "?") {
							t.Errorf("cut: %q", l)
						}
					}
					if size[0] == 80 {
						golden.RequireEqual(t, []byte(out))
					}
				})
			}
		}
	}
}

// The year calendar marks each day once: 31 shifts by mood, the missed
// Wednesday 4 November and the day off a week later side by side in the
// Wednesday row, rest days as dots, today (open) blank.
func TestYearCalendarMarks(t *testing.T) {
	ctx := tuitest.NewContext(t, i18n.EN)
	sixWeeks(t, ctx, calmStress)
	out := ansi.Strip(render(t, ctx, 80, 24, "2"))
	lines := strings.Split(out, "\n")
	var rows []string
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "Dec") || strings.Contains(l, " Nov") && !strings.Contains(l, "weeks") {
			rows = lines[i+1 : i+8]
			break
		}
	}
	if len(rows) != 7 {
		t.Fatalf("no calendar in:\n%s", out)
	}
	cal := strings.Join(rows, "\n")
	moods := 0
	for _, r := range "▁▂▄▆█" {
		moods += strings.Count(cal, string(r))
	}
	if moods != 31 || strings.Count(cal, "x") != 1 || strings.Count(cal, "~") != 1 {
		t.Errorf("%d shifts, %d missed, %d off in:\n%s", moods, strings.Count(cal, "x"), strings.Count(cal, "~"), cal)
	}
	// Wednesdays 14, 21, 28 Oct (mood 3), 4 Nov missed, 11 Nov off, 18 Nov;
	// today, the 25th, is blank so the row ends on the 18th.
	if !strings.HasPrefix(rows[2], "Wed") || !strings.HasSuffix(rows[2], "▄▄▄x~▂") {
		t.Errorf("Wednesday row %q", rows[2])
	}
	// 12 weekend days from 17 October to 22 November, less Saturday the
	// 14th, which was logged.
	if dots := strings.Count(cal, "."); dots != 11 {
		t.Errorf("%d rest days, want 11:\n%s", dots, cal)
	}
}
