package ideas_test

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

// startApp runs the app on home at 100×40, as a person starts it.
func startApp(t *testing.T, ctx *app.Context) *tuitest.App {
	return tuitest.Start(t, tui.New(ctx, app.OpenMsg{Screen: app.ScreenHome}), 100, 40)
}

func backlog(t *testing.T, ctx *app.Context) {
	t.Helper()
	tuitest.Write(t, ctx, func(tx *store.Tx) error {
		for _, i := range []journal.Idea{
			{ID: 1, ShiftDate: 20261101, Kind: "product", Text: "订单页显示快递员电话", Status: "adopted", Impact: "物流咨询减少 30%"},
			{ID: 2, ShiftDate: 20261120, Kind: "process", Text: "夜班交接单", Status: "new"},
			{ID: 3, ShiftDate: 20261010, Kind: "tooling", Text: "Saved replies by situation", Status: "declined"},
		} {
			if err := tx.PutIdea(&i, false); err != nil {
				return err
			}
		}
		return nil
	})
}

func idea(t *testing.T, ctx *app.Context, id uint64) journal.Idea {
	t.Helper()
	var i journal.Idea
	tuitest.Read(t, ctx, func(tx *store.Tx) error { var err error; i, _, err = tx.Idea(id); return err })
	return i
}

// The Ideas screen in the real app, both languages: i on home opens the
// backlog (moving ideas first, with age); → moves the selected idea new →
// shared → adopted; e notes its impact in Chinese; f filters by status.
func TestIdeasInTheApp(t *testing.T) {
	for _, tt := range []struct {
		lang                                i18n.Lang
		home, list, shared, adopted, impact []string
		filterAll, filterNew, none          []string
	}{
		{lang: i18n.EN, home: []string{"i  the ideas backlog"},
			list:      []string{"› #2   new      5d     process   夜班交接单", "#1   adopted  24d    product   订单页显示快递员电话", "impact: 物流咨询减少 30%", "#3   declined 46d"},
			shared:    []string{"idea #2: new → shared"},
			adopted:   []string{"idea #2: shared → adopted"},
			impact:    []string{"idea #2 impact: 交接遗漏少了一半", "impact: 交接遗漏少了一半"},
			filterNew: []string{"No ideas with status new"}},
		{lang: i18n.ZH, home: []string{"i  改进建议清单"},
			list:      []string{"› #2   新提出   5天    流程      夜班交接单", "#1   已采纳   24天   产品      订单页显示快递员电话", "效果：物流咨询减少 30%"},
			shared:    []string{"建议 #2：新提出 → 已反馈"},
			adopted:   []string{"建议 #2：已反馈 → 已采纳"},
			impact:    []string{"建议 #2 的效果：交接遗漏少了一半"},
			filterNew: []string{"没有状态为“新提出”的建议。"}},
	} {
		t.Run(string(tt.lang), func(t *testing.T) {
			ctx := tuitest.NewContext(t, tt.lang)
			backlog(t, ctx)
			a := startApp(t, ctx)
			a.WaitFor(tt.home...)
			a.Keys("i")
			a.WaitFor(tt.list...)
			a.Keys("right")
			a.WaitFor(tt.shared...)
			if i := idea(t, ctx, 2); i.Status != "shared" {
				t.Fatalf("idea 2 is %s", i.Status)
			}
			a.Keys("right")
			a.WaitFor(tt.adopted...)
			a.Keys("e")
			a.Type("交接遗漏少了一半")
			a.Keys("enter")
			a.WaitFor(tt.impact...)
			if i := idea(t, ctx, 2); i.Status != "adopted" || i.Impact != "交接遗漏少了一半" {
				t.Fatalf("idea 2: %+v", i)
			}
			a.Keys("f") // new
			a.WaitFor(tt.filterNew...)
			a.Keys("esc")
			a.WaitFor(tt.home...)
			a.Quit()
		})
	}
}

// x declines, ← moves back; nothing else changes.
func TestIdeasDeclineAndBack(t *testing.T) {
	ctx := tuitest.NewContext(t, i18n.EN)
	backlog(t, ctx)
	a := startApp(t, ctx)
	a.Keys("i")
	a.WaitFor("› #2")
	a.Keys("x")
	a.WaitFor("idea #2: new → declined")
	a.Keys("left")
	a.WaitFor("idea #2: declined → shared")
	if i := idea(t, ctx, 2); i.Status != "shared" || i.Text != "夜班交接单" {
		t.Errorf("idea 2: %+v", i)
	}
	if i := idea(t, ctx, 1); i.Status != "adopted" || i.Impact != "物流咨询减少 30%" {
		t.Errorf("idea 1 changed: %+v", i)
	}
	a.Quit()
}

// A long idea opens whole with enter: every word of it, where it was
// shared (debrief ideas --with), and its way so far — the shift it was raised on and each change of status
// with its date and time (kept by the store as the idea moves, here moved
// in the reader itself). esc closes it.
func TestAnIdeaOpensWhole(t *testing.T) {
	long := strings.Repeat("夜班交接时，把还没回复的客户、承诺了回电的客户和需要跟进的工单写在交接单的一栏里，", 4) + "这样早班的同事一眼就能看到。"
	for _, tt := range []struct {
		lang                              i18n.Lang
		way, raised, moved, close, shared string
	}{
		{i18n.ZH, "经过", "在这个班次提出（5天前）", "2026-11-25 18:30  → 已反馈", "› #2", "分享给：周会"},
		{i18n.EN, "Its way so far", "raised on this shift (5d ago)", "2026-11-25 18:30  → shared", "› #2", "Shared with: 周会"},
	} {
		t.Run(string(tt.lang), func(t *testing.T) {
			ctx := tuitest.NewContext(t, tt.lang)
			tuitest.Write(t, ctx, func(tx *store.Tx) error {
				return tx.PutIdea(&journal.Idea{ID: 2, ShiftDate: 20261120, Kind: "process", Text: long, Status: "new", SharedWith: "周会"}, false)
			})
			a := tuitest.Start(t, tui.New(ctx, app.OpenMsg{Screen: "ideas"}), 80, 24)
			s := a.WaitFor("› #2")
			if strings.Contains(unwrap(s), unwrap(long)) {
				t.Fatal("the list already shows the whole idea: the test says nothing")
			}
			a.Keys("enter")
			s = a.WaitFor(tt.way, "2026-11-20", tt.raised, tt.shared)
			if !strings.Contains(unwrap(s), unwrap(long)) {
				t.Fatalf("the idea is not whole:\n%s", s)
			}
			a.Keys("right")
			a.WaitFor(tt.moved)
			if i := idea(t, ctx, 2); len(i.History) != 1 || i.History[0].Status != "shared" || !i.History[0].At.Equal(tuitest.FixedNow()) {
				t.Fatalf("history %+v", i.History)
			}
			a.Keys("esc")
			a.WaitFor(tt.close)
			a.WaitGone(tt.raised)
			a.Quit()
		})
	}
}

// unwrap is text as one line without its wrapping.
func unwrap(s string) string { return strings.Join(strings.Fields(s), "") }

// A declined idea opened whole says why it was declined (debrief ideas
// --why), in the person's language.
func TestADeclinedIdeaSaysWhy(t *testing.T) {
	for _, tt := range []struct {
		lang i18n.Lang
		why  string
	}{{i18n.ZH, "未采纳的原因：系统明年换"}, {i18n.EN, "Declined because: 系统明年换"}} {
		t.Run(string(tt.lang), func(t *testing.T) {
			ctx := tuitest.NewContext(t, tt.lang)
			tuitest.Write(t, ctx, func(tx *store.Tx) error {
				return tx.PutIdea(&journal.Idea{ID: 4, ShiftDate: 20261120, Kind: "tooling", Text: "工单系统加快捷回复", Status: "declined", DeclinedWhy: "系统明年换"}, false)
			})
			a := tuitest.Start(t, tui.New(ctx, app.OpenMsg{Screen: "ideas"}), 80, 24)
			a.WaitFor("› #4")
			a.Keys("enter")
			a.WaitFor(tt.why)
			a.Quit()
		})
	}
}
