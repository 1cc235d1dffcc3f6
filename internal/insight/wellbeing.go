package insight

import "github.com/debrief-app/debrief/internal/journal"

// Reasons the wellbeing signal can be on, in the order they are reported.
const (
	ReasonHighStress = "high_stress"
	ReasonLowMood    = "low_mood"
	ReasonMoodDrop   = "mood_drop"
)

// Wellbeing is the gentle signal: a nudge to look after oneself, never a
// diagnosis. Enabled is false when `[wellbeing] signals = false`; the signal
// is then always off.
type Wellbeing struct {
	Signal  bool     `json:"signal"`
	Reasons []string `json:"reasons"`
	Enabled bool     `json:"enabled"`
}

// WellbeingOf evaluates the signal over ms (sorted, ≤ today):
//   - high_stress: stress ≥ 4 in at least 4 of the last 5 entries that have
//     stress (with only 4 such entries, all 4 must be ≥ 4);
//   - low_mood: mood last7_avg ≤ 2.0 with at least 5 values;
//   - mood_drop: mood last7_avg − prev7_avg ≤ −1.0 (both present).
func WellbeingOf(ms []journal.Metrics, mood Recent, on bool) Wellbeing {
	w := Wellbeing{Reasons: []string{}, Enabled: on}
	if !on {
		return w
	}
	seen, high := 0, 0
	for i := len(ms) - 1; i >= 0 && seen < 5; i-- {
		if s := ms[i].Stress; journal.Has(s) {
			seen++
			if s >= 4 {
				high++
			}
		}
	}
	if high >= 4 {
		w.Reasons = append(w.Reasons, ReasonHighStress)
	}
	if mood.Last7Avg != nil && mood.Last7N >= 5 && hundredths(*mood.Last7Avg) <= 200 {
		w.Reasons = append(w.Reasons, ReasonLowMood)
	}
	if mood.Last7Avg != nil && mood.Prev7Avg != nil && hundredths(*mood.Last7Avg)-hundredths(*mood.Prev7Avg) <= -100 {
		w.Reasons = append(w.Reasons, ReasonMoodDrop)
	}
	w.Signal = len(w.Reasons) > 0
	return w
}
