package report

import (
	"strconv"

	"github.com/debrief-app/debrief/internal/i18n"
)

// showPeriods says whether Markdown and HTML show the table of periods: a
// long range's summary, or a manager's wellbeing (weekly averages instead
// of each shift's self-labels).
func showPeriods(d *Document) bool {
	return len(d.Periods) > 0 && d.For != Review && (!d.Detail || d.Wellbeing && !d.For.Private())
}

// authorLine is "From: name (team)", or "" when the document has no author.
func authorLine(d *Document, p *i18n.Printer) string {
	if d.Author == nil {
		return ""
	}
	a := d.Author
	switch {
	case a.Name != "" && a.Team != "":
		return p.T("report.from_team", a.Name, a.Team)
	case a.Name != "":
		return p.T("report.from", a.Name)
	}
	return p.T("report.from", a.Team)
}

// periodTable is the table of periods as text cells, shared by Markdown and
// HTML: the catalog's words and numbers only, no user text.
func periodTable(d *Document, p *i18n.Printer) (head []string, rows [][]string) {
	head = []string{p.T("report.col.period"), p.T("report.col.shifts"), p.T("report.col.contacts"), p.T("report.col.csat"),
		p.T("report.col.cases"), p.T("report.col.praise")}
	if d.Wellbeing {
		head = append(head, p.T("report.col.mood"), p.T("report.col.energy"), p.T("report.col.stress"))
	}
	for _, x := range d.Periods {
		label := x.Label
		if x.Partial {
			label += p.T("report.partial")
		}
		csat := num(x.CSATAvg)
		if x.CSATAvg != nil {
			csat += "%"
		}
		row := []string{label, strconv.Itoa(x.Shifts), strconv.Itoa(x.Contacts), csat, strconv.Itoa(x.Cases), strconv.Itoa(x.Praise)}
		if d.Wellbeing {
			row = append(row, num(x.MoodAvg), num(x.EnergyAvg), num(x.StressAvg))
		}
		rows = append(rows, row)
	}
	return head, rows
}

// periodNotes are the lines under the table: how the range is summarised,
// what partial means, what the wellbeing figures are.
func periodNotes(d *Document, p *i18n.Printer) []string {
	var out []string
	if !d.Detail {
		out = append(out, p.T("report.by_note."+d.By))
	}
	for _, x := range d.Periods {
		if x.Partial {
			out = append(out, p.T("report.partial_note"))
			break
		}
	}
	if d.Wellbeing {
		out = append(out, p.T("report.wellbeing_note"))
	}
	return out
}
