package cli

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
)

// TestStatsJSONIsEncodingJSON: what `stats --json` writes for a script is
// byte for byte what encoding/json's Encoder through safetext.JSON writes
// for the same figures: for generated journals of one and ten years, whole
// and in a range, with the wellbeing signal on and off; for an empty
// journal; and for categories with quotes, controls, escapes, bidi
// overrides and text that is not UTF-8.
func TestStatsJSONIsEncodingJSON(t *testing.T) {
	today := journal.NewDate(2026, 11, 25)
	cal := insight.Calendar{Today: today, Workdays: [7]bool{true, true, true, true, true, true, true}}
	var cases []insight.Stats
	for _, years := range []int{1, 10} {
		a := gen.Journal(years, uint64(years), today)
		ms := make([]journal.Metrics, len(a.Entries))
		for i := range a.Entries {
			ms[i] = journal.MetricsOf(&a.Entries[i])
		}
		cases = append(cases,
			insight.Compute(cal, ms, a.Ideas, 0, 0, true),
			insight.Compute(cal, ms, a.Ideas, journal.NewDate(2026, 1, 1), journal.NewDate(2026, 3, 31), false))
	}
	hostile := []journal.Metrics{{Date: 20261120, Shift: "day", Mood: 1, Stress: 5, Cases: 3,
		Categories: []string{"\"引号\" \\ /", "\x1b[2J\x07\x7f", "\u009b31m\u202eevil\u2028", "bad \xff\xfe utf-8", ""}}}
	for d := journal.Date(20261121); d <= 20261125; d++ {
		hostile = append(hostile, journal.Metrics{Date: d, Shift: "night", Mood: 1, Stress: 5, HasCSAT: true, CSAT: 1e-7})
	}
	cases = append(cases,
		insight.Compute(cal, nil, nil, 0, 0, true),
		insight.Compute(cal, hostile, nil, 0, 0, true),
		insight.Stats{})
	if s := cases[len(cases)-2]; !s.Wellbeing.Signal || len(s.Wellbeing.Reasons) == 0 {
		t.Fatalf("the hostile journal gives no wellbeing signal: %+v", s.Wellbeing)
	}
	for i, s := range cases {
		var want bytes.Buffer
		enc := json.NewEncoder(safetext.JSON(&want))
		enc.SetEscapeHTML(false)
		if err := enc.Encode(&s); err != nil {
			t.Fatal(err)
		}
		got := appendStatsJSON(nil, &s)
		if string(got) != want.String() {
			g, w := string(got), want.String()
			n := 0
			for n < min(len(g), len(w)) && g[n] == w[n] {
				n++
			}
			t.Errorf("case %d differs at byte %d of %d:\n%q\nwant\n%q", i, n, len(w), g[max(0, n-80):min(len(g), n+80)], w[max(0, n-80):min(len(w), n+80)])
		}
	}
}
