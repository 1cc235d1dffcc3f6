package jsonout_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/jsonout"
	"github.com/debrief-app/debrief/internal/report"
)

// TestDocumentsAsEncodingJSON: the JSON export of a generated two-year
// journal, for every audience, with and without the detail and the
// wellbeing, is byte for byte what encoding/json's indenting Encoder
// through safetext.JSON writes for the same document.
func TestDocumentsAsEncodingJSON(t *testing.T) {
	end := journal.NewDate(2026, 11, 25)
	a := gen.Journal(2, 7, end)
	for _, aud := range report.Audiences {
		for _, detail := range []bool{false, true} {
			in := report.Input{From: a.Entries[0].ShiftDate, To: end, Entries: a.Entries, Ideas: a.Ideas,
				Reviews: a.WeeklyReviews, Loc: time.UTC, Detail: detail, Author: report.Author{Name: "小林 \u202e", Team: "售后"}}
			d := report.Build(in, aud, detail)
			v := struct {
				Lang i18n.Lang `json:"lang"`
				*report.Document
			}{i18n.ZH, d}
			want := jsonout.AsEncodingJSON(t, v)
			var got bytes.Buffer
			w := jsonout.New(&got)
			w.Encode(v)
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			if got.String() != want {
				g, x := got.String(), want
				i := 0
				for i < min(len(g), len(x)) && g[i] == x[i] {
					i++
				}
				t.Errorf("%s, detail %v: differs at byte %d of %d:\n%q\nwant\n%q", aud, detail, i, len(x), g[max(0, i-200):min(len(g), i+200)], x[max(0, i-200):min(len(x), i+200)])
			}
		}
	}
}
