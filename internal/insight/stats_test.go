package insight

import (
	"encoding/json"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
)

// smallJournal is the hand-made journal of the stats tests (and of the
// stats.txtar script): three shifts up to Tuesday 24 November, one after
// today, and three ideas.
func smallJournal(t testing.TB) ([]journal.Metrics, []journal.Idea) {
	ms := []journal.Metrics{
		{Date: date(t, "2026-11-20"), Shift: "day", Mood: 3, Energy: 4, Stress: 2, Contacts: 40, HasContacts: true,
			CSAT: 96.5, HasCSAT: true, Cases: 1, Praise: 1, Helped: 3,
			ByOutcome: outcomes("resolved"), Categories: []string{"refund"}},
		{Date: date(t, "2026-11-23"), Shift: "day", Mood: 4, Stress: 3, Contacts: 50, HasContacts: true,
			Cases: 2, ByOutcome: outcomes("escalated", ""), Categories: []string{"logistics", "refund"}},
		{Date: date(t, "2026-11-24"), Shift: "night", Mood: 2, Energy: 2, Stress: 4},
		{Date: date(t, "2026-11-27"), Shift: "day", Mood: 5, Energy: 5, Stress: 1, Cases: 1, ByOutcome: outcomes("pending")},
	}
	ideas := []journal.Idea{
		{ID: 1, ShiftDate: date(t, "2026-11-20"), Kind: "product", Status: "new"},
		{ID: 2, ShiftDate: date(t, "2026-11-24"), Kind: "process", Status: "adopted"},
		{ID: 3, ShiftDate: date(t, "2026-11-27"), Kind: "process", Status: "shared"},
	}
	return ms, ideas
}

const smallJournalStats = `{
  "today": "2026-11-25",
  "range": {"from": "2026-11-20", "to": "2026-11-25"},
  "shifts": 3,
  "streak": {"current": 3, "longest": 3},
  "consistency_30d": 1,
  "mood": {"avg": 3, "last7_avg": 3, "prev7_avg": null, "trend": "unknown"},
  "energy": {"avg": 3, "last7_avg": 3, "prev7_avg": null, "trend": "unknown"},
  "stress": {"avg": 3, "last7_avg": 3, "prev7_avg": null, "trend": "unknown"},
  "contacts": {"total": 90, "per_shift": 45},
  "csat_avg": 96.5,
  "cases": {"total": 3, "praise": 1,
    "by_outcome": {"escalated": 1, "none": 1, "pending": 0, "resolved": 1, "unresolved": 0},
    "by_category": {"logistics": 1, "refund": 2}},
  "ideas": {"total": 2, "by_status": {"adopted": 1, "declined": 0, "new": 1, "shared": 0}},
  "weekly": [
    {"week": "2026-W47", "shifts": 1, "mood_avg": 3, "energy_avg": 4, "stress_avg": 2, "contacts": 40, "csat_avg": 96.5, "cases": 1, "praise": 1},
    {"week": "2026-W48", "shifts": 2, "mood_avg": 3, "energy_avg": 2, "stress_avg": 3.5, "contacts": 50, "csat_avg": null, "cases": 2, "praise": 0}
  ],
  "wellbeing": {"signal": false, "reasons": [], "enabled": true},
  "by_weekday": {"mon": {"shifts": 1, "mood_avg": 4, "energy_avg": null, "stress_avg": 3, "contacts_per_shift": 50},
    "tue": {"shifts": 1, "mood_avg": 2, "energy_avg": 2, "stress_avg": 4, "contacts_per_shift": null},
    "wed": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "thu": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null},
    "fri": {"shifts": 1, "mood_avg": 3, "energy_avg": 4, "stress_avg": 2, "contacts_per_shift": 40},
    "sat": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "sun": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}},
  "by_shift": {"day": {"shifts": 2, "mood_avg": 3.5, "energy_avg": 4, "stress_avg": 2.5, "contacts_per_shift": 45},
    "evening": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null},
    "night": {"shifts": 1, "mood_avg": 2, "energy_avg": 2, "stress_avg": 4, "contacts_per_shift": null},
    "other": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}},
  "by_category_stress": {"logistics": {"stress_avg": 3, "shifts": 1}, "refund": {"stress_avg": 2.5, "shifts": 2}}
}`

func jsonEqual(t *testing.T, got any, want string) {
	t.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	// Both sides in one key order (maps sort their keys when marshalled),
	// so the expected text may list weekdays Monday first.
	normal := func(b []byte) string {
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		out, _ := json.Marshal(v)
		return string(out)
	}
	if g, w := normal(g), normal([]byte(want)); g != w {
		t.Errorf("JSON\n got %s\nwant %s", g, w)
	}
}

func TestComputeSmallJournal(t *testing.T) {
	ms, ideas := smallJournal(t)
	s := Compute(cal(t, "2026-11-25", weekdaysOnly), ms, ideas, 0, 0, true)
	jsonEqual(t, s, smallJournalStats)
}

func TestComputeRange(t *testing.T) {
	ms, ideas := smallJournal(t)
	c := cal(t, "2026-11-25", weekdaysOnly)
	// The range limits totals, averages, ideas and weeks; streaks, consistency,
	// last7 and the signal stay "as of today" over the whole journal.
	s := Compute(c, ms, ideas, date(t, "2026-11-23"), date(t, "2026-11-23"), true)
	jsonEqual(t, s, `{
  "today": "2026-11-25",
  "range": {"from": "2026-11-23", "to": "2026-11-23"},
  "shifts": 1,
  "streak": {"current": 3, "longest": 3},
  "consistency_30d": 1,
  "mood": {"avg": 4, "last7_avg": 3, "prev7_avg": null, "trend": "unknown"},
  "energy": {"avg": null, "last7_avg": 3, "prev7_avg": null, "trend": "unknown"},
  "stress": {"avg": 3, "last7_avg": 3, "prev7_avg": null, "trend": "unknown"},
  "contacts": {"total": 50, "per_shift": 50},
  "csat_avg": null,
  "cases": {"total": 2, "praise": 0,
    "by_outcome": {"escalated": 1, "none": 1, "pending": 0, "resolved": 0, "unresolved": 0},
    "by_category": {"logistics": 1, "refund": 1}},
  "ideas": {"total": 0, "by_status": {"adopted": 0, "declined": 0, "new": 0, "shared": 0}},
  "weekly": [
    {"week": "2026-W48", "shifts": 1, "mood_avg": 4, "energy_avg": null, "stress_avg": 3, "contacts": 50, "csat_avg": null, "cases": 2, "praise": 0}
  ],
  "wellbeing": {"signal": false, "reasons": [], "enabled": true},
  "by_weekday": {"mon": {"shifts": 1, "mood_avg": 4, "energy_avg": null, "stress_avg": 3, "contacts_per_shift": 50},
    "tue": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "wed": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "thu": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "fri": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "sat": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "sun": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}},
  "by_shift": {"day": {"shifts": 1, "mood_avg": 4, "energy_avg": null, "stress_avg": 3, "contacts_per_shift": 50},
    "evening": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "night": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "other": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}},
  "by_category_stress": {"logistics": {"stress_avg": 3, "shifts": 1}, "refund": {"stress_avg": 3, "shifts": 1}}
}`)
	// A range ending after today stops at today; the future shift stays out.
	s = Compute(c, ms, ideas, date(t, "2026-11-01"), date(t, "2026-12-31"), true)
	if s.Range.To != c.Today || s.Shifts != 3 || s.Ideas.Total != 2 || len(s.Weekly) != 5 ||
		s.Weekly[0].Week.String() != "2026-W44" || s.Weekly[1].Shifts != 0 || s.Weekly[1].MoodAvg != nil {
		t.Errorf("wide range: %+v", s)
	}
}

// A range that ends before the first entry holds nothing; "as of today"
// figures are unchanged.
func TestComputeRangeBeforeFirstEntry(t *testing.T) {
	ms, ideas := smallJournal(t)
	s := Compute(cal(t, "2026-11-25", weekdaysOnly), ms, ideas, 0, date(t, "2026-11-01"), true)
	if s.Range.From == nil || *s.Range.From != date(t, "2026-11-01") || s.Range.To != date(t, "2026-11-01") ||
		s.Shifts != 0 || s.Mood.Avg != nil || s.Ideas.Total != 0 || len(s.Weekly) != 1 || s.Weekly[0].Shifts != 0 ||
		s.Streak.Current != 3 || fstr(s.Mood.Last7Avg) != "3" {
		t.Errorf("%+v", s)
	}
}

func TestComputeEmptyJournal(t *testing.T) {
	s := Compute(cal(t, "2026-11-25", weekdaysOnly), nil, nil, 0, 0, false)
	jsonEqual(t, s, `{
  "today": "2026-11-25", "range": {"from": null, "to": "2026-11-25"}, "shifts": 0,
  "streak": {"current": 0, "longest": 0}, "consistency_30d": null,
  "mood": {"avg": null, "last7_avg": null, "prev7_avg": null, "trend": "unknown"},
  "energy": {"avg": null, "last7_avg": null, "prev7_avg": null, "trend": "unknown"},
  "stress": {"avg": null, "last7_avg": null, "prev7_avg": null, "trend": "unknown"},
  "contacts": {"total": 0, "per_shift": null}, "csat_avg": null,
  "cases": {"total": 0, "praise": 0,
    "by_outcome": {"escalated": 0, "none": 0, "pending": 0, "resolved": 0, "unresolved": 0}, "by_category": {}},
  "ideas": {"total": 0, "by_status": {"adopted": 0, "declined": 0, "new": 0, "shared": 0}},
  "weekly": [],
  "wellbeing": {"signal": false, "reasons": [], "enabled": false},
  "by_weekday": {"mon": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "tue": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "wed": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "thu": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "fri": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "sat": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "sun": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}},
  "by_shift": {"day": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "evening": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "night": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}, "other": {"shifts": 0, "mood_avg": null, "energy_avg": null, "stress_avg": null, "contacts_per_shift": null}},
  "by_category_stress": {}
}`)
}

func TestTotalsAndWeekRowShareRules(t *testing.T) {
	ms, _ := smallJournal(t)
	w := journal.WeekOf(date(t, "2026-11-23"))
	a := Totals(Between(ms, w.Monday(), w.Sunday()))
	// 23, 24 and 27 November: energy only where given, contacts only where recorded.
	if a.Shifts != 3 || fstr(a.Mood.Avg()) != "3.67" || fstr(a.Energy.Avg()) != "3.5" || a.ContactsTotal() != 50 ||
		a.Contacts.N != 1 || a.Cases != 3 || a.Outcome("") != 1 || a.Outcome("pending") != 1 || a.Outcome("resolved") != 0 || a.ByCategory["refund"] != 1 || a.Helped != 0 {
		t.Errorf("week totals %+v", a)
	}
	row := WeekRow(w, a)
	if row.Shifts != 3 || fstr(row.StressAvg) != "2.67" || row.CSATAvg != nil || row.Contacts != 50 {
		t.Errorf("week row %+v", row)
	}
}

func TestMeanRounding(t *testing.T) {
	for _, tt := range []struct {
		vals []float64
		want string
	}{
		{nil, "null"}, {[]float64{1, 2}, "1.5"}, {[]float64{1, 1, 2}, "1.33"}, {[]float64{2, 2, 1}, "1.67"},
		{[]float64{0.125}, "0.13"}, {[]float64{96.666}, "96.67"}, {[]float64{4, 4, 4}, "4"},
	} {
		var m Mean
		for _, v := range tt.vals {
			m.Add(v)
		}
		if got := fstr(m.Avg()); got != tt.want {
			t.Errorf("mean of %v = %s, want %s", tt.vals, got, tt.want)
		}
	}
}

// Merging the weeks gives exactly the totals of all shifts at once.
func TestWeeksMergeToTotals(t *testing.T) {
	today := journal.NewDate(2026, 11, 25)
	ms, _, _ := synthetic(2, today)
	from := ms[0].Date
	_, weeks := weekly(ms, from, today)
	var merged Aggregate
	for i := range weeks {
		merged.Merge(&weeks[i])
	}
	for i := range ms {
		merged.addCategories(&ms[i])
	}
	all := Totals(ms)
	// CSAT sums are floats added in another order: equal once rounded.
	if fstr(merged.CSAT.Avg()) != fstr(all.CSAT.Avg()) || merged.CSAT.N != all.CSAT.N {
		t.Errorf("CSAT %s/%d vs %s/%d", fstr(merged.CSAT.Avg()), merged.CSAT.N, fstr(all.CSAT.Avg()), all.CSAT.N)
	}
	merged.CSAT, all.CSAT = Mean{}, Mean{}
	g, _ := json.Marshal(merged)
	w, _ := json.Marshal(all)
	if string(g) != string(w) || all.Shifts != len(ms) {
		t.Errorf("merged weeks\n%s\nall at once\n%s", g, w)
	}
}
