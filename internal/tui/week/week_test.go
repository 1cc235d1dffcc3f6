package week_test

import (
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

var ptr = tuitest.Ptr[int]

func ptrF(v float64) *float64 { return &v }

// startApp runs the app on home, as a person starts it.
func startApp(t *testing.T, ctx *app.Context, w, h int) *tuitest.App {
	return tuitest.Start(t, tui.New(ctx, app.OpenMsg{Screen: app.ScreenHome}), w, h)
}

// twoWeeks: last week (W47) two shifts, mood 2, with a review whose focus
// is "睡前不看工作群"; this week (W48) Monday and Tuesday, mood 3 and 4.
func twoWeeks(t *testing.T, ctx *app.Context) {
	t.Helper()
	tuitest.Write(t, ctx, func(tx *store.Tx) error {
		for _, e := range []journal.Entry{
			{ShiftDate: 20261117, Shift: "day", Mood: 2, Contacts: ptr(30), Vent: "PRIVATE-CANARY"},
			{ShiftDate: 20261119, Shift: "day", Mood: 2, Contacts: ptr(30), Vent: "PRIVATE-CANARY"},
			{ShiftDate: 20261123, Shift: "day", Mood: 3, Contacts: ptr(50), CSAT: ptrF(95.0), Helped: []string{"帮奶奶改好了收货地址"},
				Cases:    []journal.Case{{Title: "退款没到账", Category: "退款", Outcome: "resolved", Better: "先查银行流水", Praise: true}},
				Tomorrow: "慢一点说话", Vent: "PRIVATE-CANARY"},
			{ShiftDate: 20261124, Shift: "day", Mood: 4, Contacts: ptr(60), FocusDone: "yes", Vent: "PRIVATE-CANARY"},
		} {
			if err := tx.PutEntry(&e, false); err != nil {
				return err
			}
		}
		return tx.PutReview(&journal.WeeklyReview{Week: journal.Week{Year: 2026, Num: 47}, WentWell: "耐心", Focus: "睡前不看工作群"}, false)
	})
}

// The Week screen in the real app, both languages: w on home opens this
// week with last week's focus on top and the numbers of `debrief week`;
// r writes the weekly review in Chinese, which is saved for the week; the
// arrows go to last week; the vent never shows.
func TestWeekInTheApp(t *testing.T) {
	for _, tt := range []struct {
		lang                                         i18n.Lang
		home, head, focus, shifts, mood, lesson, ask []string
		saved, last                                  []string
	}{
		{lang: i18n.EN, home: []string{"w  the week and the weekly review", "i  the ideas backlog"},
			head: []string{"2026-W48 · 2026-11-23 to 2026-11-29", "this week"}, focus: []string{"Last week's focus: 睡前不看工作群"},
			shifts: []string{"Shifts", "2 of 3 scheduled"}, mood: []string{"3.5 (last week 2.0, +1.50) ↑ up", "110 · CSAT 95.0%"},
			lesson: []string{"11-23  退款没到账: 先查银行流水", "11-23  next shift: 慢一点说话 (done)", "Not written yet. Press r"},
			ask:    []string{"Weekly review · 2026-W48", "What went well this week?", "My focus for next week"},
			saved:  []string{"Weekly review saved", "Went well: 先听完顾客的话", "Focus for next week: 按时吃午饭"},
			last:   []string{"2026-W47 · 2026-11-16 to 2026-11-22", "Went well: 耐心"}},
		{lang: i18n.ZH, home: []string{"w  本周小结和每周回顾", "i  改进建议清单"},
			head: []string{"2026-W48 · 2026-11-23 至 2026-11-29", "本周"}, focus: []string{"上周定下的重点：睡前不看工作群"},
			shifts: []string{"班次", "2 个，排班 3 天"}, mood: []string{"3.5（上周 2.0，变化 +1.50）↑ 上升"},
			lesson: []string{"11-23  退款没到账：先查银行流水", "下个班次：慢一点说话（做到了）", "还没有写。按 r 回答三个问题。"},
			ask:    []string{"每周回顾 · 2026-W48", "这周做得好的是什么？", "下周的重点"},
			saved:  []string{"每周回顾已保存", "做得好的：先听完顾客的话", "下周重点：按时吃午饭"},
			last:   []string{"2026-W47 · 2026-11-16 至 2026-11-22", "做得好的：耐心"}},
	} {
		t.Run(string(tt.lang), func(t *testing.T) {
			ctx := tuitest.NewContext(t, tt.lang)
			twoWeeks(t, ctx)
			a := startApp(t, ctx, 100, 40)
			a.WaitFor(tt.home...)
			a.Keys("w")
			a.WaitFor(tt.head...)
			a.WaitFor(tt.focus...)
			a.WaitFor(tt.shifts...)
			a.WaitFor(tt.mood...)
			s := a.WaitFor(tt.lesson...)
			if strings.Contains(s, "PRIVATE-CANARY") {
				t.Fatal("the vent is on the Week screen")
			}
			a.Keys("r")
			a.WaitFor(tt.ask...)
			a.Type("先听完顾客的话")
			a.Keys("tab")
			a.Keys("tab")
			a.Type("按时吃午饭")
			a.Keys("ctrl+s")
			a.WaitFor(tt.saved...)
			var r journal.WeeklyReview
			tuitest.Read(t, ctx, func(tx *store.Tx) error {
				var err error
				r, _, err = tx.Review(journal.Week{Year: 2026, Num: 48})
				return err
			})
			if r.WentWell != "先听完顾客的话" || r.ToChange != "" || r.Focus != "按时吃午饭" {
				t.Errorf("saved review %+v", r)
			}
			a.Keys("left")
			a.WaitFor(tt.last...)
			a.Keys("esc")
			a.WaitFor(tt.home...)
			a.Quit()
		})
	}
}

// Typing a review and leaving with ctrl+c keeps it: the root runs the
// screen's Leave before the app ends.
func TestWeekReviewKeptOnQuit(t *testing.T) {
	ctx := tuitest.NewContext(t, i18n.ZH)
	twoWeeks(t, ctx)
	a := startApp(t, ctx, 100, 40)
	a.Keys("w")
	a.WaitFor("2026-W48")
	a.Keys("r")
	a.WaitFor("这周做得好的是什么？")
	a.Type("没有和顾客顶嘴")
	a.Quit()
	var r journal.WeeklyReview
	tuitest.Read(t, ctx, func(tx *store.Tx) error { r, _, _ = tx.Review(journal.Week{Year: 2026, Num: 48}); return nil })
	if r.WentWell != "没有和顾客顶嘴" {
		t.Errorf("review after ctrl+c: %+v", r)
	}
}

// In the smallest window the app allows, the form scrolls so the focused
// question and its answer stay on screen.
func TestWeekReviewInASmallWindow(t *testing.T) {
	ctx := tuitest.NewContext(t, i18n.ZH)
	twoWeeks(t, ctx)
	a := startApp(t, ctx, 50, 14)
	a.Keys("w")
	a.WaitFor("2026-W48")
	a.Keys("r")
	a.WaitFor("这周做得好的是什么？")
	a.Keys("tab")
	a.Keys("tab")
	a.Type("少熬夜")
	a.WaitFor("下周的重点", "少熬夜")
	a.Keys("ctrl+s")
	a.WaitFor("每周回顾已保存")
	a.Quit()
}
