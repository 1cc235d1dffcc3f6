package team

import (
	"bufio"
	"io"
	"strconv"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/safetext"
)

// WriteMarkdown writes the roll-up as Markdown in p's language; every
// piece of an export's text goes through safetext (MarkdownCell in the
// table): it renders as the agent typed it.
func WriteMarkdown(w io.Writer, r *Rollup, p *i18n.Printer) error {
	b := bufio.NewWriter(w)
	s := func(parts ...string) {
		for _, x := range parts {
			b.WriteString(x)
		}
	}
	md := func(x string) string { return safetext.Markdown(safetext.Line(x), "") }
	s("# ", p.T("team.title"), "\n\n")
	s(p.T("report.range", r.From, r.To), " · ", p.T("team.agents_line", len(r.Agents)), "\n\n")

	s("## ", p.T("team.side_by_side"), "\n\n")
	head := agentHead(r, p)
	cell := func(row []string) {
		s("|")
		for _, c := range row {
			s(" ", safetext.MarkdownCell(c), " |")
		}
		s("\n")
	}
	cell(head)
	s("|")
	for i := range head {
		if i < 2 {
			s(" --- |")
		} else {
			s(" ---: |")
		}
	}
	s("\n")
	for _, row := range agentRows(r, p) {
		cell(row)
	}
	s("\n")
	if r.Wellbeing {
		s(p.T("team.wellbeing_note"), "\n\n")
	}

	s("## ", p.T("team.ideas"), "\n\n")
	if len(r.Ideas) == 0 {
		s(p.T("report.no_ideas"), "\n\n")
	} else {
		s(p.T("team.ideas_note", r.Team.IdeasRaised, len(r.Ideas)), "\n\n")
		for i := range r.Ideas[:min(len(r.Ideas), maxIdeasShown)] {
			g := &r.Ideas[i]
			s("- **", md(word(p, "status.", g.Status)), "** · ", md(word(p, "kind.", g.Kind)), " · ", safetext.Markdown(g.Text, "  "),
				safetext.HardBreak, "  ", p.T("team.by", md(members(g, p))))
			for _, v := range variants(g, p) {
				s(safetext.HardBreak, "  ", md(v))
			}
			for _, l := range impacts(g, p) {
				s(safetext.HardBreak, "  ", md(l))
			}
			s("\n")
		}
		if n := len(r.Ideas) - maxIdeasShown; n > 0 {
			s("- ", p.T("team.more_ideas", n), "\n")
		}
		s("\n")
	}

	s("## ", p.T("team.praise"), "\n\n")
	if r.Team.Praise == 0 {
		s(p.T("team.none_yet"), "\n\n")
	} else {
		s(p.T("team.praise_note", r.Team.Praise), "\n\n")
		for _, c := range r.Praise {
			s("- ", c.Date.String(), " · ", md(c.Agent), " · ", md(c.Title))
			if c.Category != "" {
				s(" · ", md(c.Category))
			}
			s("\n")
		}
		s("\n")
	}

	s("## ", p.T("team.categories"), "\n\n")
	if len(r.Categories) == 0 {
		s(p.T("team.none_yet"), "\n\n")
	} else {
		for _, c := range r.Categories {
			s("- ", md(c.Name), " ", strconv.Itoa(c.N), "\n")
		}
		s("\n")
	}

	s("## ", p.T("team.lessons"), "\n\n")
	if len(r.Lessons) == 0 {
		s(p.T("team.none_yet"), "\n\n")
	} else {
		for _, l := range r.Lessons {
			s("- ", safetext.Markdown(l.Text, "  "), safetext.HardBreak, "  ", md(p.T("team.lesson_by", joinNames(l.Agents, p), l.Count)), "\n")
		}
		s("\n")
	}

	if len(r.Skipped) > 0 {
		s("## ", p.T("team.skipped_title"), "\n\n")
		for _, k := range r.Skipped {
			s("- ", md(k.File), p.T("punct.colon"), skipReason(k, p), "\n")
		}
		s("\n")
	}
	s("---\n\n", p.T("team.footer"), "\n")
	return b.Flush()
}

func joinNames(names []string, p *i18n.Printer) string {
	out := ""
	for i, n := range names {
		if i > 0 {
			out += p.T("team.list_sep")
		}
		out += n
	}
	return out
}
