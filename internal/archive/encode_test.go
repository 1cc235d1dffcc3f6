package archive_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
)

// TestEncodingIsTheFormatOfVersion1: the one-pass writer writes, byte for
// byte, what encoding/json wrote from the journal's struct tags (indented,
// through safetext.JSON) before it, apart from the version: an archive
// without jots is the version 1 format, so nothing that read backups
// before needs to change but the version it accepts.
func TestEncodingIsTheFormatOfVersion1(t *testing.T) {
	a := gen.Journal(3, 5, 20261125)
	a.Jots = nil // version 2's only addition
	// Hostile and unusual values the generator does not make.
	csat := 1e-7
	zero := 0
	a.Entries[0].Vent = "\x1b]52;c;aGk=\x07 \u009b31m \u202e \x7f \u2028 <b>&"
	a.Entries[0].CSAT = &csat
	a.Entries[1].Contacts = &zero
	a.Entries[2].Cases = append(a.Entries[2].Cases, journal.Case{Title: "x", Praise: true}, journal.Case{Title: "pinned for the review", Pinned: true})
	a.WeeklyReviews[0].UpdatedAt = time.Time{}
	a.DaysOff[0].Note = ""

	var want bytes.Buffer
	enc := json.NewEncoder(safetext.JSON(&want))
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	err := enc.Encode(struct {
		Format        string                 `json:"format"`
		Version       int                    `json:"version"`
		ExportedAt    time.Time              `json:"exported_at"`
		Entries       []journal.Entry        `json:"entries"`
		DaysOff       []journal.DayOff       `json:"days_off"`
		Ideas         []journal.Idea         `json:"ideas"`
		WeeklyReviews []journal.WeeklyReview `json:"weekly_reviews"`
	}{archive.Format, archive.Version, a.ExportedAt, a.Entries, a.DaysOff, a.Ideas, a.WeeklyReviews})
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := archive.Encode(&got, a); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		g, w := strings.Split(got.String(), "\n"), strings.Split(want.String(), "\n")
		for i := range min(len(g), len(w)) {
			if g[i] != w[i] {
				t.Fatalf("line %d:\n got  %s\n want %s", i+1, g[i], w[i])
			}
		}
		t.Fatalf("%d lines, want %d", len(g), len(w))
	}
}

// TestJotsAreWrittenAndReadBack: version 2's addition round-trips.
func TestJotsAreWrittenAndReadBack(t *testing.T) {
	a := gen.Journal(1, 3, 20261125)
	d := a.Entries[4].ShiftDate
	at := time.Date(2026, 3, 4, 10, 1, 0, 0, time.FixedZone("", 8*3600))
	a.Jots = map[journal.Date][]journal.Jot{d: {{At: at, Text: "顾客催发货 \u009b"}, {At: at.Add(time.Hour), Text: "refund loop"}}}
	var b bytes.Buffer
	if err := archive.Encode(&b, a); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"version": 2`, `"jots": [`, `"at": "2026-03-04T10:01:00+08:00"`, `"text": "顾客催发货 \u009b"`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("archive lacks %s", want)
		}
	}
	back, err := archive.Decode(&b)
	if err != nil {
		t.Fatal(err)
	}
	if got := back.Jots[d]; len(got) != 2 || got[0].Text != "顾客催发货 \u009b" || !got[1].At.Equal(at.Add(time.Hour)) {
		t.Errorf("jots back: %+v", got)
	}
}

// TestWriteEntriesIsListJSON: `list --json` keeps its output (encoding/json
// indented, through safetext.JSON), now written in one pass.
func TestWriteEntriesIsListJSON(t *testing.T) {
	entries := gen.Journal(1, 9, 20261125).Entries[:40]
	entries[3].Vent = "\x1b[31m\u009b\u202e"
	for _, list := range [][]journal.Entry{nil, entries} {
		var want, got bytes.Buffer
		enc := json.NewEncoder(safetext.JSON(&want))
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if list == nil {
			enc.Encode([]journal.Entry{})
		} else {
			enc.Encode(list)
		}
		if err := archive.WriteEntries(&got, list); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%d entries: differs from encoding/json", len(list))
		}
	}
}
