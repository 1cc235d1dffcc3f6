package insight

import "github.com/debrief-app/debrief/internal/journal"

// Trend directions.
const (
	TrendUp      = "up"
	TrendDown    = "down"
	TrendFlat    = "flat"
	TrendUnknown = "unknown"
)

// Recent is the recent course of one scale (mood, energy or stress) as of
// today: the 7 most recent entries that have the value and the 7 before.
type Recent struct {
	Last7Avg *float64
	Prev7Avg *float64
	Last7N   int
	Prev7N   int
	Trend    string
}

// Scale picks one 1–5 value out of a shift's metrics.
type Scale func(*journal.Metrics) int

// The three scales.
var (
	MoodOf   Scale = func(m *journal.Metrics) int { return m.Mood }
	EnergyOf Scale = func(m *journal.Metrics) int { return m.Energy }
	StressOf Scale = func(m *journal.Metrics) int { return m.Stress }
)

// RecentOf computes last7/prev7 and the trend over ms (sorted, ≤ today).
// The trend compares the rounded averages, so the numbers a script reads
// always agree with the direction it is told: up if last7 − prev7 ≥ 0.5,
// down if ≤ −0.5, flat otherwise, unknown when prev7 has fewer than 3 values.
func RecentOf(ms []journal.Metrics, scale Scale) Recent {
	var last, prev Mean
	for i := len(ms) - 1; i >= 0 && prev.N < 7; i-- {
		v := scale(&ms[i])
		if !journal.Has(v) {
			continue
		}
		if last.N < 7 {
			last.Add(float64(v))
		} else {
			prev.Add(float64(v))
		}
	}
	r := Recent{Last7Avg: last.Avg(), Prev7Avg: prev.Avg(), Last7N: last.N, Prev7N: prev.N, Trend: TrendUnknown}
	if prev.N >= 3 {
		r.Trend = Direction(r.Last7Avg, r.Prev7Avg)
	}
	return r
}

// Change is now − before, the difference the trend rule compares: taken
// between the rounded averages in exact hundredths, so what is shown beside
// a trend is what decided it. nil when either average is missing.
func Change(now, before *float64) *float64 {
	if now == nil || before == nil {
		return nil
	}
	c := float64(hundredths(*now)-hundredths(*before)) / 100
	return &c
}

// Direction is the trend from before to now: up when the change is +0.5 or
// more, down at −0.5 or less, flat between, unknown without both averages.
func Direction(now, before *float64) string {
	if now == nil || before == nil {
		return TrendUnknown
	}
	// Compare in hundredths so 0.5 is exact and float noise can't flip it.
	switch diff := hundredths(*now) - hundredths(*before); {
	case diff >= 50:
		return TrendUp
	case diff <= -50:
		return TrendDown
	}
	return TrendFlat
}

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}

// hundredths turns a rounded average into an exact integer count of 0.01.
func hundredths(v float64) int64 { return int64(v*100 + 0.5*sign(v)) }
