package day

import (
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// wellbeingWindow is how many of the last entries the signal reads first:
// the mood's last and previous seven (every entry has a mood).
const wellbeingWindow = 14

// wellbeing is the gentle signal at today, by the rule of `debrief stats`
// (insight.WellbeingOf on the mood's last shifts), off when the config
// turns it off. ms are the metrics of the last entries up to today, at
// least wellbeingWindow of them when the journal has that many; entries is
// how many the journal holds. Stress may be skipped, and the rule looks at
// its last 5 values: when ms hold fewer and older entries exist, every
// entry up to today is read, so Home and the saved screen say what Trends
// says.
func (j *Journal) wellbeing(tx *store.Tx, today journal.Date, ms []journal.Metrics, entries int) (insight.Wellbeing, error) {
	on := j.Config.SignalsOn()
	if on && len(ms) < entries {
		stress := 0
		for i := range ms {
			if journal.Has(ms[i].Stress) {
				stress++
			}
		}
		if stress < 5 {
			var err error
			if ms, err = tx.Metrics(0, today); err != nil {
				return insight.Wellbeing{}, err
			}
		}
	}
	return insight.WellbeingOf(ms, insight.RecentOf(ms, insight.MoodOf), on), nil
}
