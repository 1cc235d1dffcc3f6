package tui

import (
	"strings"
	"testing"

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
