package report

import (
	"bufio"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
	"sync"
	ttemplate "text/template"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
)

//go:embed html.tmpl
var htmlSource string

// The page is html/template: every value of the document is escaped for
// the place it lands (element text, a quoted attribute, an SVG title) by
// the standard library. html/template pays a reflective call per value
// (about 0.8 µs), and a manager's export of ten years has some 45,000
// values besides as many labels, so the catalog's words are written into
// the template itself, once per language: only the document's own values
// are interpolated when it runs (the export's budget is 120 ms).
var htmlPages struct {
	sync.Mutex
	byLang map[i18n.Lang]*template.Template
}

// htmlPageFor is the page with p's words in it.
func htmlPageFor(p *i18n.Printer) (*template.Template, error) {
	htmlPages.Lock()
	defer htmlPages.Unlock()
	if t := htmlPages.byLang[p.Lang]; t != nil {
		return t, nil
	}
	words, err := ttemplate.New("words").Delims("[[", "]]").Funcs(ttemplate.FuncMap{
		"t": func(key string) (string, error) {
			s := p.T(key)
			if strings.Contains(s, "{{") || strings.Contains(s, "}}") {
				return "", fmt.Errorf("html export: catalog text %s would be read as a template action", key)
			}
			return template.HTMLEscapeString(s), nil
		},
	}).Parse(htmlSource)
	if err != nil {
		return nil, err
	}
	var src strings.Builder
	if err := words.Execute(&src, nil); err != nil {
		return nil, err
	}
	t, err := template.New("html").Parse(src.String())
	if err != nil {
		return nil, err
	}
	if htmlPages.byLang == nil {
		htmlPages.byLang = map[i18n.Lang]*template.Template{}
	}
	htmlPages.byLang[p.Lang] = t
	return t, nil
}

// WriteHTML writes the document as one self-contained, printable HTML file:
// inline CSS and inline SVG charts (contacts; mood only where the audience
// sees wellbeing), no scripts, no external assets.
func WriteHTML(w io.Writer, d *Document, p *i18n.Printer) error {
	page, err := htmlPageFor(p)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := page.ExecuteTemplate(bw, "page", newHTMLView(d, p)); err != nil {
		return err
	}
	return bw.Flush()
}

// htmlText is a person's text (or a line of the catalog) as element
// content: each line escaped by html/template's own escaper after safetext
// made its control characters visible, the lines joined with <br>. The
// view holds text in this form rather than the template looping over its
// lines, which would cost a reflective call per line.
func htmlText(s string) template.HTML {
	if !strings.ContainsAny(s, "\n\t") && strings.TrimSpace(s) == s && safetext.Terminal(s) == s {
		return template.HTML(template.HTMLEscapeString(s)) // one line as typed: most text
	}
	ls := safetext.Lines(s)
	for i, l := range ls {
		ls[i] = template.HTMLEscapeString(l)
	}
	return template.HTML(strings.Join(ls, "<br>"))
}

// htmlView is the document as the page shows it, the words that depend on
// the document already in the person's language.
type htmlView struct {
	Lang, Title                        string
	Heading, Range, IdeasTitle, Footer template.HTML
	Author                             template.HTML
	PeriodsTitle                       template.HTML
	PeriodHead                         []template.HTML
	PeriodRows                         [][]template.HTML
	PeriodNotes                        []template.HTML
	MoreIdeas                          template.HTML
	SummaryLines                       []template.HTML
	Categories                         template.HTML
	Charts                             []htmlChart
	IsReview                           bool
	Stories                            []htmlCase
	// A review's parts (review_html.go).
	MonthHead             []template.HTML
	Months                [][]string
	Pinned                []htmlCase
	HelpedSample, Lessons []template.HTML
	Ideas                 []htmlIdea
	HasShifts             bool // a manager's or my export lists shifts, even none
	Shifts                []htmlShift
	Reviews               []htmlReview
}

type htmlIdea struct {
	Status                                  string
	StatusLabel, Kind, Text, Impact, Raised template.HTML
	SharedWith, DeclinedWhy                 template.HTML
}

type htmlShift struct {
	Heading template.HTML
	Meta    []template.HTML
	Helped  []template.HTML
	Cases   []htmlCase
	// HasPrivate: the box of private notes shows (for me), even when it
	// holds only whether the focus happened, which is a meta line.
	HasPrivate           bool
	Tomorrow, Tags, Vent template.HTML
	Jots                 []htmlJot
}

// htmlCase is one typical case: a story of a review (h3, with its date)
// or a case of a shift (h4).
// htmlJot is a jot no case was made from: its time and text.
type htmlJot struct {
	At   string
	Text template.HTML
}

type htmlCase struct {
	Story, Praise        bool
	Title, Meta          template.HTML
	Need, Action, Better template.HTML
}

type htmlReview struct {
	Week                      string
	WentWell, ToChange, Focus template.HTML
}

func newHTMLView(d *Document, p *i18n.Printer) *htmlView {
	v := &htmlView{
		Lang:       "en",
		Title:      p.T("report.title."+string(d.For)) + " · " + p.T("report.range", d.From, d.To),
		Heading:    htmlText(p.T("report.title." + string(d.For))),
		Range:      htmlText(p.T("report.range", d.From, d.To)),
		IdeasTitle: htmlText(p.T("report.ideas." + string(d.For))),
		Footer:     htmlText(p.T("report.footer." + string(d.For))),
		Charts:     charts(d, p),
		IsReview:   d.For == Review,
		HasShifts:  d.Shifts != nil,
	}
	if p.Lang == i18n.ZH {
		v.Lang = "zh-CN"
	}
	if d.For != Team {
		for _, l := range summaryLines(d, p) {
			v.SummaryLines = append(v.SummaryLines, htmlText(l))
		}
	}
	v.Author = htmlText(authorLine(d, p))
	if showPeriods(d) {
		v.PeriodsTitle = htmlText(p.T("report.by." + d.By))
		head, rows := periodTable(d, p)
		v.PeriodHead = htmlCells(head)
		for _, r := range rows {
			v.PeriodRows = append(v.PeriodRows, htmlCells(r))
		}
		v.PeriodNotes = htmlCells(periodNotes(d, p))
	}
	if d.MoreIdeas > 0 {
		v.MoreIdeas = htmlText(p.T("report.more_ideas", d.MoreIdeas))
	}
	own := d.For.Private()
	var cats strings.Builder
	for i, c := range d.TopCategories {
		if i > 0 {
			cats.WriteString(" · ")
		}
		cats.WriteString(string(htmlText(safetext.Line(c.Name))) + " " + strconv.Itoa(c.N))
	}
	v.Categories = template.HTML(cats.String())
	if v.IsReview {
		for i := range d.Stories {
			v.Stories = append(v.Stories, newHTMLCase(i, &d.Stories[i].Case, true, d.Stories[i].Date, p))
		}
		v.review(d, p)
	}
	for _, i := range d.Ideas {
		v.Ideas = append(v.Ideas, htmlIdea{
			Status: i.Status, StatusLabel: htmlText(p.T("status." + i.Status)), Kind: htmlText(p.T("kind." + i.Kind)),
			Text: htmlText(i.Text), Impact: htmlText(i.Impact), Raised: htmlText(p.T("report.raised", i.ShiftDate)),
			SharedWith: htmlText(i.SharedWith), DeclinedWhy: htmlText(i.DeclinedWhy),
		})
	}
	v.Shifts = make([]htmlShift, len(d.Shifts))
	for i := range d.Shifts {
		v.Shifts[i] = newHTMLShift(&d.Shifts[i], own, p)
	}
	for _, r := range d.Reviews {
		v.Reviews = append(v.Reviews, htmlReview{Week: r.Week.String(),
			WentWell: htmlText(r.WentWell), ToChange: htmlText(r.ToChange), Focus: htmlText(r.Focus)})
	}
	return v
}

func htmlCells(ss []string) []template.HTML {
	out := make([]template.HTML, len(ss))
	for i, s := range ss {
		out[i] = htmlText(s)
	}
	return out
}

// newHTMLShift is a shift as the page shows it; own: the person's own
// document, the only one that shows each shift's scales.
func newHTMLShift(s *Shift, own bool, p *i18n.Printer) htmlShift {
	h := htmlShift{Heading: htmlText(shiftHeading(s, p))}
	if l := workload(s, p); l != "" {
		h.Meta = append(h.Meta, htmlText(l))
	}
	if l := scales(s, p); l != "" && own {
		h.Meta = append(h.Meta, htmlText(l))
	}
	if s.Private != nil && s.Private.FocusDone != "" {
		h.Meta = append(h.Meta, htmlText(p.T("report.focus_done")+p.T("punct.colon")+p.T("focus."+s.Private.FocusDone)))
	}
	h.Helped = make([]template.HTML, len(s.Helped))
	for i, x := range s.Helped {
		h.Helped[i] = htmlText(x)
	}
	h.Cases = make([]htmlCase, len(s.Cases))
	for i := range s.Cases {
		h.Cases[i] = newHTMLCase(i, &s.Cases[i], false, 0, p)
	}
	if pr := s.Private; pr != nil {
		h.HasPrivate = true
		h.Tomorrow, h.Vent = htmlText(pr.Tomorrow), htmlText(pr.Vent)
		for _, j := range pr.Jots {
			h.Jots = append(h.Jots, htmlJot{At: j.At.Format("15:04"), Text: htmlText(j.Text)})
		}
		tags := make([]string, len(pr.Tags))
		for i, tag := range pr.Tags {
			tags[i] = string(htmlText(safetext.Line(tag)))
		}
		h.Tags = template.HTML(strings.Join(tags, ", "))
	}
	return h
}

// newHTMLCase is the i-th (from 0) case of a shift or of the stories.
func newHTMLCase(i int, c *journal.Case, story bool, date journal.Date, p *i18n.Printer) htmlCase {
	return htmlCase{
		Story:  story,
		Title:  htmlText(p.T("report.case_n", i+1, safetext.Line(caseTitle(c, p)))),
		Praise: c.Praise,
		Meta:   htmlText(caseMeta(c, p, date, safetext.Line)),
		Need:   htmlText(c.Need), Action: htmlText(c.Action), Better: htmlText(c.Better),
	}
}
