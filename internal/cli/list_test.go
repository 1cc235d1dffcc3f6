package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/journal"
)

// TestListFromSummariesShowsWhatEntriesShow: `debrief list` reads one
// summary per shift (the metrics record, its headline cut at
// journal.MaxHeadline bytes); every line must be the one the entries give
// — `list --search 2026` reads them — including first "helped" lines
// longer than the headline, in Chinese, with control characters, with
// characters of no width, and none at all.
func TestListFromSummariesShowsWhatEntriesShow(t *testing.T) {
	h := newHome(t)
	combining := "e" + strings.Repeat("\u0301", 110) + "之后的文字才看得见"
	helped := [][]string{
		{strings.Repeat("帮顾客改地址，", 40)},
		{strings.Repeat("refund explained step by step; ", 12)},
		{strings.Repeat("\x1b[2J\x07", 60) + "the words after the controls"},
		{combining},
		{strings.Repeat("a", journal.MaxHeadline-3) + "…"},
		nil,
	}
	a := &archive.Archive{Format: archive.Format, Version: archive.Version, ExportedAt: time.Now()}
	for i, hl := range helped {
		a.Entries = append(a.Entries, journal.Entry{ShiftDate: journal.NewDate(2026, 11, 10+i), Mood: 1 + i%5, Helped: hl,
			Cases: []journal.Case{{Title: "退货", Category: "物流", Outcome: "resolved"}}})
	}
	var b bytes.Buffer
	if err := archive.Encode(&b, a); err != nil {
		t.Fatal(err)
	}
	arc := filepath.Join(h.dir, "list.json")
	os.WriteFile(arc, b.Bytes(), 0o600)
	if o := h.run(t, "import", arc); o.code != 0 {
		t.Fatalf("import: %+v", o)
	}
	for _, args := range [][]string{{}, {"--category", "物流"}, {"--from", "2026-11-12", "--to", "2026-11-14"}} {
		fromSummaries := h.run(t, append([]string{"list"}, args...)...)
		fromEntries := h.run(t, append([]string{"list", "--search", "2026"}, args...)...)
		if fromSummaries.code != 0 || fromSummaries.stdout != fromEntries.stdout {
			t.Errorf("list %v from summaries:\n%s\nfrom entries:\n%s", args, fromSummaries.stdout, fromEntries.stdout)
		}
	}
	if o := h.run(t, "list"); !strings.Contains(o.stdout, "帮顾客改地址，帮顾客改地址") || !strings.Contains(o.stdout, "2026-11-15") {
		t.Errorf("list:\n%s", o.stdout)
	}
}

// TestLineStyleIsRender: the label colour put around a line is what
// lipgloss renders for it.
func TestLineStyleIsRender(t *testing.T) {
	l := lineStyleOf(labelStyle)
	for _, s := range []string{"", "a", " a b  c ", "帮顾客改地址…", "x\u0301y", "␛[2J", "tab\tand\nbreak"} {
		if got, want := l.render(s), labelStyle.Render(s); got != want {
			t.Errorf("render(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestTruncate: at most width cells, "…" when cut, whole when it fits.
func TestTruncate(t *testing.T) {
	for _, c := range []struct {
		in    string
		width int
		want  string
	}{
		{"short", 48, "short"},
		{"帮顾客改地址", 12, "帮顾客改地址"},
		{"帮顾客改地址", 11, "帮顾客改地…"},
		{"帮顾客改地址", 10, "帮顾客改…"},
		{"abcdef", 4, "abc…"},
		{"e\u0301e\u0301e\u0301e\u0301", 3, "e\u0301e\u0301…"},
	} {
		if got := truncate(c.in, c.width); got != c.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
		}
	}
}
