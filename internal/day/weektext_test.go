package day

import (
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
)

// A week where no contacts were recorded has no contacts row (not "0");
// cases without an outcome are counted as such; a review with nothing in
// it is no review.
func TestWeekTextSaysOnlyWhatWasRecorded(t *testing.T) {
	w := journal.WeekOf(20261125)
	in := report.WeekInput{Week: w, Today: 20261125, Cal: insight.NewCalendar(20261125, [7]bool{false, true, true, true, true, true, false}, nil),
		Entries: []journal.Entry{{ShiftDate: 20261123, Mood: 3, Cases: []journal.Case{{Title: "退款慢"}, {Title: "丢件", Outcome: "resolved"}}}},
		Review:  &journal.WeeklyReview{Week: w}}
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		p := i18n.New(lang)
		text := strings.Join(WeekText(report.BuildWeek(in), p, WeekStyle{}), "\n")
		if strings.Contains(text, p.T("week.contacts")) {
			t.Errorf("%s: a contacts row with nothing recorded:\n%s", lang, text)
		}
		for _, want := range []string{p.T("stats.outcome_none") + " 1", p.T("outcome.resolved") + " 1", p.T("week.no_review")} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: %q missing:\n%s", lang, want, text)
			}
		}
		contacts := 56
		in2 := in
		in2.Entries = []journal.Entry{{ShiftDate: 20261123, Mood: 3, Contacts: &contacts}}
		text = strings.Join(WeekText(report.BuildWeek(in2), p, WeekStyle{NoReview: "r"}), "\n")
		if !strings.Contains(text, p.T("week.contacts")) || !strings.Contains(text, "  56") || !strings.HasSuffix(text, "\nr") {
			t.Errorf("%s: contacts or the review line:\n%s", lang, text)
		}
	}
}
