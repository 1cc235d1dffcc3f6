package day

import (
	"reflect"
	"testing"

	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// Home reads the signal from the last entries only (a journal of years
// stays fast), yet says what Trends and `debrief stats` say over every
// entry: here with stress noted only long ago (the rule looks at its last
// 5 values, wherever they are), with a mood that dropped, and with
// nothing to worry about.
func TestWellbeingOnHomeIsTheSignalOfStats(t *testing.T) {
	for _, c := range []struct {
		name   string
		mood   func(i int) int
		stress func(i int) int
		want   []string
	}{
		{"stress noted long ago", func(int) int { return 4 }, func(i int) int {
			if i < 6 {
				return 5
			}
			return 0
		}, []string{insight.ReasonHighStress}},
		{"mood dropped", func(i int) int {
			if i < 23 {
				return 5
			}
			return 2
		}, func(int) int { return 2 }, []string{insight.ReasonLowMood, insight.ReasonMoodDrop}},
		{"calm", func(int) int { return 4 }, func(int) int { return 2 }, []string{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			j := newJournal(t)
			var es []journal.Entry
			for i := range 30 {
				e := entry(journal.Date(20261026).AddDays(i), c.mood(i))
				e.Stress = c.stress(i)
				es = append(es, e)
			}
			seed(t, j, put(es...))
			var all []journal.Metrics
			seed(t, j, func(tx *store.Tx) (err error) { all, err = tx.Metrics(0, 20261125); return err })
			stats := insight.WellbeingOf(all, insight.RecentOf(all, insight.MoodOf), true)
			if !reflect.DeepEqual(stats.Reasons, c.want) {
				t.Fatalf("the rule over every entry says %v; the test expects %v", stats.Reasons, c.want)
			}
			today, err := j.Today(20261125, 7, 3)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(today.Wellbeing, stats) {
				t.Errorf("home's signal %+v, stats' %+v", today.Wellbeing, stats)
			}
		})
	}
}
