package report

import (
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/safetext"
)

// review puts a review's parts on the page (its lines are in the
// summary's): the same table and cases as the Markdown (review_md.go), escaped by htmlText.
func (v *htmlView) review(d *Document, p *i18n.Printer) {
	r := d.ReviewParts
	if r == nil {
		return
	}
	if len(r.Months) > 0 {
		for _, h := range monthHeader(p) {
			v.MonthHead = append(v.MonthHead, htmlText(h))
		}
		for i := range r.Months {
			v.Months = append(v.Months, monthRow(&r.Months[i]))
		}
	}
	for i := range r.Pinned {
		v.Pinned = append(v.Pinned, newHTMLCase(i, &r.Pinned[i].Case, true, r.Pinned[i].Date, p))
	}
	for _, h := range r.Helped {
		v.HelpedSample = append(v.HelpedSample, htmlText(h.Date.String()+" "+h.Text))
	}
	for _, l := range r.Lessons {
		v.Lessons = append(v.Lessons, htmlText(safetext.Line(l.Text)+LessonNote(l, p)))
	}
}
