package day

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
)

func f64(v float64) *float64 { return &v }

func readingWeek() *report.WeekSummary {
	return &report.WeekSummary{Week: journal.Week{Year: 2026, Num: 47}, From: 20261116, To: 20261122,
		Shifts: 2, Scheduled: 5, MoodAvg: f64(3.5), EnergyAvg: f64(3), Contacts: 80, CSATAvg: f64(95),
		Prev: report.WeekPrev{MoodAvg: f64(2), MoodTrend: "up", EnergyTrend: "unknown", StressTrend: "unknown"},
		Cases: report.WeekCases{Total: 3, Praise: 1, ByOutcome: map[string]int{"resolved": 1, "none": 2},
			ByCategory: map[string]int{"退款": 2, "一个很长很长很长很长很长的分类名字": 1}},
		Helped:  []report.Helped{{Date: 20261117, Text: "帮奶奶改好了收货地址\x1b]52;c;aGk=\x07"}},
		Lessons: []report.Lesson{{Date: 20261117, Kind: report.LessonCase, Case: "退款没到账", Text: "先查银行流水"}, {Date: 20261118, Kind: report.LessonNext, Text: "慢一点说话", Happened: "yes"}},
		Ideas:   []report.WeekIdea{{Idea: journal.Idea{ID: 3, Status: "adopted", Text: "订单页显示快递员电话", Impact: "少了一半来电"}}},
	}
}

// TestWeekReading keeps the week as `debrief week` prints it and the Week
// screen shows it (one document), in both languages: the cases without an
// outcome are counted, a long category is cut, the trend is named, no
// control character gets through, and a week without a review (or with
// an empty one) says the caller's hint under the review heading.
func TestWeekReading(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		p := i18n.New(lang)
		s := readingWeek()
		text := strings.Join(WeekReading(s, "HINT", p).Render(0, Style{}), "\n")
		if strings.ContainsAny(text, "\x1b\x07") {
			t.Errorf("%s: a control character got through", lang)
		}
		for _, want := range []string{p.T("stats.outcome_none") + " 2", p.T("trend.up"), "…", "HINT", p.T("week.review")} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: %q is missing:\n%s", lang, want, text)
			}
		}
		t.Run(string(lang), func(t *testing.T) { golden.RequireEqual(t, text+"\n") })

		s.Review = &journal.WeeklyReview{Week: s.Week}
		if r := WeekReading(s, "HINT", p); r[len(r)-1].Text != "HINT" {
			t.Errorf("%s: an empty review is not said as none: %+v", lang, r[len(r)-1])
		}
		s.Review.Focus = "先听完再说"
		if r := WeekReading(s, "HINT", p); r[len(r)-1].Kind != Field || !strings.HasSuffix(r[len(r)-1].Text, "先听完再说") {
			t.Errorf("%s: the review's focus is not last: %+v", lang, r[len(r)-1])
		}
	}
}
