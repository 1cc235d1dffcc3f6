package ideas_test

import (
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui"
	"github.com/debrief-app/debrief/internal/tui/common"
)

// Today is Wednesday 2026-11-25 (2026-W48).
func fixedNow() time.Time { return time.Date(2026, 11, 25, 18, 30, 0, 0, time.UTC) }

func newContext(t *testing.T, lang i18n.Lang) *common.Context {
	t.Helper()
	dir := t.TempDir()
	paths := config.Paths{DataDir: dir, DB: filepath.Join(dir, "journal.db"), Backups: filepath.Join(dir, "backups")}
	ctx := &common.Context{
		P: i18n.New(lang), Cfg: config.Default(), Paths: paths,
		StoreOpt: store.Options{BackupDir: paths.Backups, Now: fixedNow},
		Today:    journal.NewDate(2026, 11, 25), Now: fixedNow, Width: 100, Height: 40,
		Getenv: func(string) string { return "" },
	}
	ctx.Styles.Dark = true
	return ctx
}

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

func startApp(t *testing.T, ctx *common.Context) *app {
	p := &probe{Model: tui.New(ctx, common.OpenMsg{Screen: common.ScreenHome})}
	tm := teatest.NewTestModel(t, p, teatest.WithInitialTermSize(ctx.Width, ctx.Height),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	return &app{TestModel: tm, p: p, t: t}
}

func (a *app) waitFor(texts ...string) string {
	a.t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		s := a.p.screen()
		ok := true
		for _, text := range texts {
			ok = ok && strings.Contains(s, text)
		}
		if ok {
			return s
		}
	}
	a.t.Fatalf("the screen never showed %q; it shows:\n%s", texts, a.p.screen())
	return ""
}

func (a *app) press(k tea.KeyPressMsg) { a.Send(k) }
func (a *app) key(s string)            { a.Send(tea.KeyPressMsg{Code: rune(s[0]), Text: s}) }

func backlog(t *testing.T, ctx *common.Context) {
	t.Helper()
	err := ctx.Write(func(tx *store.Tx) error {
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
	if err != nil {
		t.Fatal(err)
	}
}

func idea(t *testing.T, ctx *common.Context, id uint64) journal.Idea {
	t.Helper()
	var i journal.Idea
	if err := ctx.Read(func(tx *store.Tx) error { var err error; i, _, err = tx.Idea(id); return err }); err != nil {
		t.Fatal(err)
	}
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
			list:      []string{"> #2   new      5d     process   夜班交接单", "#1   adopted  24d    product   订单页显示快递员电话", "impact: 物流咨询减少 30%", "#3   declined 46d"},
			shared:    []string{"idea #2: new → shared"},
			adopted:   []string{"idea #2: shared → adopted"},
			impact:    []string{"idea #2 impact: 交接遗漏少了一半", "impact: 交接遗漏少了一半"},
			filterNew: []string{"No ideas with status new"}},
		{lang: i18n.ZH, home: []string{"i  改进建议清单"},
			list:      []string{"> #2   新提出   5天    流程      夜班交接单", "#1   已采纳   24天   产品      订单页显示快递员电话", "效果:物流咨询减少 30%"},
			shared:    []string{"建议 #2:新提出 → 已反馈"},
			adopted:   []string{"建议 #2:已反馈 → 已采纳"},
			impact:    []string{"建议 #2 的效果:交接遗漏少了一半"},
			filterNew: []string{"没有状态为“新提出”的建议。"}},
	} {
		t.Run(string(tt.lang), func(t *testing.T) {
			ctx := newContext(t, tt.lang)
			backlog(t, ctx)
			a := startApp(t, ctx)
			a.waitFor(tt.home...)
			a.key("i")
			a.waitFor(tt.list...)
			a.press(tea.KeyPressMsg{Code: tea.KeyRight})
			a.waitFor(tt.shared...)
			if i := idea(t, ctx, 2); i.Status != "shared" {
				t.Fatalf("idea 2 is %s", i.Status)
			}
			a.press(tea.KeyPressMsg{Code: tea.KeyEnter})
			a.waitFor(tt.adopted...)
			a.key("e")
			a.Type("交接遗漏少了一半")
			a.press(tea.KeyPressMsg{Code: tea.KeyEnter})
			a.waitFor(tt.impact...)
			if i := idea(t, ctx, 2); i.Status != "adopted" || i.Impact != "交接遗漏少了一半" {
				t.Fatalf("idea 2: %+v", i)
			}
			a.key("f") // new
			a.waitFor(tt.filterNew...)
			a.press(tea.KeyPressMsg{Code: tea.KeyEscape})
			a.waitFor(tt.home...)
			a.press(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
			a.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
		})
	}
}

// x declines, ← moves back; nothing else changes.
func TestIdeasDeclineAndBack(t *testing.T) {
	ctx := newContext(t, i18n.EN)
	backlog(t, ctx)
	a := startApp(t, ctx)
	a.key("i")
	a.waitFor("> #2")
	a.key("x")
	a.waitFor("idea #2: new → declined")
	a.press(tea.KeyPressMsg{Code: tea.KeyLeft})
	a.waitFor("idea #2: declined → shared")
	if i := idea(t, ctx, 2); i.Status != "shared" || i.Text != "夜班交接单" {
		t.Errorf("idea 2: %+v", i)
	}
	if i := idea(t, ctx, 1); i.Status != "adopted" || i.Impact != "物流咨询减少 30%" {
		t.Errorf("idea 1 changed: %+v", i)
	}
	a.press(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	a.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}
