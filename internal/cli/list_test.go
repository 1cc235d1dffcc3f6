package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/i18n"
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

// TestListPlainIsTheStrippedColour: the lines list writes plain, for
// output that keeps no colour, are byte for byte what the coloured lines
// become through the colour writer with no terminal, in both languages,
// for the shifts of three generated years and for headlines with
// controls, escapes, bidi overrides, characters of no width, tabs and none
// at all. The colour writer is given whole lines only: it reads each write
// alone, and a colour or a character cut between two writes came out as
// garbage ("138m", "�") once the list passed 32 KB.
func TestListPlainIsTheStrippedColour(t *testing.T) {
	var lines []journal.Summary
	for _, e := range gen.Journal(3, 3, journal.NewDate(2026, 11, 25)).Entries {
		lines = append(lines, journal.Summary{Metrics: journal.MetricsOf(&e), Headline: journal.HeadlineOf(&e)})
	}
	for i, h := range []string{"", "\x1b[31mred\x1b[0m and \x9b2J", "tab\there\r\nand a break", "\u202eevil\u202c", "e\u0301\u200b之后", strings.Repeat("帮顾客改地址，", 40), "\x07\x00\x7f"} {
		lines = append(lines, journal.Summary{Metrics: journal.Metrics{Date: journal.NewDate(2027, 1, 1+i), Shift: "night", Mood: i % 6, Cases: 20 + i}, Headline: h})
	}
	lines = append(lines, journal.Summary{Metrics: journal.Metrics{Date: 20270201, Shift: "unknown-shift", Mood: -1, Cases: -1}})
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		p := i18n.New(lang)
		var coloured, plain bytes.Buffer
		cw := &colorprofile.Writer{Forward: &coloured, Profile: colorprofile.NoTTY}
		writes := &wholeLines{w: cw}
		if err := writeList(writes, p, lines, lineStyleOf(labelStyle)); err != nil {
			t.Fatal(err)
		}
		if writes.n < 2 || writes.cut {
			t.Errorf("%s: %d writes, one not ending a line: %v", lang, writes.n, writes.cut)
		}
		if err := writeList(&plain, p, lines, lineStyle{style: lipgloss.NewStyle()}); err != nil {
			t.Fatal(err)
		}
		if plain.String() != coloured.String() {
			t.Errorf("%s: plain\n%s\nstripped\n%s", lang, plain.String(), coloured.String())
		}
		if n := strings.Count(plain.String(), "\n"); n != len(lines)+1 {
			t.Errorf("%s: %d lines for %d shifts", lang, n, len(lines))
		}
	}
}

// wholeLines counts the writes to w and notes one that does not end a line.
type wholeLines struct {
	w   io.Writer
	n   int
	cut bool
}

func (l *wholeLines) Write(p []byte) (int, error) {
	l.n++
	l.cut = l.cut || len(p) == 0 || p[len(p)-1] != '\n'
	return l.w.Write(p)
}
