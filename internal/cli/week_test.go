package cli

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// TestWeekAgreesWithStats: for every week of a generated year (the current,
// unfinished one included), `debrief week --json` gives the numbers of
// that week's row in `debrief stats --json --from MON --to SUN`.
func TestWeekAgreesWithStats(t *testing.T) {
	data := t.TempDir()
	a := gen.Journal(1, 7, journal.NewDate(2026, 11, 25))
	err := store.Write(filepath.Join(data, "debrief", "journal.db"), store.Options{}, func(tx *store.Tx) error {
		_, err := archive.Apply(tx, a, false, false, nil)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"XDG_DATA_HOME": data, "XDG_CONFIG_HOME": t.TempDir(), "DEBRIEF_TODAY": "2026-11-25"}
	run := func(v any, args ...string) {
		t.Helper()
		var out, errb bytes.Buffer
		if code := Run(args, nil, &out, &errb, func(k string) string { return env[k] }, time.Now); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errb.String())
		}
		if err := json.Unmarshal(out.Bytes(), v); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
	}
	checked := 0
	for w := journal.WeekOf(20261125); w.Monday() > 20251201; w = w.Prev() {
		var week struct {
			Week      journal.Week `json:"week"`
			Shifts    int          `json:"shifts"`
			MoodAvg   *float64     `json:"mood_avg"`
			EnergyAvg *float64     `json:"energy_avg"`
			StressAvg *float64     `json:"stress_avg"`
			Contacts  int          `json:"contacts"`
			CSATAvg   *float64     `json:"csat_avg"`
			Cases     struct {
				Total, Praise int
				ByOutcome     map[string]int `json:"by_outcome"`
				ByCategory    map[string]int `json:"by_category"`
			} `json:"cases"`
		}
		var stats insight.Stats
		run(&week, "week", "--week", w.String(), "--json")
		run(&stats, "stats", "--json", "--from", w.Monday().String(), "--to", w.Sunday().String())
		if len(stats.Weekly) != 1 {
			t.Fatalf("%s: stats has %d weeks", w, len(stats.Weekly))
		}
		got := insight.WeekStats{Week: week.Week, Shifts: week.Shifts, MoodAvg: week.MoodAvg, EnergyAvg: week.EnergyAvg,
			StressAvg: week.StressAvg, Contacts: week.Contacts, CSATAvg: week.CSATAvg, Cases: week.Cases.Total, Praise: week.Cases.Praise}
		if !reflect.DeepEqual(got, stats.Weekly[0]) {
			t.Errorf("%s: week %+v\nstats %+v", w, got, stats.Weekly[0])
		}
		if !reflect.DeepEqual(week.Cases.ByOutcome, stats.Cases.ByOutcome) || !reflect.DeepEqual(week.Cases.ByCategory, stats.Cases.ByCategory) {
			t.Errorf("%s: cases %+v, stats %+v", w, week.Cases, stats.Cases)
		}
		if stats.Mood.Avg != nil && (week.MoodAvg == nil || *week.MoodAvg != *stats.Mood.Avg) {
			t.Errorf("%s: mood %v, stats range avg %v", w, week.MoodAvg, *stats.Mood.Avg)
		}
		if week.Shifts > 0 {
			checked++
		}
	}
	if checked < 40 {
		t.Errorf("only %d weeks with shifts compared", checked)
	}
}
