package report

import (
	"io"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
)

// benchmarkWrite writes a manager's document of a generated 10-year
// journal (about 2,500 shifts): the formats' own share of `debrief export`.
func benchmarkWrite(b *testing.B, write func(io.Writer, *Document, *i18n.Printer) error) {
	end := journal.NewDate(2026, 11, 25)
	a := gen.Journal(10, 1, end)
	d := Build(Input{From: a.Entries[0].ShiftDate, To: end, Entries: a.Entries, Ideas: a.Ideas,
		Reviews: a.WeeklyReviews, Loc: time.UTC}, Manager, true)
	p := i18n.New(i18n.ZH)
	b.ReportAllocs()
	for b.Loop() {
		if err := write(io.Discard, d, p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteHTML10Years(b *testing.B)     { benchmarkWrite(b, WriteHTML) }
func BenchmarkWriteMarkdown10Years(b *testing.B) { benchmarkWrite(b, WriteMarkdown) }
