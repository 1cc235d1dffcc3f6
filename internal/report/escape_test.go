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
// can't be a formula, and the sanitizer has nothing left to replace in it.
func checkCSVCell(t *testing.T, in, got string) {
	t.Helper()
	if !utf8.ValidString(got) || safetext.Terminal(got) != got {
		t.Fatalf("cell of %q has a control: %q", in, got)
	}
	if f := strings.TrimLeft(got, " "); f != "" && strings.IndexByte("=+-@\t\r", f[0]) >= 0 {
		t.Fatalf("cell of %q is a live formula: %q", in, got)
	}
}

// csvOf writes a one-shift manager document whose first case's title is
// title and reads the CSV back with encoding/csv.
func csvOf(t *testing.T, title string) [][]string {
	t.Helper()
	e := journal.Entry{ShiftDate: 20261124, Shift: "day", Mood: 3, Helped: []string{title},
		Cases: []journal.Case{{Title: title, Need: title, Outcome: "resolved"}}, Vent: "CANARYVENT"}
	d := Build(Input{From: 20261123, To: 20261129, Entries: []journal.Entry{e}}, Manager, false)
	var b bytes.Buffer
	if err := WriteCSV(&b, d, i18n.New(i18n.EN)); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\uFEFF")))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("CSV of %q does not read back: %v\n%q", title, err, b.String())
	}
	return recs
}

func TestCSVReadsBack(t *testing.T) {
	for _, s := range []string{hostile, "=cmd|'/C calc'!A0", "a,b\"c\"\r\nd", "多行\n文字", "-", ""} {
		recs := csvOf(t, s)
		if len(recs) != 2 {
			t.Fatalf("%q: %d records, want header + 1", s, len(recs))
		}
		head, row := recs[0], recs[1]
		col := map[string]string{}
		for i, h := range head {
			col[h] = row[i]
		}
		if col["title"] != safetext.CSV(s) || col["helped 1"] != safetext.CSV(s) || col["real need"] != safetext.CSV(s) {
			t.Errorf("%q: cells %q %q %q, want %q", s, col["title"], col["helped 1"], col["real need"], safetext.CSV(s))
		}
		for _, cell := range row {
			checkCSVCell(t, s, cell)
		}
	}
}

// FuzzCSVExport: whatever a case title holds, the CSV export reads back
// with encoding/csv and no cell is a formula or holds a control.
func FuzzCSVExport(f *testing.F) {
	for _, s := range []string{"", "plain 中文", hostile, "=1+1", "\t-2", "\r\n\r\n", "a\xffb\xc3", "＝SUM(A1)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
			return // the journal refuses such text
		}
		recs := csvOf(t, s)
		if len(recs) != 2 {
			t.Fatalf("%q: %d records", s, len(recs))
		}
		for _, cell := range recs[1] {
			checkCSVCell(t, s, cell)
		}
	})
}
