package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/common"
	"github.com/debrief-app/debrief/internal/tui/flow"
)

var (
	pgDown   = press(tea.KeyPgDown)
	shiftTab = tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
)

func typeText(a *app, s string) { a.Send(tea.KeyPressMsg{Text: s}) }

func putEntry(t *testing.T, ctx *common.Context, e journal.Entry) {
	t.Helper()
	if err := ctx.Write(func(tx *store.Tx) error { return tx.PutEntry(&e, false) }); err != nil {
		t.Fatal(err)
	}
}

// A whole debrief in both languages: every step, a case through the form,
// a vent kept, an idea for the backlog, and the line for next shift.
func TestFlowWholeDebrief(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			putEntry(t, ctx, journal.Entry{ShiftDate: testToday.AddDays(-1), Shift: "day", Mood: 2, Tomorrow: "先共情"})
			a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
			a.waitFor(ctx.T("tui.last_tomorrow"))
			a.waitFor("先共情")
			a.Send(press(tea.KeyRight)) // shift: evening
			a.Send(tab)
			a.Type("5") // mood
			a.Send(tab)
			a.Type("4") // energy
			a.Send(tab)
			a.Type("2") // stress
			a.Send(tab)
			a.Type("22:00")
			a.Send(enter)
			a.Type("06:30")
			a.Send(enter)
			a.Type("61")
			a.Send(enter)
			a.Type("97.5")
			a.Send(enter)
			a.Type("1") // focus done: yes
			a.Send(enter)
			a.waitFor(ctx.T("tui.step.helped.title"))
			typeText(a, "帮一位老人改了收货地址")
			a.Send(pgDown)
			a.waitFor(ctx.T("tui.cases.keys"))
			a.Type("a")
			a.waitFor(ctx.T("tui.f.need"))
			typeText(a, "快递丢件")
			a.Send(tab)
			typeText(a, "物流")
			a.Send(tab)
			a.Type("1") // phone
			a.Send(tab)
			typeText(a, "想知道包裹什么时候到")
			a.Send(tab)
			typeText(a, "先道歉,再查物流")
			a.Send(tab)
			a.Type("1") // resolved
			a.Send(tab)
			typeText(a, "早点联系快递站")
			a.Send(tab)
			a.Type("2") // complaint → praise
			a.Send(tab) // back to the list
			a.waitFor("1. 快递丢件")
			a.Send(tab) // next step: the vent
			a.waitFor(ctx.T("tui.vent.private"))
			a.Send(tea.PasteMsg{Content: "今天被骂了半小时。\n但我忍住了。"})
			a.Send(pgDown)
			a.waitFor(ctx.T("tui.step.ideas.title"))
			typeText(a, "订单详情页显示快递员电话")
			a.Send(enter)
			a.waitFor("订单详情页显示快递员电话")
			a.Send(pgDown)
			a.waitFor(ctx.T("tui.step.tomorrow.title"))
			typeText(a, "下班前整理知识库")
			a.Send(enter)
			a.waitFor(ctx.T("tui.review.keys"))
			a.Send(enter)
			a.waitFor(ctx.T("tui.saved.keys"))
			a.quit()

			e, ok := readEntry(t, ctx, testToday)
			if !ok {
				t.Fatal("nothing saved")
			}
			if e.Shift != "evening" || e.Mood != 5 || e.Energy != 4 || e.Stress != 2 || e.StartedAt != "22:00" ||
				e.EndedAt != "06:30" || e.Contacts == nil || *e.Contacts != 61 || e.CSAT == nil || *e.CSAT != 97.5 || e.FocusDone != "yes" {
				t.Fatalf("shift step saved wrong: %+v", e)
			}
			if len(e.Helped) != 1 || e.Helped[0] != "帮一位老人改了收货地址" {
				t.Fatalf("helped %q", e.Helped)
			}
			want := journal.Case{Title: "快递丢件", Category: "物流", Channel: "phone", Need: "想知道包裹什么时候到",
				Action: "先道歉,再查物流", Outcome: "resolved", Better: "早点联系快递站", Praise: true}
			if len(e.Cases) != 1 || e.Cases[0] != want {
				t.Fatalf("cases %+v", e.Cases)
			}
			if e.Vent != "今天被骂了半小时。\n但我忍住了。" || e.Tomorrow != "下班前整理知识库" {
				t.Fatalf("vent %q tomorrow %q", e.Vent, e.Tomorrow)
			}
			var ideas []journal.Idea
			_ = ctx.Read(func(tx *store.Tx) error { var err error; ideas, err = tx.Ideas(); return err })
			if len(ideas) != 1 || ideas[0].Text != "订单详情页显示快递员电话" || ideas[0].Status != journal.IdeaNew ||
				ideas[0].ShiftDate != testToday || ideas[0].Kind != "product" {
				t.Fatalf("ideas %+v", ideas)
			}
		})
	}
}

// ctrl+s works from any step; without a mood it says so and saves nothing,
// and once a mood is chosen it saves.
func TestCtrlSFromAnyStepAsksForMoodFirst(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
	a.waitFor(ctx.T("tui.step.shift.title"))
	a.Send(pgDown)
	a.Send(pgDown)
	a.Send(pgDown) // the vent
	a.waitFor(ctx.T("tui.vent.private"))
	typeText(a, "a hard day")
	a.Send(ctrlS)
	a.waitFor(ctx.T("tui.need_mood"))
	if _, ok := readEntry(t, ctx, testToday); ok {
		t.Fatal("saved without a mood")
	}
	a.Type("3") // focus is on the mood now
	a.Send(ctrlS)
	a.waitFor(ctx.T("tui.saved.keys"))
	a.quit()
	e, ok := readEntry(t, ctx, testToday)
	if !ok || e.Mood != 3 || e.Vent != "a hard day" {
		t.Fatalf("saved %+v (ok %v)", e, ok)
	}
}

// esc goes back a step; on the first step it goes home with the draft kept.
func TestEscGoesBack(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
	a.waitFor(ctx.T("tui.step.shift.title"))
	a.Send(tab)
	a.Type("2")
	a.Send(pgDown)
	a.Send(pgDown)
	a.waitFor(ctx.T("tui.cases.keys"))
	a.Send(esc)
	a.waitFor(ctx.T("tui.step.helped.title"))
	a.Send(esc)
	a.waitFor(ctx.T("tui.step.shift.title"))
	a.Send(esc)
	a.waitFor(ctx.T("tui.home.key_history"))
	a.quit()
	dr, ok := readDraft(t, ctx, testToday)
	if !ok || dr.Entry.Mood != 2 {
		t.Fatalf("draft %+v (ok %v)", dr, ok)
	}
}

// ctrl+c in the middle keeps the draft; starting again offers it and the
// text comes back intact, on the step it was left on.
func TestDraftRestore(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
	a.waitFor(ctx.T("tui.step.shift.title"))
	a.Send(tab)
	a.Type("4")
	a.Send(pgDown)
	a.waitFor(ctx.T("tui.step.helped.title"))
	typeText(a, "帮客户找回了账号")
	a.Send(enter)
	a.Send(tea.PasteMsg{Content: "耐心解释了运费规则"})
	a.waitFor("耐心解释了运费规则")
	a.quit()

	dr, ok := readDraft(t, ctx, testToday)
	if !ok || dr.Step != 1 || len(dr.Entry.Helped) != 2 {
		t.Fatalf("draft after ctrl+c: %+v (ok %v)", dr, ok)
	}

	b := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
	b.waitFor(ctx.T("tui.resume.title"))
	b.Send(enter)
	b.waitFor("帮客户找回了账号")
	b.waitFor("耐心解释了运费规则")
	b.Send(ctrlS)
	b.waitFor(ctx.T("tui.saved.keys"))
	b.quit()
	e, ok := readEntry(t, ctx, testToday)
	if !ok || e.Mood != 4 || len(e.Helped) != 2 || e.Helped[0] != "帮客户找回了账号" || e.Helped[1] != "耐心解释了运费规则" {
		t.Fatalf("entry %+v", e)
	}
	if _, ok := readDraft(t, ctx, testToday); ok {
		t.Fatal("draft left after saving")
	}
}

// Starting over drops the draft's text but keeps the shift's jots.
func TestDraftStartOverKeepsJots(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	err := ctx.Write(func(tx *store.Tx) error {
		if err := tx.AddJot(testToday, &journal.Jot{At: fixedNow(), Text: "客户要快递员电话"}); err != nil {
			return err
		}
		return tx.PutDraft(&journal.Draft{Entry: journal.Entry{ShiftDate: testToday, Mood: 2, Vent: "old"}, Step: 3})
	})
	if err != nil {
		t.Fatal(err)
	}
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
	a.waitFor(ctx.T("tui.resume.title"))
	a.Type("n")
	a.waitFor(ctx.T("tui.step.shift.title"))
	a.Send(tab)
	a.Type("3")
	a.Send(pgDown)
	a.Send(pgDown)
	a.waitFor("客户要快递员电话")
	a.Type("j") // a case from the jot
	a.waitFor(ctx.T("tui.f.need"))
	a.Send(ctrlS)
	a.waitFor(ctx.T("tui.saved.keys"))
	a.quit()
	e, _ := readEntry(t, ctx, testToday)
	if e.Vent != "" || e.Mood != 3 || len(e.Cases) != 1 || e.Cases[0].Title != "客户要快递员电话" {
		t.Fatalf("entry %+v", e)
	}
}

// "Let it go": the vent was written, and is not saved.
func TestLetItGo(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
	a.waitFor(ctx.T("tui.step.shift.title"))
	a.Send(tab)
	a.Type("1")
	for range 3 {
		a.Send(pgDown)
	}
	a.waitFor(ctx.T("tui.vent.private"))
	typeText(a, "PRIVATE-CANARY 这个客户太过分了")
	a.Send(tab)
	a.Send(press(tea.KeyRight)) // let it go
	a.Send(pgDown)
	a.Send(pgDown)
	a.Send(pgDown)
	a.waitFor(ctx.T("tui.vent.will_letgo"))
	a.Send(enter)
	a.waitFor(ctx.T("tui.saved.keys"))
	a.quit()
	e, ok := readEntry(t, ctx, testToday)
	if !ok || e.Vent != "" {
		t.Fatalf("vent kept: %q (ok %v)", e.Vent, ok)
	}
}

// A save that fails (journal locked by another process, disk full) shows
// the error, keeps the text, and a retry works.
func TestSaveFailureKeepsTextAndRetryWorks(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	ctx.StoreOpt.Timeout = 50e6
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
	a.waitFor(ctx.T("tui.step.shift.title"))
	a.Send(tab)
	a.Type("4")
	a.Send(pgDown)
	typeText(a, "帮用户退了款")
	a.waitFor("帮用户退了款")

	// Another process holds the journal.
	held, err := store.Open(ctx.Paths.DB, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a.Send(ctrlS)
	a.waitFor(ctx.T("err.locked"))
	a.waitFor("帮用户退了款")
	held.Close()

	// The disk is full: the journal may not grow.
	fi, err := os.Stat(ctx.Paths.DB)
	if err != nil {
		t.Fatal(err)
	}
	ctx.StoreOpt.MaxSize = int(fi.Size())
	typeText(a, strings.Repeat("很长的一段话", 2000))
	a.Send(ctrlS)
	a.waitFor(ctx.T("err.full"))

	ctx.StoreOpt.MaxSize = 0
	a.Send(ctrlS)
	a.waitFor(ctx.T("tui.saved.keys"))
	a.quit()
	e, ok := readEntry(t, ctx, testToday)
	if !ok || !strings.HasPrefix(e.Helped[0], "帮用户退了款很长的一段话") {
		t.Fatalf("entry %+v", e)
	}
}

// Editing a saved entry opens it prefilled and keeps when it was created.
func TestEditPrefilled(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	d := testToday.AddDays(-2)
	putEntry(t, ctx, journal.Entry{ShiftDate: d, Shift: "night", Mood: 2, Helped: []string{"找回订单"},
		Cases: []journal.Case{{Title: "退款", Outcome: "pending"}}, Vent: "累", Tags: []string{"peak"}})
	before, _ := readEntry(t, ctx, d)
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow, Date: d, Edit: true})
	a.waitFor(ctx.T("tui.editing", d))
	a.Send(tab)
	a.Type("4")
	a.Send(pgDown)
	a.waitFor("找回订单")
	a.Send(enter)
	typeText(a, "又帮了一位")
	a.Send(ctrlS)
	a.waitFor(ctx.T("tui.saved.keys"))
	a.quit()
	e, _ := readEntry(t, ctx, d)
	if e.Mood != 4 || e.Shift != "night" || len(e.Helped) != 2 || e.Helped[1] != "又帮了一位" ||
		len(e.Cases) != 1 || e.Cases[0].Title != "退款" || e.Vent != "累" || len(e.Tags) != 1 || !e.CreatedAt.Equal(before.CreatedAt) {
		t.Fatalf("edited entry %+v", e)
	}
}

// A long Chinese paragraph wraps inside the window, never past it, and is
// saved exactly as pasted.
func TestLongChineseParagraphWraps(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	ctx.Width, ctx.Height = 60, 20
	para := strings.Repeat("客户说快递三天没动,我先道歉,再查物流,“马上帮您催”……", 8)
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
	a.waitFor(ctx.T("tui.step.shift.title"))
	a.Send(tab)
	a.Type("3")
	for range 3 {
		a.Send(pgDown)
	}
	a.waitFor(ctx.T("tui.vent.private"))
	a.Send(tea.PasteMsg{Content: para})
	a.waitFor("……")
	for _, line := range strings.Split(a.p.screen(), "\n") {
		if w := ansiWidth(line); w > 60 {
			t.Fatalf("a line is %d cells wide in a 60-cell window: %q", w, line)
		}
	}
	a.Send(ctrlS)
	a.waitFor(ctx.T("tui.saved.keys"))
	a.quit()
	if e, _ := readEntry(t, ctx, testToday); e.Vent != para {
		t.Fatalf("vent changed:\n%q\nwant\n%q", e.Vent, para)
	}
}

// ctrl+e writes the vent in $EDITOR through a 0600 file in the private
// directory, removed afterwards.
func TestEditorForTheVent(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	dir := t.TempDir()
	script := filepath.Join(dir, "editor.sh")
	modeFile := filepath.Join(dir, "mode")
	os.WriteFile(script, []byte("#!/bin/sh\nstat -c %a \"$1\" > "+modeFile+"\nprintf '\\n写在编辑器里' >> \"$1\"\n"), 0o755)
	ctx.Getenv = func(k string) string {
		if k == "EDITOR" {
			return script
		}
		return ""
	}
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
	a.waitFor(ctx.T("tui.step.shift.title"))
	a.Send(tab)
	a.Type("3")
	for range 3 {
		a.Send(pgDown)
	}
	a.waitFor(ctx.T("tui.vent.private"))
	typeText(a, "先写一句")
	a.Send(tea.KeyPressMsg{Code: 'e', Mod: tea.ModCtrl})
	a.waitFor("写在编辑器里")
	a.Send(ctrlS)
	a.waitFor(ctx.T("tui.saved.keys"))
	a.quit()
	if e, _ := readEntry(t, ctx, testToday); e.Vent != "先写一句\n写在编辑器里" {
		t.Fatalf("vent %q", e.Vent)
	}
	mode, _ := os.ReadFile(modeFile)
	if strings.TrimSpace(string(mode)) != "600" {
		t.Fatalf("the editor's file was %q, want 600", mode)
	}
	tmp := filepath.Join(ctx.Paths.DataDir, "tmp")
	fi, err := os.Stat(tmp)
	if err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("private dir: %v %v", fi, err)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Fatalf("editor files left behind: %v", left)
	}
}

// A pause in typing writes the draft while the app is still open.
func TestIdleTypingSavesDraft(t *testing.T) {
	old := flow.IdleSave
	flow.IdleSave = 30 * time.Millisecond
	t.Cleanup(func() { flow.IdleSave = old })
	ctx := newContext(t, i18n.ZH)
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
	a.waitFor(ctx.T("tui.step.shift.title"))
	a.Send(pgDown)
	typeText(a, "帮客户查到了快递")
	deadline := time.Now().Add(5 * time.Second)
	for {
		if dr, ok := readDraft(t, ctx, testToday); ok && len(dr.Entry.Helped) == 1 && dr.Entry.Helped[0] == "帮客户查到了快递" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no draft after a pause in typing")
		}
		time.Sleep(10 * time.Millisecond)
	}
	a.quit()
}

// Resizing re-lays out: after a smaller window every line fits it, and a
// window too small says so.
func TestResize(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
	a.waitFor(ctx.T("tui.step.shift.title"))
	a.Send(pgDown)
	typeText(a, strings.Repeat("客户很着急,我先安抚情绪。", 6))
	a.Send(tea.WindowSizeMsg{Width: 60, Height: 20})
	a.waitFor("客户很着急")
	deadline := time.Now().Add(5 * time.Second)
	for {
		wide := ""
		for _, l := range strings.Split(a.p.screen(), "\n") {
			if ansiWidth(l) > 60 {
				wide = l
			}
		}
		if wide == "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("line wider than 60 after resizing: %q", wide)
		}
		time.Sleep(10 * time.Millisecond)
	}
	a.Send(tea.WindowSizeMsg{Width: 30, Height: 8})
	a.waitFor(ctx.T("tui.too_small", 30, 8, MinWidth, MinHeight)[:20])
	a.quit()
}

// ? shows every key and hides them again; while typing, ? is text.
func TestFullHelp(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenHome})
	a.waitFor(ctx.T("tui.home.recent")[:0] + ctx.T("tui.home.key_history"))
	a.Type("?")
	a.waitFor(ctx.T("tui.key.back"))
	a.Type("?")
	a.Type("n")
	a.waitFor(ctx.T("tui.step.shift.title"))
	a.Send(pgDown)
	a.Type("why?")
	a.Send(ctrlS)
	a.quit()
	dr, ok := readDraft(t, ctx, testToday)
	if !ok || len(dr.Entry.Helped) != 1 || dr.Entry.Helped[0] != "why?" {
		t.Fatalf("draft %+v", dr)
	}
}

// Saving shows the streak ("5 shifts in a row": weekends are not scheduled
// and do not break it) and the mood against the shifts before; home then
// shows the same streak.
func TestSavedShowsStreakAndMood(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	for _, e := range []struct {
		d    int
		mood int
	}{{-6, 2}, {-5, 2}, {-2, 3}, {-1, 3}} { // Thu, Fri, Mon, Tue before Wednesday
		putEntry(t, ctx, journal.Entry{ShiftDate: testToday.AddDays(e.d), Mood: e.mood})
	}
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
	a.waitFor(ctx.T("tui.step.shift.title"))
	a.Send(tab)
	a.Type("5")
	a.Send(ctrlS)
	a.waitFor(ctx.T("tui.saved.streak", 5))
	a.waitFor(ctx.T("tui.saved.mood_up", 5, ctx.T("mood.5"), "2.5", 4))
	a.Type("q")
	a.waitFor(ctx.T("tui.home.logged", testToday))
	a.waitFor("5 shifts in a row")
	a.quit()
}

// A draft write refused (the journal locked by another process) is made
// again later: leaving with ctrl+c still keeps the text.
func TestRefusedDraftIsWrittenLater(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	ctx.StoreOpt.Timeout = 50 * time.Millisecond
	a := startApp(t, ctx, common.OpenMsg{Screen: common.ScreenFlow})
	a.waitFor(ctx.T("tui.step.shift.title"))
	held, err := store.Open(ctx.Paths.DB, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a.Send(tab)
	a.Type("2")
	a.Send(pgDown) // a step change writes the draft: refused
	a.waitFor(ctx.T("tui.draft_failed", ctx.T("err.locked")))
	held.Close()
	a.quit()
	if dr, ok := readDraft(t, ctx, testToday); !ok || dr.Entry.Mood != 2 {
		t.Fatalf("draft %+v (ok %v)", dr, ok)
	}
}
