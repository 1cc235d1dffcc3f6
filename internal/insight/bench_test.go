package insight

import (
	"math/rand/v2"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
)

// synthetic makes years of shifts ending today: about five a week, with
// holidays, a few categories and outcomes, like a real journal's metrics.
func synthetic(years int, today journal.Date) ([]journal.Metrics, []journal.DayOff, []journal.Idea) {
	r := rand.New(rand.NewPCG(uint64(years), 7))
	cats := []string{"refund", "logistics", "account", "billing", "complaint"}
	var ms []journal.Metrics
	var off []journal.DayOff
	var ideas []journal.Idea
	for d := today.AddDays(-365 * years); d <= today; d = d.AddDays(1) {
		if !weekdaysOnly[d.Weekday()] {
			continue
		}
		switch n := r.IntN(100); {
		case n < 4:
			off = append(off, journal.DayOff{Date: d, Reason: "leave"})
			continue
		case n < 6:
			continue // missed
		}
		m := journal.Metrics{Date: d, Shift: "day", Mood: 1 + r.IntN(5), Energy: r.IntN(6), Stress: 1 + r.IntN(5),
			Contacts: 30 + r.IntN(40), HasContacts: true, CSAT: 80 + r.Float64()*20, HasCSAT: r.IntN(2) == 0,
			Cases: r.IntN(3), Helped: 3}
		for range m.Cases {
			m.ByOutcome[r.IntN(4)]++
			m.Categories = append(m.Categories, cats[r.IntN(len(cats))])
		}
		ms = append(ms, m)
		if r.IntN(20) == 0 {
			ideas = append(ideas, journal.Idea{ID: uint64(len(ideas) + 1), ShiftDate: d, Status: journal.IdeaStatuses[r.IntN(4)]})
		}
	}
	return ms, off, ideas
}

func benchmarkStats(b *testing.B, years int) {
	today := journal.NewDate(2026, 11, 25)
	ms, off, ideas := synthetic(years, today)
	b.ReportMetric(float64(len(ms)), "shifts")
	b.ReportAllocs()
	for b.Loop() {
		c := NewCalendar(today, weekdaysOnly, off)
		s := Compute(c, ms, ideas, 0, 0, true)
		if s.Shifts != len(ms) {
			b.Fatalf("shifts %d, want %d", s.Shifts, len(ms))
		}
	}
}

// BenchmarkStats is the computing part of `debrief stats` on a 10-year and
// a 100-year journal (the store's part is measured in the store and CLI).
func BenchmarkStats(b *testing.B) {
	b.Run("10y", func(b *testing.B) { benchmarkStats(b, 10) })
	b.Run("100y", func(b *testing.B) { benchmarkStats(b, 100) })
}
