package report

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
)

// reviewInput: four shifts over two years, counted by hand below.
func reviewInput() Input {
	return Input{From: 20250101, To: 20260228, Loc: time.UTC, Entries: []journal.Entry{
		{ShiftDate: 20250110, Contacts: ptr(40), CSAT: ptr(90.0), Helped: []string{"A1"}, Vent: ventCanary,
			Cases: []journal.Case{{Title: "c1", Outcome: "resolved", Need: "n"}}},
		{ShiftDate: 20250603, Contacts: ptr(70), CSAT: ptr(80.0), Helped: []string{"A2", "A3"}, Tags: []string{tagCanary},
			Cases: []journal.Case{{Title: "c2", Outcome: "escalated"}, {Title: "c3", Outcome: "resolved", Praise: true}}},
		{ShiftDate: 20260214, Contacts: ptr(70), Helped: []string{"A4"}, Tomorrow: tomorrowCanary,
			Cases: []journal.Case{{Title: "c4", Outcome: "resolved", Pinned: true}}},
		{ShiftDate: 20260220, Contacts: ptr(55), CSAT: ptr(100.0),
			Cases: []journal.Case{{Title: "c5", Outcome: "pending", Better: "先查流水。"}, {Title: "c6", Outcome: "resolved", Better: "先查流水"}}},
	}, Ideas: []journal.Idea{
		{ID: 1, ShiftDate: 20250603, Kind: "process", Text: "i1", Status: "adopted", UpdatedAt: time.Date(2025, 7, 1, 9, 0, 0, 0, time.UTC)},
		{ID: 2, ShiftDate: 20260220, Kind: "product", Text: "i2", Status: "adopted"},
		{ID: 3, ShiftDate: 20260220, Kind: "product", Text: "i3", Status: "new"},
	}}
}

func TestReviewParts(t *testing.T) {
	d := Build(reviewInput(), Review, false)
	got, _ := json.Marshal(d.ReviewParts)
	zero := func(m string) string {
		return `{"month":"` + m + `","shifts":0,"contacts":0,"csat_avg":null,"cases":0,"praise":0,"ideas_adopted":0}`
	}
	months := []string{`{"month":"2025-01","shifts":1,"contacts":40,"csat_avg":90,"cases":1,"praise":0,"ideas_adopted":0}`}
	for _, m := range []string{"2025-02", "2025-03", "2025-04", "2025-05"} {
		months = append(months, zero(m))
	}
	months = append(months, `{"month":"2025-06","shifts":1,"contacts":70,"csat_avg":80,"cases":2,"praise":1,"ideas_adopted":0}`,
		`{"month":"2025-07","shifts":0,"contacts":0,"csat_avg":null,"cases":0,"praise":0,"ideas_adopted":1}`)
	for _, m := range []string{"2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01"} {
		months = append(months, zero(m))
	}
	months = append(months, `{"month":"2026-02","shifts":2,"contacts":125,"csat_avg":100,"cases":3,"praise":0,"ideas_adopted":1}`)
	want := `{"months":[` + strings.Join(months, ",") + `],` +
		`"years":[{"year":2025,"shifts":2,"contacts":110,"csat_avg":85,"cases":3,"praise":1},{"year":2026,"shifts":2,"contacts":125,"csat_avg":100,"cases":3,"praise":0}],` +
		`"peak":{"date":"2025-06-03","contacts":70},` +
		`"by_outcome":{"escalated":1,"none":0,"pending":1,"resolved":4,"unresolved":0},` +
		`"pinned":[{"date":"2026-02-14","case":{"title":"c4","outcome":"resolved","pinned":true}}],` +
		`"helped_sample":[{"date":"2025-01-10","text":"A1"},{"date":"2025-06-03","text":"A2"},{"date":"2025-06-03","text":"A3"},{"date":"2026-02-14","text":"A4"}],` +
		`"lessons":[{"text":"先查流水","count":2,"last":"2026-02-20"}]}`
	if string(got) != want {
		t.Errorf("review parts\n got %s\nwant %s", got, want)
	}
	// The pinned case is told first, not again among the strongest.
	var titles []string
	for _, s := range d.Stories {
		titles = append(titles, s.Case.Title)
	}
	if strings.Join(titles, " ") != "c3 c6 c1 c5 c2" {
		t.Errorf("stories %v", titles)
	}
	if d.Summary.IdeasAdopted != 2 {
		t.Errorf("ideas adopted %d: the months' total must be the summary's", d.Summary.IdeasAdopted)
	}
	// Other audiences have no review parts at all.
	if Build(reviewInput(), Manager, false).ReviewParts != nil {
		t.Error("a manager's export has review parts")
	}
}

// Ten shifts, the newest six with praise: the old pick was the five newest;
// spread over the range it is the best of each fifth of the shifts.
func TestStrongestSpreadsOverTheRange(t *testing.T) {
	var es []journal.Entry
	for i := range 10 {
		es = append(es, journal.Entry{ShiftDate: journal.NewDate(2026, 1, 1+3*i),
			Cases: []journal.Case{{Title: string(rune('a' + i)), Outcome: "resolved", Need: "n", Praise: i >= 4}}})
	}
	var got []string
	for _, s := range strongest(visibleEntries(es, Review), 5) {
		got = append(got, s.Case.Title)
	}
	if strings.Join(got, "") != "jhfdb" {
		t.Errorf("strongest %v, want j h f d b", got)
	}
}

func TestReviewResolutionHasContext(t *testing.T) {
	d := Build(reviewInput(), Review, false)
	for lang, want := range map[i18n.Lang]string{
		i18n.ZH: "6 个案例的结果：已解决 4（67%）、已升级 1（17%）、跟进中 1（17%）。升级是流程的一部分",
		i18n.EN: "How 6 cases ended: resolved 4 (67%), escalated 1 (17%), pending 1 (17%). Escalating is part of the job",
	} {
		if l := resolutionLine(d.ReviewParts, i18n.New(lang)); !strings.HasPrefix(l, want) {
			t.Errorf("%s: %q", lang, l)
		}
	}
}

func TestGoldenReview(t *testing.T) {
	in := reviewInput()
	for _, c := range []struct {
		name  string
		lang  i18n.Lang
		write func(*bytes.Buffer, *Document, *i18n.Printer) error
	}{
		{"review_years_zh.md", i18n.ZH, formats["md"]}, {"review_years_en.md", i18n.EN, formats["md"]},
		{"review_years_zh.html", i18n.ZH, formats["html"]}, {"review_years_en.html", i18n.EN, formats["html"]},
	} {
		var b bytes.Buffer
		if err := c.write(&b, Build(in, Review, false), i18n.New(c.lang)); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, canary := range []string{ventCanary, tagCanary, tomorrowCanary} {
			if strings.Contains(out, canary) {
				t.Errorf("%s: %s leaked", c.name, canary)
			}
		}
		t.Run(c.name, func(t *testing.T) { golden.RequireEqual(t, b.Bytes()) })
	}
}

// TestReviewHTMLRendersInChromium: the review of two years, in Chinese and
// English, rendered by headless Chromium: the month table, the pinned case
// and the lessons are in the DOM Chromium builds, the private canaries are
// not, and the screenshot has ink on it (DEBRIEF_SCREENSHOTS=DIR keeps it).
func TestReviewHTMLRendersInChromium(t *testing.T) {
	bin := chromium(t)
	d := Build(reviewInput(), Review, false)
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		p := i18n.New(lang)
		var b bytes.Buffer
		if err := WriteHTML(&b, d, p); err != nil {
			t.Fatal(err)
		}
		dom, _, ink := renderInChromium(t, bin, b.Bytes(), 1800, "review-"+string(lang)+".png")
		for _, want := range []string{p.T("review.months"), "<table>", "<td>2026-02</td><td>2</td><td>125</td>", p.T("review.pinned"),
			p.T("review.lessons"), p.T("review.peak", "2025-06-03", 70)} {
			if !strings.Contains(dom, want) {
				t.Errorf("%s: the rendered DOM lacks %q", lang, want)
			}
		}
		for _, canary := range []string{ventCanary, tagCanary, tomorrowCanary, "<script"} {
			if strings.Contains(dom, canary) {
				t.Errorf("%s: %q in the rendered DOM", lang, canary)
			}
		}
		if ink < 2000 {
			t.Errorf("%s: %d dark pixels: nothing rendered?", lang, ink)
		}
	}
}

// strongestBySorting is the pick as first written — every case scored and
// sorted — kept to check the one-pass pick against: the same stories in
// the same order, on journals with ties, pinned cases and empty spans.
func strongestBySorting(entries []insight.CaseShift, n int) []Story {
	type scored struct {
		Story
		score, span int
	}
	var all []scored
	for i := range entries {
		for _, c := range entries[i].Cases {
			if s := caseScore(&c); s >= 0 {
				all = append(all, scored{Story{Date: entries[i].Date, Case: c}, s, i * n / len(entries)})
			}
		}
	}
	better := func(a, b scored) int { return cmp.Or(b.score-a.score, cmp.Compare(b.Date, a.Date)) }
	slices.SortStableFunc(all, better)
	var picked []scored
	taken := make([]bool, len(all))
	seenSpan := map[int]bool{}
	for i, s := range all {
		if len(picked) < n && !seenSpan[s.span] {
			seenSpan[s.span], taken[i] = true, true
			picked = append(picked, s)
		}
	}
	for i, s := range all {
		if len(picked) >= n {
			break
		}
		if !taken[i] {
			picked = append(picked, s)
		}
	}
	slices.SortStableFunc(picked, better)
	out := make([]Story, len(picked))
	for i, s := range picked {
		out[i] = s.Story
	}
	return out
}

func TestStrongestMatchesSortingEveryCase(t *testing.T) {
	rnd := rand.New(rand.NewPCG(15, 2))
	pick := func(xs ...string) string { return xs[rnd.IntN(len(xs))] }
	for round := range 400 {
		var es []journal.Entry
		d := journal.NewDate(2025, 1, 1)
		for i := range rnd.IntN(40) {
			e := journal.Entry{ShiftDate: d.AddDays(i*(1+rnd.IntN(3)) + i)}
			for k := range rnd.IntN(4) {
				e.Cases = append(e.Cases, journal.Case{
					Title: fmt.Sprintf("%d-%d", i, k), Praise: rnd.IntN(4) == 0, Pinned: rnd.IntN(8) == 0,
					Outcome: pick("", "resolved", "escalated", "pending"), Need: pick("", " ", "n"),
					Action: pick("", "a"), Better: pick("", "b"),
				})
			}
			es = append(es, e)
		}
		n := 1 + rnd.IntN(7)
		seen := visibleEntries(es, Review)
		got, want := strongest(seen, n), strongestBySorting(seen, n)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d, n %d: one pass picked %v, sorting %v", round, n, storyTitles(got), storyTitles(want))
		}
	}
}

func storyTitles(ss []Story) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Date.String()+" "+s.Case.Title)
	}
	return out
}

// The helped sample is the first, the last and even steps between, as
// indexes k·(total−1)/(n−1) into every non-blank line of the range.
func TestHelpedSampleSteps(t *testing.T) {
	for total := range 40 {
		var es []journal.Entry
		for i := range total {
			es = append(es, journal.Entry{ShiftDate: journal.NewDate(2026, 1, 1).AddDays(i), Helped: []string{" ", fmt.Sprint(i)}})
		}
		var want []string
		for k := range min(total, maxHelped) {
			i := k
			if total > maxHelped {
				i = k * (total - 1) / (maxHelped - 1)
			}
			want = append(want, fmt.Sprint(i))
		}
		var got []string
		for _, h := range helpedSample(visibleEntries(es, Review), maxHelped) {
			got = append(got, h.Text)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%d lines: sample %v, want %v", total, got, want)
		}
	}
}
