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
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/flow"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

// A whole debrief in both languages: every step, a case through the form,
// a vent kept, an idea for the backlog, and the line for next shift.
func TestFlowWholeDebrief(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			tuitest.PutEntry(t, ctx, journal.Entry{ShiftDate: testToday.AddDays(-1), Shift: "day", Mood: 2, Tomorrow: "先共情"})
			a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
			a.WaitFor(ctx.T("tui.last_tomorrow"))
			a.WaitFor("先共情")
			a.Keys("right") // shift: evening
			a.Keys("tab")
			a.Type("5") // mood
			a.Keys("tab")
			a.Type("4") // energy
			a.Keys("tab")
			a.Type("2") // stress
			a.Keys("tab")
			a.Type("22:00")
			a.Keys("enter")
			a.Type("06:30")
			a.Keys("enter")
			a.Type("61")
			a.Keys("enter")
			a.Type("97.5")
			a.Keys("enter")
			a.Type("1") // focus done: yes
			a.Keys("enter")
			a.WaitFor(ctx.T("tui.step.helped.title"))
			a.Commit("帮一位老人改了收货地址")
			a.Keys("pgdown")
			a.WaitFor(ctx.T("tui.step.cases.hint"))
			a.Type("a")
			a.WaitFor(ctx.T("tui.f.need"))
			a.Commit("快递丢件")
			a.Keys("tab")
			a.Commit("物流")
			a.Keys("tab")
			a.Type("1") // phone
			a.Keys("tab")
			a.Commit("想知道包裹什么时候到")
			a.Keys("tab")
			a.Commit("先道歉,再查物流")
			a.Keys("tab")
			a.Type("1") // resolved
			a.Keys("tab")
			a.Commit("早点联系快递站")
			a.Keys("tab")
			a.Type("2")   // complaint → praise
			a.Keys("tab") // back to the list
			a.WaitFor("1. 快递丢件")
			a.Keys("tab") // next step: the vent
			a.WaitFor(ctx.T("tui.vent.private"))
			a.Paste("今天被骂了半小时。\n但我忍住了。")
			a.Keys("pgdown")
			a.WaitFor(ctx.T("tui.step.ideas.title"))
			a.Commit("订单详情页显示快递员电话")
			a.Keys("enter")
			a.WaitFor("订单详情页显示快递员电话")
			a.Keys("pgdown")
			a.WaitFor(ctx.T("tui.step.tomorrow.title"))
			a.Commit("下班前整理知识库")
			a.Keys("enter")
			a.WaitFor(ctx.T("tui.step.review.title"))
			a.Keys("enter")
			a.WaitFor(ctx.T("tui.saved.keys"))
			a.Quit()

			e, ok := tuitest.Entry(t, ctx, testToday)
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
			tuitest.Read(t, ctx, func(tx *store.Tx) error { var err error; ideas, err = tx.Ideas(); return err })
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
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("pgdown")
	a.Keys("pgdown")
	a.Keys("pgdown") // the vent
	a.WaitFor(ctx.T("tui.vent.private"))
	a.Commit("a hard day")
	a.Keys("ctrl+s")
	a.WaitFor(ctx.T("tui.need_mood"))
	if _, ok := tuitest.Entry(t, ctx, testToday); ok {
		t.Fatal("saved without a mood")
	}
	a.Type("3") // focus is on the mood now
	a.Keys("ctrl+s")
	a.WaitFor(ctx.T("tui.saved.keys"))
	a.Quit()
	e, ok := tuitest.Entry(t, ctx, testToday)
	if !ok || e.Mood != 3 || e.Vent != "a hard day" {
		t.Fatalf("saved %+v (ok %v)", e, ok)
	}
}

// esc goes back a step; on the first step it goes home with the draft kept.
func TestEscGoesBack(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("tab")
	a.Type("2")
	a.Keys("pgdown")
	a.Keys("pgdown")
	a.WaitFor(ctx.T("tui.step.cases.hint"))
	a.Keys("esc")
	a.WaitFor(ctx.T("tui.step.helped.title"))
	a.Keys("esc")
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("esc")
	a.WaitFor(ctx.T("tui.home.key_history"))
	a.Quit()
	dr, ok := tuitest.Draft(t, ctx, testToday)
	if !ok || dr.Entry.Mood != 2 {
		t.Fatalf("draft %+v (ok %v)", dr, ok)
	}
}

// ctrl+c in the middle keeps the draft; starting again offers it and the
// text comes back intact, on the step it was left on.
func TestDraftRestore(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("tab")
	a.Type("4")
	a.Keys("pgdown")
	a.WaitFor(ctx.T("tui.step.helped.title"))
	a.Commit("帮客户找回了账号")
	a.Keys("enter")
	a.Paste("耐心解释了运费规则")
	a.WaitFor("耐心解释了运费规则")
	a.Quit()

	dr, ok := tuitest.Draft(t, ctx, testToday)
	if !ok || dr.Step != 1 || len(dr.Entry.Helped) != 2 {
		t.Fatalf("draft after ctrl+c: %+v (ok %v)", dr, ok)
	}

	b := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	b.WaitFor(ctx.T("tui.resume.title"))
	b.Keys("enter")
	b.WaitFor("帮客户找回了账号")
	b.WaitFor("耐心解释了运费规则")
	b.Keys("ctrl+s")
	b.WaitFor(ctx.T("tui.saved.keys"))
	b.Quit()
	e, ok := tuitest.Entry(t, ctx, testToday)
	if !ok || e.Mood != 4 || len(e.Helped) != 2 || e.Helped[0] != "帮客户找回了账号" || e.Helped[1] != "耐心解释了运费规则" {
		t.Fatalf("entry %+v", e)
	}
	if _, ok := tuitest.Draft(t, ctx, testToday); ok {
		t.Fatal("draft left after saving")
	}
}

// Starting over drops the draft's text but keeps the shift's jots.
func TestDraftStartOverKeepsJots(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	tuitest.Write(t, ctx, func(tx *store.Tx) error {
		if err := tx.AddJot(testToday, &journal.Jot{At: tuitest.FixedNow(), Text: "客户要快递员电话"}); err != nil {
			return err
		}
		return tx.PutDraft(&journal.Draft{Entry: journal.Entry{ShiftDate: testToday, Mood: 2, Vent: "old"}, Step: 3})
	})
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.resume.title"))
	a.Type("n")
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("tab")
	a.Type("3")
	a.Keys("pgdown")
	a.Keys("pgdown")
	a.WaitFor("客户要快递员电话")
	a.Type("j") // a case from the jot
	a.WaitFor(ctx.T("tui.f.need"))
	a.Keys("ctrl+s")
	a.WaitFor(ctx.T("tui.saved.keys"))
	a.Quit()
	e, _ := tuitest.Entry(t, ctx, testToday)
	if e.Vent != "" || e.Mood != 3 || len(e.Cases) != 1 || e.Cases[0].Title != "客户要快递员电话" {
		t.Fatalf("entry %+v", e)
	}
}

// "Let it go": the vent was written, and is not saved.
func TestLetItGo(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("tab")
	a.Type("1")
	for range 3 {
		a.Keys("pgdown")
	}
	a.WaitFor(ctx.T("tui.vent.private"))
	a.Commit("PRIVATE-CANARY 这个客户太过分了")
	a.Keys("tab")
	a.Keys("right") // let it go
	a.Keys("pgdown")
	a.Keys("pgdown")
	a.Keys("pgdown")
	a.WaitFor(ctx.T("tui.vent.will_letgo"))
	a.Keys("enter")
	a.WaitFor(ctx.T("tui.saved.keys"))
	a.Quit()
	e, ok := tuitest.Entry(t, ctx, testToday)
	if !ok || e.Vent != "" {
		t.Fatalf("vent kept: %q (ok %v)", e.Vent, ok)
	}
}

// A save that fails (journal locked by another process, disk full) shows
// the error, keeps the text, and a retry works.
func TestSaveFailureKeepsTextAndRetryWorks(t *testing.T) {
	// No idle draft write: what the journal holds when "the disk is full"
	// must not depend on how fast the machine is.
	old := flow.IdleSave
	flow.IdleSave = time.Hour
	t.Cleanup(func() { flow.IdleSave = old })
	ctx := newContext(t, i18n.ZH)
	ctx.Journal.Options.Timeout = 50e6
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("tab")
	a.Type("4")
	a.Keys("pgdown")
	a.Commit("帮用户退了款")
	a.WaitFor("帮用户退了款")
	// The step change's draft write is done before the journal is held
	// (its answer would otherwise come late and cover the save's).
	a.WaitFor(strings.TrimSpace(ctx.T("tui.draft_saved", "")))

	// Another process holds the journal.
	held, err := store.Open(ctx.Paths.DB, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a.Keys("ctrl+s")
	// The save's own answer (with "try again"), not a step change's draft
	// write that met the lock late: closing the journal before the save
	// has failed would let it succeed.
	a.WaitFor(ctx.T("err.locked"), ctx.T("tui.retry"))
	a.WaitFor("帮用户退了款")
	held.Close()

	// The disk is full: the journal may not grow.
	fi, err := os.Stat(ctx.Paths.DB)
	if err != nil {
		t.Fatal(err)
	}
	ctx.Journal.Options.MaxSize = int(fi.Size())
	a.Commit(strings.Repeat("很长的一段话", 2000))
	a.Keys("ctrl+s")
	a.WaitFor(ctx.T("err.full"), ctx.T("tui.retry"))

	ctx.Journal.Options.MaxSize = 0
	a.Keys("ctrl+s")
	a.WaitFor(ctx.T("tui.saved.keys"))
	a.Quit()
	e, ok := tuitest.Entry(t, ctx, testToday)
	if !ok || !strings.HasPrefix(e.Helped[0], "帮用户退了款很长的一段话") {
		t.Fatalf("entry %+v", e)
	}
}

// Editing a saved entry opens it prefilled and keeps when it was created.
func TestEditPrefilled(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	d := testToday.AddDays(-2)
	tuitest.PutEntry(t, ctx, journal.Entry{ShiftDate: d, Shift: "night", Mood: 2, Helped: []string{"找回订单"},
		Cases: []journal.Case{{Title: "退款", Outcome: "pending"}}, Vent: "累", Tags: []string{"peak"}})
	before, _ := tuitest.Entry(t, ctx, d)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow, Date: d, Edit: true})
	a.WaitFor(ctx.T("tui.editing", d))
	a.Keys("tab")
	a.Type("4")
	a.Keys("pgdown")
	a.WaitFor("找回订单")
	a.Keys("enter")
	a.Commit("又帮了一位")
	a.Keys("ctrl+s")
	a.WaitFor(ctx.T("tui.saved.keys"))
	a.Quit()
	e, _ := tuitest.Entry(t, ctx, d)
	if e.Mood != 4 || e.Shift != "night" || len(e.Helped) != 2 || e.Helped[1] != "又帮了一位" ||
		len(e.Cases) != 1 || e.Cases[0].Title != "退款" || e.Vent != "累" || len(e.Tags) != 1 || !e.CreatedAt.Equal(before.CreatedAt) {
		t.Fatalf("edited entry %+v", e)
	}
}

// A long Chinese paragraph wraps inside the window, never past it, and is
// saved exactly as pasted.
func TestLongChineseParagraphWraps(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	para := strings.Repeat("客户说快递三天没动,我先道歉,再查物流,“马上帮您催”……", 8)
	a := startSized(t, ctx, app.OpenMsg{Screen: app.ScreenFlow}, 60, 20)
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("tab")
	a.Type("3")
	for range 3 {
		a.Keys("pgdown")
	}
	a.WaitFor(ctx.T("tui.vent.private"))
	a.Paste(para)
	a.WaitFor("……")
	for _, line := range strings.Split(a.Screen(), "\n") {
		if w := layout.Width(line); w > 60 {
			t.Fatalf("a line is %d cells wide in a 60-cell window: %q", w, line)
		}
	}
	a.Keys("ctrl+s")
	a.WaitFor(ctx.T("tui.saved.keys"))
	a.Quit()
	if e, _ := tuitest.Entry(t, ctx, testToday); e.Vent != para {
		t.Fatalf("vent changed:\n%q\nwant\n%q", e.Vent, para)
	}
}

// ctrl+e writes the vent in $EDITOR through a 0600 file in the private
// directory, removed afterwards. The file ends with a newline, so a line a
// script appends is a line of its own; that newline is not added to the
// vent.
func TestEditorForTheVent(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	dir := t.TempDir()
	script := filepath.Join(dir, "editor.sh")
	modeFile := filepath.Join(dir, "mode")
	before := filepath.Join(dir, "before")
	os.WriteFile(script, []byte("#!/bin/sh\nstat -c %a \"$1\" > "+modeFile+"\ncp \"$1\" "+before+"\nprintf '写在编辑器里\\n' >> \"$1\"\n"), 0o755)
	ctx.Getenv = func(k string) string {
		if k == "EDITOR" {
			return script
		}
		return ""
	}
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("tab")
	a.Type("3")
	for range 3 {
		a.Keys("pgdown")
	}
	a.WaitFor(ctx.T("tui.vent.private"))
	a.Commit("先写一句")
	a.Keys("ctrl+e")
	a.WaitFor("写在编辑器里")
	a.Keys("ctrl+s")
	a.WaitFor(ctx.T("tui.saved.keys"))
	a.Quit()
	if e, _ := tuitest.Entry(t, ctx, testToday); e.Vent != "先写一句\n写在编辑器里" {
		t.Fatalf("vent %q", e.Vent)
	}
	if b, _ := os.ReadFile(before); string(b) != "先写一句\n" {
		t.Fatalf("the editor got %q, want the text and a newline", b)
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
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("pgdown")
	a.Commit("帮客户查到了快递")
	deadline := time.Now().Add(5 * time.Second)
	for {
		if dr, ok := tuitest.Draft(t, ctx, testToday); ok && len(dr.Entry.Helped) == 1 && dr.Entry.Helped[0] == "帮客户查到了快递" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no draft after a pause in typing")
		}
		time.Sleep(10 * time.Millisecond)
	}
	a.Quit()
}

// Resizing re-lays out: after a smaller window every line fits it, and a
// window too small says so.
func TestResize(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("pgdown")
	a.Commit(strings.Repeat("客户很着急,我先安抚情绪。", 6))
	a.Send(tea.WindowSizeMsg{Width: 60, Height: 20})
	a.WaitFor("客户很着急")
	deadline := time.Now().Add(5 * time.Second)
	for {
		wide := ""
		for _, l := range strings.Split(a.Screen(), "\n") {
			if layout.Width(l) > 60 {
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
	a.WaitFor(ctx.T("tui.too_small", 30, 8, MinWidth, MinHeight)[:20])
	a.Quit()
}

// ? shows every key and hides them again; while typing, ? is text.
func TestFullHelp(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenHome})
	a.WaitFor(ctx.T("tui.home.recent")[:0] + ctx.T("tui.home.key_history"))
	a.Type("?")
	a.WaitFor(ctx.T("tui.key.back"))
	a.Type("?")
	a.Type("n")
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("pgdown")
	a.Type("why?")
	a.Keys("ctrl+s")
	a.Quit()
	dr, ok := tuitest.Draft(t, ctx, testToday)
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
		tuitest.PutEntry(t, ctx, journal.Entry{ShiftDate: testToday.AddDays(e.d), Mood: e.mood})
	}
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("tab")
	a.Type("5")
	a.Keys("ctrl+s")
	a.WaitFor(ctx.N("tui.saved.streak", 5))
	a.WaitFor(ctx.N("tui.saved.mood_up", 4, 5, ctx.T("mood.5"), "2.5"))
	a.Type("q")
	a.WaitFor(ctx.T("tui.home.logged", testToday))
	a.WaitFor("5 shifts in a row")
	a.Quit()
}

// A draft write refused (the journal locked by another process) is made
// again later: leaving with ctrl+c still keeps the text.
func TestRefusedDraftIsWrittenLater(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	ctx.Journal.Options.Timeout = 50 * time.Millisecond
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	held, err := store.Open(ctx.Paths.DB, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a.Keys("tab")
	a.Type("2")
	a.Keys("pgdown") // a step change writes the draft: refused
	a.WaitFor(ctx.T("tui.draft_failed", ctx.T("err.locked")))
	held.Close()
	a.Quit()
	if dr, ok := tuitest.Draft(t, ctx, testToday); !ok || dr.Entry.Mood != 2 {
		t.Fatalf("draft %+v (ok %v)", dr, ok)
	}
}

// A paste from a terminal without bracketed paste comes as a key per
// character: its new lines stay in the vent, and in a one-line field they
// become spaces instead of moving on; nothing is lost.
func TestBurstOfKeysIsOneChange(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	a := startApp(t, ctx, app.OpenMsg{Screen: app.ScreenFlow})
	a.WaitFor(ctx.T("tui.step.shift.title"))
	a.Keys("tab")
	a.Type("3")
	a.Keys("pgdown")
	a.WaitFor(ctx.T("tui.step.helped.title"))
	a.Burst("第一行\n第二行")
	a.WaitFor("第一行 第二行")
	a.Keys("pgdown", "pgdown")
	a.WaitFor(ctx.T("tui.vent.private"))
	para := strings.Repeat("客户说快递三天没动，我先道歉，再查物流。", 50) // 1,000 characters
	text := para + "\n" + para
	a.Burst(text)
	a.WaitFor("再查物流。")
	a.Keys("ctrl+s")
	a.WaitFor(ctx.T("tui.saved.keys"))
	a.Quit()
	e, _ := tuitest.Entry(t, ctx, testToday)
	if e.Vent != text || len(e.Helped) != 1 || e.Helped[0] != "第一行 第二行" {
		t.Fatalf("vent %d runes, helped %q", len([]rune(e.Vent)), e.Helped)
	}
}

// The keys of a burst are drawn once: the first as it comes, the rest
// together when the burst is over, as one change of the field.
func TestBurstDrawsOnce(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	root := New(ctx, app.OpenMsg{Screen: app.ScreenFlow})
	var m tea.Model = tuitest.Settle(root, 100, 30, tuitest.Key("pgdown"))
	frozen := tuitest.FixedNow()
	root.SetClock(func() time.Time { return frozen })
	draws := 0
	before := m.View()
	for _, r := range strings.Repeat("帮客户查到了快递", 250) {
		m, _ = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		if v := m.View(); v.Content != before.Content {
			draws++
			before = v
		}
	}
	m, _ = m.Update(flushMsg{seq: root.burst.seq})
	if m.View().Content != before.Content {
		draws++
	}
	if draws != 2 {
		t.Errorf("2,000 keys of a burst drawn %d times, want 2", draws)
	}
	if s := ansiStrip(m.View().Content); !strings.Contains(s, "帮客户查到了快递帮客户") {
		t.Errorf("the burst is not in the field:\n%s", s)
	}
}
