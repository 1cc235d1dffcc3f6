package report

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
)

// tenYears is a generated ten-year journal as a manager's export of all
// of it would get it (about 2,500 shifts and 400 ideas).
func tenYears(detail bool) Input {
	end := journal.NewDate(2026, 11, 25)
	a := gen.Journal(10, 1, end)
	return Input{From: a.Entries[0].ShiftDate, To: end, Entries: a.Entries, Ideas: a.Ideas,
		Reviews: a.WeeklyReviews, Loc: time.UTC, Detail: detail, Author: Author{Name: "王小明", Team: "售后二组"}}
}

// TestLongRangeSummarises: above 31 days a document summarises by week (up
// to ~6 months) or by month, with per-shift detail only when asked; the
// periods add up to the summary, edge periods are marked partial, and a
// long range lists twenty ideas and counts the rest.
func TestLongRangeSummarises(t *testing.T) {
	in := tenYears(false)
	d := Build(in, Manager, false)
	if d.By != ByMonth || d.Detail || d.Shifts != nil {
		t.Fatalf("ten years: by %q detail %v shifts %d", d.By, d.Detail, len(d.Shifts))
	}
	fy, fm, _ := in.From.Parts()
	ty, tm, _ := in.To.Parts()
	months := (ty-fy)*12 + int(tm-fm) + 1
	if len(d.Periods) != months {
		t.Errorf("%d periods, want one per month: %d", len(d.Periods), months)
	}
	contacts, shifts, cases := 0, 0, 0
	for _, p := range d.Periods {
		contacts += p.Contacts
		shifts += p.Shifts
		cases += p.Cases
		if p.MoodAvg != nil {
			t.Fatalf("%s: a mood average without wellbeing", p.Label)
		}
	}
	if contacts != d.Summary.Contacts || shifts != d.Summary.Shifts || cases != d.Summary.Cases {
		t.Errorf("periods sum to %d contacts %d shifts %d cases; the summary says %d %d %d",
			contacts, shifts, cases, d.Summary.Contacts, d.Summary.Shifts, d.Summary.Cases)
	}
	last := d.Periods[len(d.Periods)-1]
	if last.Label != "2026-11" || !last.Partial || last.To != in.To || d.Periods[1].Partial {
		t.Errorf("last period %+v (the range ends on the 25th: partial), second %+v", last, d.Periods[1])
	}
	if len(d.Ideas) != maxIdeasLong || d.MoreIdeas == 0 || d.Ideas[0].Status != journal.IdeaAdopted {
		t.Errorf("ideas: %d listed, %d more, first %s", len(d.Ideas), d.MoreIdeas, d.Ideas[0].Status)
	}
	if full := Build(tenYears(true), Manager, false); len(full.Shifts) != len(in.Entries) || full.MoreIdeas != 0 {
		t.Errorf("--detail: %d shifts of %d, %d ideas left out", len(full.Shifts), len(in.Entries), full.MoreIdeas)
	}

	// A hundred days from a Wednesday: by week, both edge weeks partial.
	from := journal.NewDate(2026, 8, 12)
	in.From, in.To = from, from.AddDays(99)
	d = Build(in, Manager, true)
	if d.By != ByWeek || !d.Periods[0].Partial || !d.Periods[len(d.Periods)-1].Partial || d.Periods[1].Partial {
		t.Errorf("100 days: by %s, edges %+v … %+v", d.By, d.Periods[0], d.Periods[len(d.Periods)-1])
	}
	if d.Periods[0].From != from || d.Periods[0].Label != "2026-W33" {
		t.Errorf("first week %+v", d.Periods[0])
	}
	// A month or less keeps every shift.
	in.From, in.To = journal.NewDate(2026, 10, 1), journal.NewDate(2026, 10, 31)
	if d := Build(in, Manager, false); !d.Detail || len(d.Shifts) == 0 {
		t.Errorf("31 days: detail %v, %d shifts", d.Detail, len(d.Shifts))
	}

	var b bytes.Buffer
	WriteMarkdown(&b, Build(tenYears(false), Manager, true), i18n.New(i18n.EN))
	md := b.String()
	for _, want := range []string{"## By month", "| 2026-11 (partial) |", "--detail lists every shift", "… and "} {
		if !strings.Contains(md, want) {
			t.Errorf("the 10-year Markdown lacks %q", want)
		}
	}
	if n := strings.Count(md, "\n"); n > 400 {
		t.Errorf("the 10-year Markdown has %d lines: not a summary", n)
	}
}

// pdfPages counts the pages of a PDF Chromium printed (its page objects).
var pdfPage = regexp.MustCompile(`/Type\s*/Page[^s]`)

// TestLongRangePrintsInAFewPages prints the manager's HTML of ten years
// and of six months to PDF in headless Chromium: a few pages each, not the
// thousands one section per shift took. DEBRIEF_SCREENSHOTS=DIR keeps the
// PDFs and a screenshot.
func TestLongRangePrintsInAFewPages(t *testing.T) {
	bin := chromium(t)
	ten := tenYears(false)
	half := tenYears(false)
	half.From = half.To.AddDays(-182)
	// One language each: every Chromium start costs seconds of make test.
	for _, c := range []struct {
		name     string
		in       Input
		maxPages int
		langs    []i18n.Lang
	}{{"10y", ten, 8, []i18n.Lang{i18n.EN}}, {"6m", half, 4, []i18n.Lang{i18n.ZH}}} {
		for _, lang := range c.langs {
			dir := t.TempDir()
			file := filepath.Join(dir, "export.html")
			var b bytes.Buffer
			if err := WriteHTML(&b, Build(c.in, Manager, true), i18n.New(lang)); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, b.Bytes(), 0o600); err != nil {
				t.Fatal(err)
			}
			pdf := filepath.Join(dir, "export.pdf")
			runChromium(t, bin, "--no-pdf-header-footer", "--print-to-pdf="+pdf, "file://"+file)
			data, err := os.ReadFile(pdf)
			if err != nil {
				t.Fatal(err)
			}
			pages := len(pdfPage.FindAll(data, -1))
			t.Logf("%s %s: %d pages", c.name, lang, pages)
			if pages == 0 || pages > c.maxPages {
				t.Errorf("%s %s: the manager's HTML prints to %d pages, want 1–%d", c.name, lang, pages, c.maxPages)
			}
			if keep := os.Getenv("DEBRIEF_SCREENSHOTS"); keep != "" {
				os.WriteFile(filepath.Join(keep, "manager-"+c.name+"-"+string(lang)+".pdf"), data, 0o600)
				os.WriteFile(filepath.Join(keep, "manager-"+c.name+"-"+string(lang)+".html"), b.Bytes(), 0o600)
			}
		}
	}
}
