package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

// tenYearContext is a context on a copy of a generated ten-year journal.
func tenYearContext(b *testing.B) *app.Context {
	b.Helper()
	ctx := newContext(b, i18n.ZH)
	tuitest.Write(b, ctx, func(tx *store.Tx) error {
		_, err := archive.Apply(tx, gen.Journal(10, 1, testToday), false, false, nil)
		return err
	})
	return ctx
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
		m := tuitest.Settle(New(ctx, open), 120, 40)
		v := m.View()
		if !strings.Contains(v.Content, "2026-11-25") {
			b.Fatalf("first frame has no date:\n%s", v.Content)
		}
	}
}

// BenchmarkKeystroke is one key typed into the vent of a debrief that
// already holds a Chinese text of 0, 2,000 or 20,000 characters: Update
// and View at 120×40. Budget: 2 ms; 4 ms at 20,000 characters.
func BenchmarkKeystroke(b *testing.B) {
	ctx := tenYearContext(b)
	sentence := []rune("今天被一个客户骂了半小时，我一直忍着，最后还是把问题解决了。")
	for _, n := range []int{0, 2000, 20000} {
		b.Run(fmt.Sprintf("chars=%d", n), func(b *testing.B) {
			// Paragraphs of twenty sentences (about 600 characters).
			var text []rune
			for i := 0; len(text) < n; i++ {
				if i > 0 && i%20 == 0 {
					text = append(text, '\n')
				}
				text = append(text, sentence...)
			}
			text = text[:n]
			var tm tea.Model = New(ctx, app.OpenMsg{Screen: app.ScreenFlow, Date: testToday.AddDays(1)})
			tm = tuitest.Settle(tm, 120, 40, pgDown, pgDown, pgDown)
			if n > 0 {
				tm, _ = tm.Update(tea.PasteMsg{Content: string(text)})
			}
			keys := []tea.KeyPressMsg{{Text: "好", Code: '好'}, {Text: "a", Code: 'a'}, {Code: tea.KeyBackspace}}
			b.ResetTimer()
			i := 0
			for b.Loop() {
				tm, _ = tm.Update(keys[i%len(keys)])
				_ = tm.View()
				i++
			}
		})
	}
}
