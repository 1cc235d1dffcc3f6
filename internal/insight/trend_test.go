package insight

import (
	"slices"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
)

// series builds one shift a day ending 2026-11-25, oldest first, with the
// given moods (0 = not given) and stresses.
func series(t *testing.T, moods, stresses []int) []journal.Metrics {
	t.Helper()
	n := max(len(moods), len(stresses))
	ms := make([]journal.Metrics, n)
	start := date(t, "2026-11-25").AddDays(-(n - 1))
	for i := range ms {
		ms[i].Date = start.AddDays(i)
		if i < len(moods) {
			ms[i].Mood = moods[i]
		}
		if i < len(stresses) {
			ms[i].Stress = stresses[i]
		}
	}
	return ms
}

func TestRecentOf(t *testing.T) {
	tests := []struct {
		name         string
		values       []int // oldest first; 0 = not given
		last7, prev7 *float64
		trend        string
	}{
		{"no values", nil, nil, nil, TrendUnknown},
		{"one value", []int{4}, fp(4), nil, TrendUnknown},
		{"prev7 has two values", []int{1, 1, 3, 3, 3, 3, 3, 3, 3}, fp(3), fp(1), TrendUnknown},
		{"prev7 has three values, up", []int{1, 1, 1, 3, 3, 3, 3, 3, 3, 3}, fp(3), fp(1), TrendUp},
		{"exactly +0.5 is up", []int{3, 4, 3, 4, 4, 4, 4, 4, 4, 4, 4}, fp(4), fp(3.5), TrendUp},
		{"exactly -0.5 is down", []int{3, 4, 3, 4, 3, 3, 3, 3, 3, 3, 3}, fp(3), fp(3.5), TrendDown},
		{"+0.36 is flat", []int{3, 4, 3, 4, 4, 4, 4, 4, 4, 4, 3}, fp(3.86), fp(3.5), TrendFlat},
		{"values missing are skipped", []int{2, 2, 2, 0, 0, 4, 0, 4, 4, 4, 4, 4, 4, 0}, fp(4), fp(2), TrendUp},
		{"only 14 most recent count", []int{5, 5, 5, 5, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2}, fp(2), fp(1.57), TrendFlat},
		{"rounded to 2 decimals", []int{1, 1, 2, 2, 2, 2, 2, 2, 2, 2}, fp(2), fp(1.33), TrendUp},
		{"two thirds", []int{1, 2, 2}, fp(1.67), nil, TrendUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := RecentOf(series(t, tt.values, nil), MoodOf)
			if fstr(r.Last7Avg) != fstr(tt.last7) || fstr(r.Prev7Avg) != fstr(tt.prev7) || r.Trend != tt.trend {
				t.Errorf("got last7 %s prev7 %s %s; want %s %s %s",
					fstr(r.Last7Avg), fstr(r.Prev7Avg), r.Trend, fstr(tt.last7), fstr(tt.prev7), tt.trend)
			}
		})
	}
}

func TestWellbeing(t *testing.T) {
	tests := []struct {
		name     string
		moods    []int
		stresses []int
		on       bool
		want     []string
	}{
		{"calm", []int{3, 3, 3, 3, 3}, []int{2, 2, 3, 2, 1}, true, []string{}},
		{"4 of the last 5 high", []int{3, 3, 3, 3, 3}, []int{4, 5, 4, 2, 4}, true, []string{ReasonHighStress}},
		{"3 of the last 5 high", []int{3, 3, 3, 3, 3}, []int{4, 5, 3, 2, 4}, true, []string{}},
		{"older high stress doesn't count", []int{3, 3, 3, 3, 3, 3, 3}, []int{5, 5, 5, 5, 2, 2, 4}, true, []string{}},
		{"entries without stress are skipped", []int{3, 3, 3, 3, 3, 3, 3}, []int{4, 4, 0, 4, 2, 0, 5}, true, []string{ReasonHighStress}},
		{"only four stress values, all high", []int{3, 3, 3, 3}, []int{4, 4, 5, 4}, true, []string{ReasonHighStress}},
		{"only three stress values", []int{3, 3, 3}, []int{5, 5, 5}, true, []string{}},
		{"low mood with 5 values", []int{2, 2, 2, 2, 2}, nil, true, []string{ReasonLowMood}},
		{"low mood averaging exactly 2.0", []int{2, 2, 2, 2, 2, 3, 1}, nil, true, []string{ReasonLowMood}},
		{"mood 2.14 is not low", []int{2, 2, 2, 2, 3, 2, 2}, nil, true, []string{}},
		{"low mood with only 4 values", []int{1, 1, 1, 1}, nil, true, []string{}},
		{"mood drop of 1.0", []int{4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3}, nil, true, []string{ReasonMoodDrop}},
		{"mood drop of 0.86", []int{4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 4}, nil, true, []string{}},
		{"everything at once", []int{4, 4, 4, 4, 4, 4, 4, 2, 2, 2, 2, 2, 2, 2}, []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 5, 5, 5, 5}, true,
			[]string{ReasonHighStress, ReasonLowMood, ReasonMoodDrop}},
		{"signals off", []int{4, 4, 4, 4, 4, 4, 4, 2, 2, 2, 2, 2, 2, 2}, []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 5, 5, 5, 5}, false, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := series(t, tt.moods, tt.stresses)
			w := WellbeingOf(ms, RecentOf(ms, MoodOf), tt.on)
			if !slices.Equal(w.Reasons, tt.want) || w.Signal != (len(tt.want) > 0) || w.Enabled != tt.on || w.Reasons == nil {
				t.Errorf("got %+v, want reasons %v", w, tt.want)
			}
		})
	}
}

// Shifts after today never raise the signal, move a trend or a streak.
func TestComputeIgnoresEntriesAfterToday(t *testing.T) {
	ms := series(t, []int{3, 3, 3, 3, 3, 3, 3}, []int{2, 2, 2, 2, 2, 2, 2})
	future := date(t, "2026-11-26")
	for i := range 6 {
		ms = append(ms, journal.Metrics{Date: future.AddDays(i), Mood: 1, Stress: 5})
	}
	s := Compute(cal(t, "2026-11-25", everyDay), ms, nil, 0, 0, true)
	if s.Wellbeing.Signal || s.Shifts != 7 || s.Streak.Current != 7 || *s.Mood.Last7Avg != 3 || s.Range.To != date(t, "2026-11-25") {
		t.Errorf("future shifts leaked: %+v", s)
	}
}
