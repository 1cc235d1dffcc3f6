package chart

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/debrief-app/debrief/internal/journal"
)

func TestBars(t *testing.T) {
	got := Bars([]Bar{{"售后", 80}, {"logistics", 40}, {"价格", 1}, {"none", 0}}, 6, 8, nil)
	want := []string{
		"售后   ████████ 80",
		"logis… ████ 40",
		"价格   █ 1", // a small count still shows
		"none    0",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Bars:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, l := range got[:2] {
		// Labels take exactly 6 cells, Chinese counted as 2 each.
		if i := strings.Index(l, "█"); lipgloss.Width(l[:i]) != 7 {
			t.Errorf("label column of %q is %d cells", l, lipgloss.Width(l[:i]))
		}
	}
	if got := Bars(nil, 4, 4, nil); len(got) != 0 {
		t.Errorf("no bars drew %q", got)
	}
	styled := Bars([]Bar{{"a", 2}}, 1, 2, func(s string) string { return "<" + s + ">" })
	if styled[0] != "a <██> 2" {
		t.Errorf("styled bar %q", styled[0])
	}
}

func TestPad(t *testing.T) {
	for _, tt := range []struct {
		in    string
		width int
		want  string
	}{
		{"ab", 4, "ab  "}, {"退款", 4, "退款"}, {"退款流程", 5, "退款…"}, {"abcdef", 3, "ab…"},
	} {
		if got := Pad(tt.in, tt.width); got != tt.want || lipgloss.Width(got) != tt.width {
			t.Errorf("Pad(%q, %d) = %q (%d cells), want %q", tt.in, tt.width, got, lipgloss.Width(got), tt.want)
		}
	}
}

// Six weeks ending Wednesday 2026-11-25: columns are weeks (Monday on
// top), days after the last are blank, and November's name sits over the
// column holding 1 November (the week of Monday 26 October).
func TestCalendar(t *testing.T) {
	last := journal.NewDate(2026, 11, 25)
	cell := func(d journal.Date) string {
		_, _, day := d.Parts()
		return fmt.Sprint(day % 10)
	}
	labels := [7]string{"Mo", "", "We", "", "Fr", "", ""}
	got := Calendar(last, 6, cell, labels, 3, func(d journal.Date) string {
		_, m, _ := d.Parts()
		return m.String()[:3]
	})
	want := []string{
		"    Nov",   // over the week of 26 Oct–1 Nov
		"Mo 962963", // Mondays 19, 26 Oct, 2, 9, 16, 23 Nov
		"   073074", // Tuesdays
		"We 184185", // the last column ends on Wednesday the 25th
		"   29529",  // Thursdays: the 26th is after the last day
		"Fr 30630",
		"   41741",
		"   51852", // Sundays: 25 Oct, 1 Nov ...
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Calendar:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Month names sit over the first week holding the 1st, each followed by a
// space — Chinese ones too: "12月1月" ran together. A name without room
// for itself and the space before the next month's is left out.
func TestCalendarMonthLabels(t *testing.T) {
	last := journal.NewDate(2027, 1, 20)
	cell := func(journal.Date) string { return "." }
	zh := Calendar(last, 10, cell, [7]string{}, 0, func(d journal.Date) string {
		_, m, _ := d.Parts()
		return fmt.Sprintf("%d月", int(m))
	})[0]
	// Columns: weeks of 16 Nov … 18 Jan; 1 Dec is in column 2, 1 Jan in
	// column 6, where "12月 " (five cells) still is: January goes unnamed.
	if zh != "  12月" {
		t.Errorf("zh months %q", zh)
	}
	en := Calendar(last, 10, cell, [7]string{}, 0, func(d journal.Date) string {
		_, m, _ := d.Parts()
		return m.String()[:3]
	})[0]
	if en != "  Dec Jan" {
		t.Errorf("en months %q", en)
	}
}
