package tui

import (
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/ideas"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

// x on a case asks first, the same way History asks before a delete: n
// keeps the case, y removes it, and the draft says so.
func TestRemovingACaseAsksFirst(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
			a.WaitFor(ctx.T("tui.step.shift.title"))
			a.Keys("pgdown", "pgdown")
			a.WaitFor(ctx.T("tui.step.cases.hint"))
			a.Type("a")
			a.Commit("快递丢件")
			a.Keys("tab")
			a.Commit("物流")
			a.Keys("esc")
			a.WaitFor("1. 快递丢件")
			a.Type("x")
			q := ctx.T("tui.ask.remove_case", 1, "快递丢件")
			a.WaitFor(q, ctx.T("tui.key.yes"), ctx.T("tui.key.no"))
			a.Type("a") // any other key waits for the answer
			a.Type("n")
			a.WaitGone(q)
			if !strings.Contains(a.Screen(), "1. 快递丢件") {
				t.Fatalf("n removed the case:\n%s", a.Screen())
			}
			a.Type("x")
			a.WaitFor(q)
			a.Keys("esc")
			a.WaitGone(q)
			a.Type("x")
			a.WaitFor(q)
			a.Type("y")
			a.WaitFor(ctx.T("tui.cases.none"))
			a.Keys("pgdown") // a step change writes the draft
			a.WaitFor(ctx.T("tui.step.vent.title"))
			a.Quit()
			dr, ok := tuitest.Draft(t, ctx, testToday)
			if !ok || len(dr.Entry.Cases) != 0 {
				t.Fatalf("the draft still has cases: %+v", dr.Entry.Cases)
			}
		})
	}
}

// x on an idea of the debrief asks too.
func TestRemovingAnIdeaAsksFirst(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("pgdown", "pgdown", "pgdown", "pgdown")
	a.WaitFor(ctx.T("tui.step.ideas.title"))
	a.Commit("订单页显示快递员电话")
	a.Keys("enter", "tab", "tab")
	a.Type("x")
	q := ctx.T("tui.ask.remove_idea", "订单页显示快递员电话")
	a.WaitFor(q)
	a.Type("n")
	a.WaitGone(q)
	a.Type("x")
	a.WaitFor(q)
	a.Type("y")
	a.WaitFor(ctx.T("tui.ideas.none"))
	a.Quit()
}

// On the Ideas screen, declining an adopted idea asks and keeps its impact
// note; declining a new one is one key (→ brings it back).
func TestDecliningAnAdoptedIdeaAsks(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	tuitest.Write(t, ctx, func(tx *store.Tx) error {
		if err := tx.PutIdea(&journal.Idea{ShiftDate: 20261120, Kind: "process", Text: "夜班交接单", Status: "adopted", Impact: "交接漏单少了一半"}, false); err != nil {
			return err
		}
		return tx.PutIdea(&journal.Idea{ShiftDate: 20261121, Kind: "product", Text: "订单页显示快递员电话", Status: "new"}, false)
	})
	ideaStatus := func(text string) journal.Idea {
		t.Helper()
		var out journal.Idea
		tuitest.Write(t, ctx, func(tx *store.Tx) error {
			all, err := tx.Ideas()
			for _, i := range all {
				if i.Text == text {
					out = i
				}
			}
			return err
		})
		return out
	}
	a := startApp(t, ctx, app.OpenMsg{Screen: ideas.Name})
	a.WaitFor("夜班交接单", "订单页显示快递员电话")
	// The new idea is first; declined, it moves to the end, the selection
	// with it.
	a.Type("x")
	a.WaitFor(ctx.T("ideas.moved", 2, ctx.T("status.new"), ctx.T("status.declined")))
	a.Keys("up")
	a.Type("x")
	q := ctx.T("tui.ask.decline_idea", 1)
	a.WaitFor(q)
	a.Type("n")
	a.WaitGone(q)
	if got := ideaStatus("夜班交接单"); got.Status != journal.IdeaAdopted {
		t.Fatalf("n declined it: %+v", got)
	}
	a.Type("x")
	a.WaitFor(q)
	a.Type("y")
	a.WaitFor(ctx.T("ideas.moved", 1, ctx.T("status.adopted"), ctx.T("status.declined")))
	a.Quit()
	if got := ideaStatus("夜班交接单"); got.Status != journal.IdeaDeclined || got.Impact != "交接漏单少了一半" {
		t.Fatalf("after yes: %+v", got)
	}
}
