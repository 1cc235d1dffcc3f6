package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/home"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
	bolt "go.etcd.io/bbolt"
)

// preloadedHome is home opened as Run opens it: its read started before
// the program, handed over in the OpenMsg.
func preloadedHome(ctx *app.Context) app.OpenMsg {
	return app.OpenMsg{Screen: app.ScreenHome, Loading: home.Preload(ctx)}
}

// Home read ahead of the program (Run's start) draws exactly the home its
// own Init loads, in both languages.
func TestPreloadedHomeIsTheHome(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := newContext(t, lang)
			fewShifts(t, ctx)
			want := frame(t, ctx, homeOpen, 100, 30)
			got := frame(t, ctx, preloadedHome(ctx), 100, 30)
			if got != want {
				t.Fatalf("preloaded home:\n%s\nhome:\n%s", got, want)
			}
			if count := ctx.N("tui.home.count", 4); !strings.Contains(ansi.Strip(got), count) {
				t.Fatalf("home without %q:\n%s", count, got)
			}
		})
	}
}

// The first home draws what was read ahead (not a second read), once:
// home shown again (after the debrief, after another screen) reads the
// journal again and shows what changed.
func TestPreloadIsReadOnce(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	fewShifts(t, ctx)
	open := preloadedHome(ctx)
	open.Loading() // the read ahead is done
	tuitest.PutEntry(t, ctx, journal.Entry{ShiftDate: testToday, Mood: 4})
	m := tuitest.Settle(New(ctx, open), 100, 30)
	if out := ansi.Strip(tuitest.Render(m)); !strings.Contains(out, ctx.N("tui.home.count", 4)) {
		t.Fatalf("the first home is not the one read ahead:\n%s", out)
	}
	m = tuitest.Drive(m, app.HomeMsg{})
	out := ansi.Strip(tuitest.Render(m))
	if !strings.Contains(out, ctx.N("tui.home.count", 5)) || !strings.Contains(out, ctx.T("tui.home.logged", testToday)) {
		t.Fatalf("home shown again did not read the new entry:\n%s", out)
	}
}

// On a damaged journal the home read ahead says what home's own read
// says: the same line, nothing invented.
func TestPreloadedHomeOnDamage(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	fewShifts(t, ctx)
	db, err := bolt.Open(ctx.Paths.DB, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("metrics"))
		k, v := b.Cursor().Last()
		broken := append([]byte(nil), v...)
		broken[len(broken)-1] ^= 0xff // the checksum no longer matches
		return b.Put(append([]byte(nil), k...), broken)
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	want := frame(t, ctx, homeOpen, 100, 30)
	if !strings.Contains(ansi.Strip(want), strings.SplitN(ctx.T("tui.home.load_failed", ""), "%", 2)[0]) {
		t.Fatalf("the damage is not said on home:\n%s", want)
	}
	if got := frame(t, ctx, preloadedHome(ctx), 100, 30); got != want {
		t.Fatalf("preloaded home on damage:\n%s\nhome:\n%s", got, want)
	}
}

// initCmds are the commands of the root's Init, in order.
func initCmds(t *testing.T, m tea.Model) []tea.Cmd {
	t.Helper()
	batch, ok := m.Init()().(tea.BatchMsg)
	if !ok {
		t.Fatal("the root's Init is not a batch")
	}
	return batch
}

// The first frame is the loaded home: the root draws nothing (no loading
// line that the next frame replaces) until the data read ahead is there.
func TestFirstFrameIsTheLoadedHome(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	fewShifts(t, ctx)
	var m tea.Model = New(ctx, preloadedHome(ctx))
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if out := tuitest.Render(m); strings.TrimSpace(out) != "" {
		t.Fatalf("a frame before home's data:\n%s", out)
	}
	load := initCmds(t, m)[0]
	m, _ = m.Update(load())
	out := ansi.Strip(tuitest.Render(m))
	if !strings.Contains(out, ctx.N("tui.home.count", 4)) || strings.Contains(out, ctx.T("tui.loading")) {
		t.Fatalf("the first frame is not the loaded home:\n%s", out)
	}
}

// A read ahead slower than the hold: the loading line is drawn when the
// hold ends, the loaded home when the data comes.
func TestFirstFrameWhenTheReadIsSlow(t *testing.T) {
	ctx := newContext(t, i18n.ZH)
	fewShifts(t, ctx)
	release := make(chan struct{})
	pre := home.Preload(ctx)
	slow := func() tea.Msg { <-release; return pre() }
	var m tea.Model = New(ctx, app.OpenMsg{Screen: app.ScreenHome, Loading: slow})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	var rest tea.Cmd
	m, rest = m.Update(initCmds(t, m)[0]()) // returns when the hold is over
	if out := ansi.Strip(tuitest.Render(m)); !strings.Contains(out, ctx.T("tui.loading")) {
		t.Fatalf("no loading line once the hold is over:\n%s", out)
	}
	close(release)
	m, _ = m.Update(rest())
	if out := ansi.Strip(tuitest.Render(m)); !strings.Contains(out, ctx.N("tui.home.count", 4)) {
		t.Fatalf("the late data is not drawn:\n%s", out)
	}
}
