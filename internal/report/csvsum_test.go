package report

import (
	"bytes"
	"strconv"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
)

// sum adds a numeric column the way a spreadsheet's SUM does: empty cells
// count as nothing, anything else must be a number.
func sum(t *testing.T, rows []map[string]string, col string) float64 {
	t.Helper()
	total := 0.0
	for _, r := range rows {
		cell, ok := r[col]
		if !ok {
			t.Fatalf("no column %q in %v", col, r)
		}
		if cell == "" {
			continue
		}
		v, err := strconv.ParseFloat(cell, 64)
		if err != nil {
			t.Fatalf("column %q holds %q, not a number", col, cell)
		}
		total += v
	}
	return total
}

// TestCSVSums: summing a column of the CSV gives the document's true
// totals, over a generated year with several cases on many shifts (where
// one row per case counted a shift's contacts once per case): contacts,
// cases and praise over the shift rows; the number of case rows and the
// praise column over the case rows.
func TestCSVSums(t *testing.T) {
	end := journal.NewDate(2026, 11, 25)
	a := gen.Journal(1, 7, end)
	from := end.AddDays(-364)
	var es []journal.Entry
	multi := 0
	for _, e := range a.Entries {
		if e.ShiftDate >= from {
			es = append(es, e)
			if len(e.Cases) > 1 {
				multi++
			}
		}
	}
	if multi < 10 {
		t.Fatalf("the generated year has %d shifts with several cases: the test would prove nothing", multi)
	}
	d := Build(Input{From: from, To: end, Entries: es, Loc: time.UTC, Detail: true}, Manager, true)
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		p := i18n.New(lang)
		col := func(k string) string { return p.T("report.col." + k) }
		var b bytes.Buffer
		if err := WriteCSV(&b, d, p); err != nil {
			t.Fatal(err)
		}
		shifts := readCSV(t, b.Bytes())
		if len(shifts) != d.Summary.Shifts {
			t.Errorf("%s: %d shift rows, want %d", lang, len(shifts), d.Summary.Shifts)
		}
		if got := sum(t, shifts, col("contacts")); got != float64(d.Summary.Contacts) {
			t.Errorf("%s: contacts sum to %v, want %d", lang, got, d.Summary.Contacts)
		}
		if got := sum(t, shifts, col("cases")); got != float64(d.Summary.Cases) {
			t.Errorf("%s: cases sum to %v, want %d", lang, got, d.Summary.Cases)
		}
		if got := sum(t, shifts, col("praise")); got != float64(d.Summary.Praise) {
			t.Errorf("%s: praise sums to %v, want %d", lang, got, d.Summary.Praise)
		}
		sum(t, shifts, col("mood")) // numbers only: no per-shift words
		sum(t, shifts, col("csat"))

		b.Reset()
		if err := WriteCaseCSV(&b, d, p); err != nil {
			t.Fatal(err)
		}
		cases := readCSV(t, b.Bytes())
		if len(cases) != d.Summary.Cases {
			t.Errorf("%s: %d case rows, want %d", lang, len(cases), d.Summary.Cases)
		}
		if got := sum(t, cases, col("praise")); got != float64(d.Summary.Praise) {
			t.Errorf("%s: case rows' praise sums to %v, want %d", lang, got, d.Summary.Praise)
		}
		if _, ok := cases[0][col("contacts")]; ok {
			t.Errorf("%s: case rows carry the shift's contacts", lang)
		}
	}
	// Without --include-wellbeing there is no mood column at all.
	var b bytes.Buffer
	WriteCSV(&b, Build(Input{From: from, To: end, Entries: es, Detail: true}, Manager, false), i18n.New(i18n.EN))
	if _, ok := readCSV(t, b.Bytes())[0]["mood"]; ok {
		t.Error("a mood column without --include-wellbeing")
	}
}
