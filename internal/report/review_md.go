package report

import (
	"strings"

	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/safetext"
)

// review writes a review's parts after its summary (whose lines tell how
// the cases ended, the peak day and the years: reviewLines): the month table, the pinned cases, the
// strongest cases, a sample of the helped lines and the lessons.
func (m *mdWriter) review(d *Document) {
	p, r := m.p, d.ReviewParts
	if len(r.Months) > 0 {
		m.s("## ", p.T("review.months"), "\n\n")
		head := monthHeader(p)
		m.s("| ", strings.Join(head, " | "), " |\n| --- |", strings.Repeat(" ---: |", len(head)-1), "\n")
		for i := range r.Months {
			m.s("| ", strings.Join(monthRow(&r.Months[i]), " | "), " |\n")
		}
		m.s("\n")
	}
	if len(r.Pinned) > 0 {
		m.s("## ", p.T("review.pinned"), "\n\n")
		for i := range r.Pinned {
			m.kase(i+1, &r.Pinned[i].Case, "###", r.Pinned[i].Date)
		}
	}
	m.stories(d.Stories)
	if len(r.Helped) > 0 {
		m.s("## ", p.T("review.helped"), "\n\n")
		for _, h := range r.Helped {
			m.s("- ", h.Date.String(), " ", safetext.Markdown(h.Text, "  "), "\n")
		}
		m.s("\n")
	}
	m.lessons("##", p.T("review.lessons"), r.Lessons)
}

// lessons writes merged lessons under a heading (none: nothing), each
// with how often and when last: the playbook's and the review's.
func (m *mdWriter) lessons(level, title string, ls []insight.Lesson) {
	if len(ls) == 0 {
		return
	}
	m.s(level, " ", title, "\n\n")
	for _, l := range ls {
		m.s("- ", safetext.Markdown(l.Text, "  "), LessonNote(l, m.p), "\n")
	}
	m.s("\n")
}
