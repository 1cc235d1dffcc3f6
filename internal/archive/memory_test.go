package archive

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
)

// endless makes an archive of n entries as it is read, never holding more
// than one entry of it.
type endless struct {
	n, i int
	day  journal.Date
	buf  []byte
	vent string
	done bool
}

func newEndless(n int) *endless {
	return &endless{n: n, day: journal.NewDate(1900, time.January, 1), vent: strings.Repeat("今天被骂了三次，还是忍住了。", 40),
		buf: []byte(`{"format":"debrief-archive","version":2,"exported_at":"2026-11-25T21:00:00Z","entries":[`)}
}

func (r *endless) Read(p []byte) (int, error) {
	for len(r.buf) == 0 {
		switch {
		case r.done:
			return 0, io.EOF
		case r.i == r.n:
			r.buf, r.done = []byte(`],"days_off":[],"ideas":[],"weekly_reviews":[]}`), true
		default:
			sep := ","
			if r.i == 0 {
				sep = ""
			}
			r.buf = fmt.Appendf(r.buf[:0], `%s{"shift_date":"%s","mood":3,"helped":["a","b","c"],"cases":[{"title":"催发货","outcome":"resolved"}],"vent":"%s","created_at":"2026-11-25T21:00:00+08:00","updated_at":"2026-11-25T21:00:00+08:00","jots":[{"at":"2026-11-25T10:00:00+08:00","text":"顾客"}]}`,
				sep, r.day, r.vent)
			r.day = r.day.AddDays(1)
			r.i++
		}
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// counter is a Sink that keeps nothing and looks at the heap now and then.
type counter struct {
	n    int
	peak uint64
}

func (c *counter) Entry(int, *journal.Entry, []journal.Jot) error {
	c.n++
	if c.n%2000 == 0 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		c.peak = max(c.peak, m.HeapInuse)
	}
	return nil
}
func (c *counter) DayOff(int, *journal.DayOff) error       { return nil }
func (c *counter) Idea(int, *journal.Idea) error           { return nil }
func (c *counter) Review(int, *journal.WeeklyReview) error { return nil }

// TestMemoryDoesNotGrowWithTheArchive decodes a 65 MB archive made as it
// is read: the live heap stays a few MiB, as it would for a 200 MB or a
// 2 GB one. (The whole process, store included, is measured by `make
// bench` on a 200 MB file: peak RSS, not time.)
func TestMemoryDoesNotGrowWithTheArchive(t *testing.T) {
	if testing.Short() {
		t.Skip("65 MB of JSON")
	}
	src := newEndless(50000)
	var c counter
	dec := NewDecoder(src, 0)
	if err := dec.Decode(&c); err != nil {
		t.Fatal(err)
	}
	if c.n != 50000 {
		t.Fatalf("%d entries", c.n)
	}
	read := dec.Offset()
	if read < 60<<20 {
		t.Fatalf("only %d bytes read", read)
	}
	if c.peak > 8<<20 {
		t.Errorf("live heap reached %.1f MiB decoding %.0f MiB", float64(c.peak)/(1<<20), float64(read)/(1<<20))
	}
	t.Logf("%.0f MiB decoded with a live heap of at most %.1f MiB", float64(read)/(1<<20), float64(c.peak)/(1<<20))
}
