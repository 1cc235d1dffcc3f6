package team

import (
	"bufio"
	_ "embed"
	"html/template"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/safetext"
)

//go:embed team.tmpl
var pageSource string

// page is html/template: every value is escaped for where it lands; the
// text of an export has its control characters made visible (safetext)
// first.
// It is parsed on the first page written, not at every start of the
// process (measured: a tenth of `debrief --version`'s package inits).
var page = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("team").Funcs(template.FuncMap{
		"line": safetext.Line,
		"text": func(s string) []string { return safetext.Lines(s) },
	}).Parse(pageSource))
})

type htmlView struct {
	Lang, Title, Range, AgentsLine string
	Head                           []string
	Rows                           [][]string
	Numeric                        []bool
	WellbeingNote                  string
	IdeasTitle, IdeasNote          string
	MoreIdeas                      string
	Ideas                          []htmlIdea
	PraiseTitle, PraiseNote        string
	Praise                         []string
	CategoriesTitle                string
	Categories                     []string
	LessonsTitle                   string
	Lessons                        []htmlLesson
	SkippedTitle                   string
	Skipped                        []string
	None, Footer                   string
}

type htmlIdea struct {
	Status, StatusLabel, Kind, Text, By string
	Notes                               []string
}

type htmlLesson struct{ Text, By string }

// WriteHTML writes the roll-up as one self-contained, printable page.
func WriteHTML(w io.Writer, r *Rollup, p *i18n.Printer) error {
	v := htmlView{
		Lang: "en", Title: p.T("team.title"), Range: p.T("report.range", r.From, r.To),
		AgentsLine: p.T("team.agents_line", len(r.Agents)),
		Head:       agentHead(r, p), Rows: agentRows(r, p),
		IdeasTitle: p.T("team.ideas"), PraiseTitle: p.T("team.praise"), CategoriesTitle: p.T("team.categories"),
		LessonsTitle: p.T("team.lessons"), SkippedTitle: p.T("team.skipped_title"),
		None: p.T("team.none_yet"), Footer: p.T("team.footer"),
	}
	if p.Lang == i18n.ZH {
		v.Lang = "zh-CN"
	}
	for i := range v.Head {
		v.Numeric = append(v.Numeric, i >= 2)
	}
	if r.Wellbeing {
		v.WellbeingNote = p.T("team.wellbeing_note")
	}
	if len(r.Ideas) > 0 {
		v.IdeasNote = p.T("team.ideas_note", r.Team.IdeasRaised, len(r.Ideas))
	}
	for i := range r.Ideas[:min(len(r.Ideas), maxIdeasShown)] {
		g := &r.Ideas[i]
		hi := htmlIdea{Status: g.Status, StatusLabel: word(p, "status.", g.Status), Kind: word(p, "kind.", g.Kind),
			Text: g.Text, By: p.T("team.by", members(g, p))}
		hi.Notes = append(variants(g, p), impacts(g, p)...)
		v.Ideas = append(v.Ideas, hi)
	}
	if n := len(r.Ideas) - maxIdeasShown; n > 0 {
		v.MoreIdeas = p.T("team.more_ideas", n)
	}
	if r.Team.Praise > 0 {
		v.PraiseNote = p.T("team.praise_note", r.Team.Praise)
	}
	for _, c := range r.Praise {
		l := c.Date.String() + " · " + c.Agent + " · " + c.Title
		if c.Category != "" {
			l += " · " + c.Category
		}
		v.Praise = append(v.Praise, l)
	}
	for _, c := range r.Categories {
		v.Categories = append(v.Categories, c.Name+" "+strconv.Itoa(c.N))
	}
	for _, l := range r.Lessons {
		v.Lessons = append(v.Lessons, htmlLesson{Text: l.Text, By: p.T("team.lesson_by", strings.Join(l.Agents, p.T("team.list_sep")), l.Count)})
	}
	for _, k := range r.Skipped {
		v.Skipped = append(v.Skipped, k.File+p.T("punct.colon")+skipReason(k, p))
	}
	bw := bufio.NewWriter(w)
	if err := page().Execute(bw, v); err != nil {
		return err
	}
	return bw.Flush()
}
