package report

import (
	"bufio"
	"io"
	"strconv"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/jsonout"
	"github.com/debrief-app/debrief/internal/safetext"
)

// Playbook is the playbook document, 我的方法: what the cases of a range
// teach, per category (insight.PlaybookOf), for the person and for a new
// colleague alike.
type Playbook struct {
	From journal.Date `json:"from"`
	To   journal.Date `json:"to"`
	// Category is the --category asked for ("" for all).
	Category string `json:"category,omitempty"`
	insight.Playbook
}

// BuildPlaybook makes the playbook of in's entries. The entries pass
// through the Review audience first — the one place that decides what is
// private — so the playbook is made of what a review may show: the cases,
// never the vent, the wellbeing scales, the tags or the jots.
func BuildPlaybook(in Input, category string) *Playbook {
	seen := visibleEntries(in.Entries, Review)
	return &Playbook{From: in.From, To: in.To, Category: category, Playbook: insight.PlaybookOf(seen, category)}
}

// WritePlaybookJSON writes the playbook as JSON: `categories` by case count,
// each with `category`, `cases`, `by_outcome`, `praise`, `needs`, `lessons`
// ([{text, count, last}]) and `best` ([{date, title, …}]).
func WritePlaybookJSON(w io.Writer, pb *Playbook, p *i18n.Printer) error {
	jw := jsonout.New(w)
	jw.Encode(struct {
		Lang i18n.Lang `json:"lang"`
		*Playbook
	}{p.Lang, pb})
	return jw.Flush()
}

// WritePlaybookMarkdown writes the playbook as a document a person could
// hand to a new colleague: per category the numbers, the recurring needs,
// the lessons and the best-handled cases.
func WritePlaybookMarkdown(w io.Writer, pb *Playbook, p *i18n.Printer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	m := &mdWriter{w: bw, p: p}
	md := func(s string) string { return safetext.Markdown(safetext.Line(s), "") }
	m.s("# ", p.T("playbook.title"), "\n\n")
	m.s(p.T("report.range", pb.From, pb.To))
	if pb.Category != "" {
		m.s(" · ", p.T("playbook.only"), p.T("punct.colon"), md(pb.Category))
	}
	m.s("\n\n", p.T("playbook.intro"), "\n\n")
	if len(pb.Categories) == 0 {
		m.s(p.T("report.no_cases"), "\n\n")
	}
	for i := range pb.Categories {
		c := &pb.Categories[i]
		m.s("## ", md(CategoryName(c.Category, p)), "\n\n")
		m.s("- ", PlaybookCounts(c, p), "\n")
		if len(c.Needs) > 0 {
			m.s("- ", p.T("playbook.needs"), p.T("punct.colon"))
			for j, n := range c.Needs {
				if j > 0 {
					m.s(p.T("playbook.sep"))
				}
				m.s(md(n.Text))
				if n.Count > 1 {
					m.s(p.T("playbook.times", n.Count))
				}
			}
			m.s("\n")
		}
		m.s("\n")
		m.lessons("###", p.T("playbook.lessons"), c.Lessons)
		if len(c.Best) > 0 {
			m.s("### ", p.T("playbook.best"), "\n\n")
			for j := range c.Best {
				m.kase(j+1, &c.Best[j].Case, "####", c.Best[j].Date)
			}
		}
	}
	m.s("---\n\n", p.T("playbook.footer"), "\n")
	return bw.Flush()
}

// CategoryName is a category as a heading: its name, or the catalog's word
// for cases without one.
func CategoryName(c string, p *i18n.Printer) string {
	if c == "" {
		return p.T("playbook.no_category")
	}
	return c
}

// PlaybookCounts is a category's numbers in one line: cases, the outcomes
// that occurred, the praise. No user text.
func PlaybookCounts(c *insight.Category, p *i18n.Printer) string {
	l := p.T("playbook.cases", c.Cases)
	for _, o := range journal.Outcomes {
		if n := c.ByOutcome[o]; n > 0 {
			l += " · " + p.T("outcome."+o) + " " + strconv.Itoa(n)
		}
	}
	if n := c.ByOutcome[insight.OutcomeNone]; n > 0 {
		l += " · " + p.T("playbook.no_outcome") + " " + strconv.Itoa(n)
	}
	if c.Praise > 0 {
		l += " · " + p.T("playbook.praise", c.Praise)
	}
	return l
}

// LessonNote is " (3 times, last 2026-11-20)" or " (2026-11-20)", to follow
// a lesson directly (in zh full-width, without the space).
func LessonNote(l insight.Lesson, p *i18n.Printer) string {
	if l.Count > 1 {
		return p.T("playbook.lesson_n", l.Count, l.Last)
	}
	return p.T("playbook.lesson_1", l.Last)
}
