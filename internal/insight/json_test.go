package insight

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
)

func encodingJSON(t *testing.T, v any) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// AppendJSON writes exactly what encoding/json writes, over random
// journals, ranges and categories with quotes, HTML, controls and Chinese.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	cats := []string{"退款", `say "hi"`, "<b>&</b>", "tab\there", "\x01\x7f\u009b", "a\\b", "😀", "\u2028"}
	for seed := uint64(1); seed <= 60; seed++ {
		r := rand.New(rand.NewPCG(seed, 9))
		today := journal.NewDate(2026, 11, 25).AddDays(-r.IntN(1000))
		ms, off, ideas := synthetic(1+r.IntN(3), today)
		for i := range ms {
			for j := range ms[i].Categories {
				ms[i].Categories[j] = cats[r.IntN(len(cats))]
			}
			if r.IntN(7) == 0 {
				ms[i].CSAT, ms[i].HasCSAT = r.Float64()*100, true
			}
		}
		var from, to journal.Date
		if r.IntN(2) == 0 {
			from = today.AddDays(-r.IntN(400))
			to = from.AddDays(r.IntN(500))
		}
		s := Compute(NewCalendar(today, weekdaysOnly, off), ms, ideas, from, to, r.IntN(2) == 0)
		if got, want := string(s.AppendJSON(nil)), encodingJSON(t, s); got != want {
			t.Fatalf("seed %d:\n got %s\nwant %s", seed, got, want)
		}
	}
	for _, s := range []Stats{{}, Compute(cal(t, "2026-11-25", weekdaysOnly), nil, nil, 0, 0, true)} {
		if got, want := string(s.AppendJSON(nil)), encodingJSON(t, s); got != want {
			t.Fatalf("\n got %s\nwant %s", got, want)
		}
	}
}

func TestAppendNumber(t *testing.T) {
	for _, v := range []float64{0, 1, -1, 0.5, 2.67, 96.5, 1e-7, 1.5e-9, 1e21, 123456789, -0.01} {
		if got, want := string(appendNumber(nil, &v)), encodingJSON(t, v); got != want {
			t.Errorf("%v: got %s want %s", v, got, want)
		}
	}
}
