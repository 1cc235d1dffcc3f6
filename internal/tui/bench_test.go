package tui

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

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

// cpuTime is the CPU the process has used so far (user and system).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the CPU time per operation to a benchmark's figures: on a
// shared, loaded machine the wall time says more about the neighbours.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// BenchmarkFirstFrame is deciding where to start, building the app,
// loading its screen from a ten-year journal and drawing it at 120×40.
// Budget: 30 ms.
func BenchmarkFirstFrame(b *testing.B) {
	ctx := tenYearContext(b)
	b.ResetTimer()
	cpu := cpuTime()
	defer reportCPU(b, cpu)
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
			cpu := cpuTime()
			defer reportCPU(b, cpu)
			i := 0
			for b.Loop() {
				tm, _ = tm.Update(keys[i%len(keys)])
				_ = tm.View()
				i++
			}
		})
	}
}

// BenchmarkUnbracketedPaste is Chinese text pasted into the vent by a
// terminal without bracketed paste: a key press per character, arriving
// all at once, then the frame. Budget (issue 14): 20 KB shown whole
// within 1 s.
func BenchmarkUnbracketedPaste(b *testing.B) {
	ctx := tenYearContext(b)
	sentence := []rune("今天被一个客户骂了半小时，我一直忍着，最后还是把问题解决了。")
	for _, n := range []int{2000, 7000} { // 7,000 characters are about 20 KB
		b.Run(fmt.Sprintf("chars=%d", n), func(b *testing.B) {
			keys := make([]tea.KeyPressMsg, 0, n)
			for i := 0; len(keys) < n; i++ {
				r := sentence[i%len(sentence)]
				keys = append(keys, tea.KeyPressMsg{Code: r, Text: string(r)})
			}
			for b.Loop() {
				b.StopTimer()
				root := New(ctx, app.OpenMsg{Screen: app.ScreenFlow, Date: testToday.AddDays(1)})
				var tm tea.Model = tuitest.Settle(root, 120, 40, pgDown, pgDown, pgDown)
				frozen := time.Now()
				root.SetClock(func() time.Time { return frozen })
				b.StartTimer()
				for _, k := range keys {
					tm, _ = tm.Update(k)
					_ = tm.View()
				}
				tm, _ = tm.Update(flushMsg{seq: root.burst.seq})
				if v := tm.View(); !strings.Contains(v.Content, "解决了") {
					b.Fatal("the paste is not on screen")
				}
			}
		})
	}
}
