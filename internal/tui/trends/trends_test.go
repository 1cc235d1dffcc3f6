package trends_test

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui"
	"github.com/debrief-app/debrief/internal/tui/common"
	"github.com/debrief-app/debrief/internal/tui/trends"
)

// Today is Wednesday 2026-11-25, not logged yet.
var today = journal.NewDate(2026, 11, 25)

func fixedNow() time.Time { return time.Date(2026, 11, 25, 18, 30, 0, 0, time.UTC) }

func newContext(t testing.TB, lang i18n.Lang) *common.Context {
	t.Helper()
	dir := t.TempDir()
	paths := config.Paths{DataDir: dir, DB: filepath.Join(dir, "journal.db"), Backups: filepath.Join(dir, "backups")}
	ctx := &common.Context{
		P: i18n.New(lang), Cfg: config.Default(), Paths: paths,
		StoreOpt: store.Options{BackupDir: paths.Backups, Now: fixedNow},
		Today:    today, Now: fixedNow, Width: 80, Height: 24,
		Getenv: func(string) string { return "" },
	}
	ctx.Styles.Dark = true
	return ctx
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
func sixWeeks(t testing.TB, ctx *common.Context, stress func(i int) int) {
	t.Helper()
	err := ctx.Write(func(tx *store.Tx) error {
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
	if err != nil {
		t.Fatal(err)
	}
}

func calmStress(int) int { return 2 }

// probe wraps the app's root so a test can read what is on screen.
type probe struct {
	*tui.Model
	mu   sync.Mutex
	last string
}

func (p *probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := p.Model.Update(msg)
	return p, cmd
}

func (p *probe) View() tea.View {
	v := p.Model.View()
	p.mu.Lock()
	p.last = ansi.Strip(v.Content)
	p.mu.Unlock()
	return v
}

func (p *probe) screen() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.last
}

type app struct {
	*teatest.TestModel
	p *probe
	t *testing.T
}

// startApp runs the real app on home, as a person starts it.
func startApp(t *testing.T, ctx *common.Context) *app {
	p := &probe{Model: tui.New(ctx, common.OpenMsg{Screen: common.ScreenHome})}
	tm := teatest.NewTestModel(t, p, teatest.WithInitialTermSize(ctx.Width, ctx.Height),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	return &app{TestModel: tm, p: p, t: t}
}

func (a *app) waitFor(texts ...string) string {
	a.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		s := a.p.screen()
		ok := true
		for _, text := range texts {
			ok = ok && strings.Contains(s, text)
		}
		if ok {
			return s
		}
		time.Sleep(5 * time.Millisecond)
	}
	a.t.Fatalf("the screen never showed %q; it shows:\n%s", texts, a.p.screen())
	return ""
}

func (a *app) key(s string) {
	switch s {
	case "tab":
		a.Send(tea.KeyPressMsg{Code: tea.KeyTab})
	case "esc":
		a.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	case "left":
		a.Send(tea.KeyPressMsg{Code: tea.KeyLeft})
	default:
		a.Send(tea.KeyPressMsg{Code: rune(s[0]), Text: s})
	}
}

func (a *app) quit() {
	a.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	a.WaitFinished(a.t, teatest.WithFinalTimeout(5*time.Second))
}

// The Trends screen in the real app, both languages: t on home opens it,
// every page shows the journal's own numbers, esc goes home.
func TestTrendsInTheApp(t *testing.T) {
	type texts struct {
		homeKey, shifts, streak, weekly, year, yearSummary, legend, cases, refund, outcome, ideas []string
	}
	for _, tt := range []struct {
		lang i18n.Lang
		want texts
	}{
		{i18n.EN, texts{
			homeKey:     []string{"t  trends and stats"},
			shifts:      []string{"1 Recent shifts", "Last 30 shifts", "avg 3.0 · last 7 3.0", "per shift", "CSAT", "90.0%"},
			streak:      []string{"Streak 14 shifts · longest 17 · 95% of workdays logged in the last 30 days"},
			weekly:      []string{"Weekly averages (last 7 weeks)", "W42  W43  W44  W45  W46  W47  W48", "Shifts   5    5    5    4    5    5    2"},
			yearSummary: []string{"Last 53 weeks: 31 shifts · mood avg 2.9 · 1 days off · 1 workdays not logged"},
			legend:      []string{"mood 1→5", "~ day off", "x workday not logged", ". rest day", "Nov"},
			cases:       []string{"Since 2026-10-12: 31 cases, 0 complaints turned into praise"},
			refund:      []string{"物流", " 20", "退款", " 11"},
			outcome:     []string{"resolved", " 16", "escalated", " 15"},
			ideas:       []string{"Ideas", "new", "adopted"},
		}},
		{i18n.ZH, texts{
			homeKey:     []string{"t  趋势和统计"},
			shifts:      []string{"1 最近班次", "最近 30 个班次", "平均 3.0 · 近 7 次 3.0", "每班", "满意度", "90.0%"},
			streak:      []string{"连续 14 个班次 · 最长 17 · 近 30 天记录了 95% 的上班日"},
			weekly:      []string{"每周平均(最近 7 周)", "W42  W43"},
			yearSummary: []string{"最近 53 周:31 个班次 · 心情平均 2.9 · 1 天休息 · 1 个上班日没有记录"},
			legend:      []string{"心情 1→5", "~ 休息/请假", "x 上班日没记录", "11月"},
			cases:       []string{"2026-10-12 以来:31 个案例,0 个投诉变表扬"},
			refund:      []string{"物流", "退款"},
			outcome:     []string{"已解决", "已升级"},
			ideas:       []string{"改进建议", "新提出", "已采纳"},
		}},
	} {
		t.Run(string(tt.lang), func(t *testing.T) {
			ctx := newContext(t, tt.lang)
			sixWeeks(t, ctx, calmStress)
			a := startApp(t, ctx)
			a.waitFor(tt.want.homeKey...)
			a.key("t")
			a.waitFor(tt.want.shifts...)
			a.waitFor(tt.want.streak...)
			s := a.waitFor(tt.want.weekly...)
			if strings.Contains(s, "4 ") && strings.Contains(s, trendsCareTab(tt.lang)) {
				t.Errorf("a calm journal shows the Care page:\n%s", s)
			}
			a.key("tab")
			a.waitFor(tt.want.yearSummary...)
			a.waitFor(tt.want.legend...)
			a.key("3")
			a.waitFor(tt.want.cases...)
			a.waitFor(tt.want.refund...)
			a.waitFor(tt.want.outcome...)
			s = a.waitFor(tt.want.ideas...)
			if strings.Contains(s, "PRIVATE-CANARY") {
				t.Error("the vent reached the screen")
			}
			a.key("left")
			a.waitFor(tt.want.yearSummary...)
			a.key("esc")
			a.waitFor(tt.want.homeKey...)
			a.quit()
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
			ctx := newContext(t, lang)
			sixWeeks(t, ctx, high)
			a := startApp(t, ctx)
			a.key("t")
			a.waitFor(p.T("trends.signal"), "4 "+p.T("trends.tab.care"))
			a.key("4")
			a.waitFor(p.T("wellbeing.title"), p.T("wellbeing.high_stress"))
			// The steps wrap; their first words are on screen.
			for _, k := range []string{"wellbeing.step1", "wellbeing.step2", "wellbeing.step3", "wellbeing.step4"} {
				a.waitFor(firstWords(p.T(k)))
			}
			a.quit()
		})
	}
	t.Run("signals off", func(t *testing.T) {
		ctx := newContext(t, i18n.EN)
		ctx.Cfg.Wellbeing.Signals = ptr(false)
		sixWeeks(t, ctx, high)
		a := startApp(t, ctx)
		a.key("t")
		a.waitFor("Last 30 shifts")
		a.key("4")
		s := a.waitFor("Last 30 shifts")
		if strings.Contains(s, "Care") || strings.Contains(s, "heavy") {
			t.Errorf("signals = false still shows the signal:\n%s", s)
		}
		a.quit()
	})
}

func firstWords(s string) string {
	r := []rune(s)
	return string(r[:min(12, len(r))])
}

func TestEmptyJournal(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	a := startApp(t, ctx)
	a.key("t")
	a.waitFor("还没有复盘记录")
	a.quit()
}

// render draws the app at a size after the screen has loaded and keys
// were pressed, through the ASCII profile (no colour) for goldens.
func render(t *testing.T, ctx *common.Context, keys ...string) string {
	t.Helper()
	var m tea.Model = tui.New(ctx, common.OpenMsg{Screen: trends.Name})
	m, _ = m.Update(tea.WindowSizeMsg{Width: ctx.Width, Height: ctx.Height})
	m, _ = m.Update(m.(*tui.Model).Screen().Init()())
	for _, k := range keys {
		switch k {
		case "tab":
			m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyTab})
		default:
			m, _ = m.Update(tea.KeyPressMsg{Code: rune(k[0]), Text: k})
		}
	}
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.Ascii}
	w.WriteString(m.View().Content)
	return buf.String()
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
					ctx := newContext(t, lang)
					ctx.Width, ctx.Height = size[0], size[1]
					sixWeeks(t, ctx, func(i int) int { return 4 + i%2 })
					out := render(t, ctx, key)
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
	ctx := newContext(t, i18n.EN)
	sixWeeks(t, ctx, calmStress)
	out := ansi.Strip(render(t, ctx, "2"))
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
