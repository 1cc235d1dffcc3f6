package team

import (
	"slices"
	"strconv"
	"strings"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/safetext"
)

// The document's words and numbers, shared by Markdown and HTML: cells are
// plain text (the writers escape them for their format).

func num1(v *float64) string {
	if v == nil {
		return "–"
	}
	return strconv.FormatFloat(*v, 'f', 1, 64)
}

func pct(v *float64) string {
	if v == nil {
		return "–"
	}
	return num1(v) + "%"
}

func perShift(contacts, shifts int) string {
	if shifts == 0 {
		return "–"
	}
	v := float64(contacts) / float64(shifts)
	return num1(&v)
}

// agentHead and agentRows are the side-by-side table.
func agentHead(r *Rollup, p *i18n.Printer) []string {
	h := []string{p.T("team.col.agent"), p.T("team.col.range"), p.T("team.col.shifts"), p.T("team.col.contacts"),
		p.T("team.col.per_shift"), p.T("team.col.csat"), p.T("team.col.cases"), p.T("team.col.praise"), p.T("team.col.ideas")}
	if r.Wellbeing {
		h = append(h, p.T("team.col.wellbeing"))
	}
	return h
}

func agentRows(r *Rollup, p *i18n.Printer) [][]string {
	var rows [][]string
	for _, a := range r.Agents {
		name := a.Name
		if a.Team != "" {
			name += " · " + a.Team
		}
		if a.NameFromFile {
			name += p.T("team.name_from_file")
		}
		row := []string{name, a.From.String() + " – " + a.To.String(), strconv.Itoa(a.Shifts), strconv.Itoa(a.Contacts),
			perShift(a.Contacts, a.Shifts), pct(a.CSATAvg), strconv.Itoa(a.Cases), strconv.Itoa(a.Praise),
			strconv.Itoa(a.IdeasRaised) + " (" + strconv.Itoa(a.IdeasAdopted) + ")"}
		if r.Wellbeing {
			wb := "–"
			if a.MoodAvg != nil || a.EnergyAvg != nil || a.StressAvg != nil {
				wb = num1(a.MoodAvg) + " / " + num1(a.EnergyAvg) + " / " + num1(a.StressAvg)
			}
			row = append(row, wb)
		}
		rows = append(rows, row)
	}
	t := r.Team
	row := []string{p.T("team.total"), r.From.String() + " – " + r.To.String(), strconv.Itoa(t.Shifts), strconv.Itoa(t.Contacts),
		perShift(t.Contacts, t.Shifts), pct(t.CSATAvg), strconv.Itoa(t.Cases), strconv.Itoa(t.Praise),
		strconv.Itoa(t.IdeasRaised) + " (" + strconv.Itoa(t.Adopted) + ")"}
	if r.Wellbeing {
		row = append(row, "")
	}
	return append(rows, row)
}

// members is "王小明 (adopted), 李雷 ×3 (shared)": who raised an idea, how
// many times, and how far it got with each (the furthest of their ones).
func members(g *IdeaGroup, p *i18n.Printer) string {
	type agent struct {
		name   string
		n      int
		status string
	}
	var as []agent
	for _, m := range g.Members {
		i := slices.IndexFunc(as, func(a agent) bool { return a.name == m.Agent })
		if i < 0 {
			as = append(as, agent{name: m.Agent, status: m.Status})
			i = len(as) - 1
		}
		as[i].n++
		if statusRank(m.Status) < statusRank(as[i].status) {
			as[i].status = m.Status
		}
	}
	var b strings.Builder
	for i, a := range as {
		if i > 0 {
			b.WriteString(p.T("team.list_sep"))
		}
		b.WriteString(a.name)
		if a.n > 1 {
			b.WriteString(" ×" + strconv.Itoa(a.n))
		}
		b.WriteString(p.T("team.paren", word(p, "status.", a.status)))
	}
	return b.String()
}

// maxIdeasShown and maxVariants keep the lead's document readable; the
// JSON has every idea and every member.
const (
	maxIdeasShown = 40
	maxVariants   = 3
)

// skipReason is a skipped file's reason in the reader's language.
func skipReason(s Skip, p *i18n.Printer) string { return p.T("team.skip." + s.Reason) }

// variants are other wordings of a group's idea, "李雷：在订单页面…" (each
// once, at most maxVariants): the lead sees what the agents wrote.
func variants(g *IdeaGroup, p *i18n.Printer) []string {
	var out []string
	seen := []string{key(g.Text)}
	for _, m := range g.Members {
		k := key(m.Text)
		if slices.Contains(seen, k) {
			continue
		}
		seen = append(seen, k)
		if len(out) == maxVariants {
			out = append(out, p.T("team.more_wordings"))
			break
		}
		out = append(out, m.Agent+p.T("punct.colon")+safetext.Line(m.Text))
	}
	return out
}

// word is a code of an export (a kind, a status) in the reader's words, or
// the code itself, made one safe line, when the catalog has no word for it
// (a newer debrief's export).
func word(p *i18n.Printer, prefix, code string) string {
	if w := p.T(prefix + code); w != prefix+code {
		return w
	}
	return safetext.Line(code)
}

// impacts are the impact notes of a group's members, each once, at most
// maxVariants, with who wrote it.
func impacts(g *IdeaGroup, p *i18n.Printer) []string {
	var out, seen []string
	for _, m := range g.Members {
		k := key(m.Impact)
		if m.Impact == "" || slices.Contains(seen, k) {
			continue
		}
		seen = append(seen, k)
		if len(out) == maxVariants {
			break
		}
		out = append(out, p.T("report.impact")+p.T("punct.colon")+safetext.Line(m.Impact)+p.T("team.paren", m.Agent))
	}
	return out
}
