package day

import (
	"slices"
	"testing"

	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// The streak is read from the dates of the entries, not their metrics: it
// must be the streak insight.Streaks gives for the whole history — a
// streak of years, one broken last month, one broken years ago, a writer
// who wrote rarely — and the mood line still gets its last shifts.
func TestStreakOfALongHistoryIsTheWholeHistorys(t *testing.T) {
	today := journal.NewDate(2026, 11, 25)
	for _, c := range []struct {
		name  string
		first journal.Date
		logs  func(d journal.Date) bool
	}{
		{"every workday for six years", today.AddDays(-6 * 365), func(journal.Date) bool { return true }},
		{"six years, a missed day last month", today.AddDays(-6 * 365), func(d journal.Date) bool { return d != today.AddDays(-30) }},
		{"six years, a missed day three years ago", today.AddDays(-6 * 365), func(d journal.Date) bool { return d != today.AddDays(-3*365-2) }},
		{"one shift a month for eight years", today.AddDays(-8 * 365), func(d journal.Date) bool { _, _, day := d.Parts(); return day == 1 }},
	} {
		t.Run(c.name, func(t *testing.T) {
			j := newJournal(t)
			var es []journal.Entry
			for d := c.first; d <= today.AddDays(-1); d = d.AddDays(1) {
				if wd := d.Weekday(); wd >= 1 && wd <= 5 && c.logs(d) {
					es = append(es, entry(d, 1+int(d)%5))
				}
			}
			seed(t, j, put(es...))
			var all []journal.Metrics
			err := store.Read(j.Path, store.Options{}, func(tx *store.Tx) error {
				var err error
				all, err = tx.Metrics(0, 0)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			want, _ := insight.Streaks(j.calendar(today, nil), all)
			got, err := j.Today(today, 14, 0)
			if err != nil {
				t.Fatal(err)
			}
			if got.Streak != want {
				t.Errorf("streak %d, want %d (the whole history's)", got.Streak, want)
			}
			var moods []int
			for _, m := range all[max(0, len(all)-14):] {
				moods = append(moods, m.Mood)
			}
			if !slices.Equal(got.Moods, moods) {
				t.Errorf("moods %v, want the last 14 %v", got.Moods, moods)
			}
		})
	}
}
