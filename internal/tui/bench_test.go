package tui

import (
	"strings"

	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/common"
)

// tenYearContext is a context on a copy of a generated ten-year journal.
func tenYearContext(b *testing.B) *common.Context {
	b.Helper()
	ctx := newContext(b, i18n.ZH)
	ctx.Width, ctx.Height = 120, 40
	err := ctx.Write(func(tx *store.Tx) error {
		_, err := archive.Apply(tx, gen.Journal(10, 1, testToday), false, false, nil)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return ctx
}

// run feeds a command's messages back into the model, the way the program
// would, one level of batches deep.
func run(m tea.Model, cmd tea.Cmd) tea.Model {
	if cmd == nil {
		return m
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		for _, c := range batch {
			if c != nil {
				m, _ = m.Update(c())
			}
		}
		return m
	}
	m, _ = m.Update(msg)
	return m
}

// BenchmarkFirstFrame is deciding where to start, building the app,
// loading its screen from a ten-year journal and drawing it at 120×40.
// Budget: 30 ms.
func BenchmarkFirstFrame(b *testing.B) {
	ctx := tenYearContext(b)
	b.ResetTimer()
	for b.Loop() {
		open, err := StartScreen(ctx)
		if err != nil {
			b.Fatal(err)
		}
		m := New(ctx, open)
		var tm tea.Model = m
		tm, _ = tm.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		tm = run(tm, m.Init())
		v := tm.View()
		if !strings.Contains(v.Content, "2026-11-25") {
			b.Fatalf("first frame has no date:\n%s", v.Content)
		}
	}
}

// BenchmarkKeystroke is one key typed into the vent of a debrief that
// already holds a long Chinese paragraph: Update and View at 120×40.
// Budget: 2 ms.
func BenchmarkKeystroke(b *testing.B) {
	ctx := tenYearContext(b)
	m := New(ctx, common.OpenMsg{Screen: common.ScreenHome})
	var tm tea.Model = m
	tm, _ = tm.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	tm, _ = tm.Update(common.OpenMsg{Screen: common.ScreenFlow, Date: testToday.AddDays(1)})
	tm = run(tm, m.Screen().Init())
	for range 3 { // to the vent
		tm, _ = tm.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
	}
	tm, _ = tm.Update(tea.PasteMsg{Content: strings.Repeat("今天被一个客户骂了半小时,我一直忍着,最后还是把问题解决了。", 12)})
	keys := []tea.KeyPressMsg{{Text: "好", Code: '好'}, {Text: "a", Code: 'a'}, {Code: tea.KeyBackspace}}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		tm, _ = tm.Update(keys[i%len(keys)])
		_ = tm.View()
		i++
	}
}
