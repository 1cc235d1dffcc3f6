package day

import (
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
)

// wellbeing is the gentle signal over the metrics up to today, by the rule
// of `debrief stats` (insight.WellbeingOf on the mood's last shifts), off
// when the config turns it off.
func (j *Journal) wellbeing(ms []journal.Metrics) insight.Wellbeing {
	return insight.WellbeingOf(ms, insight.RecentOf(ms, insight.MoodOf), j.Config.SignalsOn())
}
