package day

import (
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/safetext"
)

// PlaybookReading is the playbook as a document to read on a terminal:
// `debrief playbook` prints it and the app's Playbook screen scrolls it,
// with the same blocks as an entry's Reading.
func PlaybookReading(pb *report.Playbook, p *i18n.Printer) Reading {
	var r Reading
	head := p.T("report.range", pb.From, pb.To)
	if pb.Category != "" {
		head += " · " + p.T("playbook.only") + p.T("punct.colon") + safetext.Line(pb.Category)
	}
	r = append(r, Block{Kind: Heading, Text: p.T("playbook.title") + " · " + head})
	if len(pb.Categories) == 0 {
		r = append(r, Block{Kind: Gap}, Block{Kind: Text, Text: p.T("tui.playbook.empty")})
		return r
	}
	colon := p.T("punct.colon")
	for i := range pb.Categories {
		c := &pb.Categories[i]
		r = append(r, Block{Kind: Gap},
			Block{Kind: Heading, Text: safetext.Line(report.CategoryName(c.Category, p))},
			Block{Kind: CaseMeta, Text: report.PlaybookCounts(c, p)})
		if len(c.Needs) > 0 {
			var needs string
			for j, n := range c.Needs {
				if j > 0 {
					needs += p.T("playbook.sep")
				}
				needs += safetext.Line(n.Text)
				if n.Count > 1 {
					needs += p.T("playbook.times", n.Count)
				}
			}
			r = append(r, Block{Kind: Field, Label: p.T("playbook.needs") + colon, Text: needs})
		}
		if len(c.Lessons) > 0 {
			r = append(r, Block{Kind: Field, Label: p.T("playbook.lessons") + colon})
			for _, l := range c.Lessons {
				r = append(r, Block{Kind: Item, Text: safetext.Line(l.Text) + report.LessonNote(l, p)})
			}
		}
		if len(c.Best) > 0 {
			r = append(r, Block{Kind: Field, Label: p.T("playbook.best") + colon})
			for _, b := range c.Best {
				t := b.Date.String() + "  " + safetext.Line(b.Title)
				if b.Title == "" {
					t = b.Date.String() + "  " + p.T("report.untitled")
				}
				if b.Praise {
					t += "  " + p.T("report.praise")
				} else if b.Outcome != "" {
					t += "  " + p.T("outcome."+b.Outcome)
				}
				r = append(r, Block{Kind: Item, Text: t})
				if b.Action != "" {
					r = append(r, Block{Kind: Field, Label: "   " + p.T("report.action") + colon, Text: safetext.Terminal(b.Action)})
				}
			}
		}
	}
	return r
}
