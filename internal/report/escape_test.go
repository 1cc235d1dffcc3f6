package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
)

// hostile is the reliability notes' list in one string (the sanitizer's
// own tests hold the same): ESC sequences, OSC 52, OSC 8, C1 CSI as a byte
// and as U+009B, CR, BS, BEL, DEL, NUL.
const hostile = "PWNED\x1b]52;c;aGFja2Vk\x07 \x1b]8;;http://evil.example/\x07click\x1b]8;;\x07 \x9b31m \u009b2J\rover\bX\x7f\x07\x00 tail"

// checkCSVCell: what a spreadsheet reads back from a cell of an export
// can't be a formula (the sanitizer's rule, asked of the cell as written),
// and the sanitizer has nothing left to replace in it.
func checkCSVCell(t *testing.T, in, got string) {
	t.Helper()
	if !utf8.ValidString(got) || safetext.Terminal(got) != got {
		t.Fatalf("cell of %q has a control: %q", in, got)
	}
	if !strings.HasPrefix(got, "'") && safetext.Formula(got) {
		t.Fatalf("cell of %q is a live formula: %q", in, got)
	}
}

// readCSV reads an export back with encoding/csv as header → cells rows.
func readCSV(t *testing.T, b []byte) []map[string]string {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("\uFEFF")) {
		t.Fatalf("CSV without its byte order mark: %q", b[:min(20, len(b))])
	}
	recs, err := csv.NewReader(bytes.NewReader(b[3:])).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not read back: %v\n%q", err, b)
	}
	var rows []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		rows = append(rows, m)
	}
	return rows
}

// csvOf writes a one-shift manager document whose helped line and first
// case's title and need are title, as shift rows and as case rows.
func csvOf(t *testing.T, title string) (shifts, cases []map[string]string) {
	t.Helper()
	e := journal.Entry{ShiftDate: 20261124, Shift: "day", Mood: 3, Helped: []string{title},
		Cases: []journal.Case{{Title: title, Need: title, Outcome: "resolved"}}, Vent: "CANARYVENT"}
	d := Build(Input{From: 20261123, To: 20261129, Entries: []journal.Entry{e}}, Manager, false)
	var b bytes.Buffer
	if err := WriteCSV(&b, d, i18n.New(i18n.EN)); err != nil {
		t.Fatal(err)
	}
	shifts = readCSV(t, b.Bytes())
	b.Reset()
	if err := WriteCaseCSV(&b, d, i18n.New(i18n.EN)); err != nil {
		t.Fatal(err)
	}
	return shifts, readCSV(t, b.Bytes())
}

func TestCSVReadsBack(t *testing.T) {
	for _, s := range []string{hostile, "=cmd|'/C calc'!A0", "a,b\"c\"\r\nd", "多行\n文字", "-", "- wants a refund", ""} {
		shifts, cases := csvOf(t, s)
		if len(shifts) != 1 || len(cases) != 1 {
			t.Fatalf("%q: %d shift rows and %d case rows, want 1 and 1", s, len(shifts), len(cases))
		}
		if shifts[0]["helped 1"] != safetext.CSV(s) || cases[0]["title"] != safetext.CSV(s) || cases[0]["real need"] != safetext.CSV(s) {
			t.Errorf("%q: cells %q %q %q, want %q", s, shifts[0]["helped 1"], cases[0]["title"], cases[0]["real need"], safetext.CSV(s))
		}
		for _, row := range append(shifts, cases...) {
			for _, cell := range row {
				checkCSVCell(t, s, cell)
			}
		}
	}
	// Harmless text keeps no apostrophe.
	if shifts, _ := csvOf(t, "- wants a refund"); shifts[0]["helped 1"] != "- wants a refund" {
		t.Errorf("a list-like line was guarded: %q", shifts[0]["helped 1"])
	}
}

// FuzzCSVExport: whatever a case title holds, the CSV export reads back
// with encoding/csv and no cell is a formula or holds a control.
func FuzzCSVExport(f *testing.F) {
	for _, s := range []string{"", "plain 中文", hostile, "=1+1", "\t-2", "\r\n\r\n", "a\xffb\xc3", "＝SUM(A1)", "- wants"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
			return // the journal refuses such text
		}
		shifts, cases := csvOf(t, s)
		if len(shifts) != 1 || len(cases) != 1 {
			t.Fatalf("%q: %d + %d rows", s, len(shifts), len(cases))
		}
		for _, row := range append(shifts, cases...) {
			for _, cell := range row {
				checkCSVCell(t, s, cell)
			}
		}
	})
}
