package report

import (
	"bufio"
	"io"
	"strconv"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
)

// WriteMarkdown writes the document as Markdown in p's language. Every piece
// of user text goes through Markdown (or Markdown of a Line for headings):
// it renders as typed and can't add structure of its own.
func WriteMarkdown(w io.Writer, d *Document, p *i18n.Printer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	m := &mdWriter{w: bw, p: p, own: d.For.Private()}
	m.doc(d)
	return bw.Flush()
}

type mdWriter struct {
	w *bufio.Writer
	p *i18n.Printer
	// own: the document is the person's own, the only one that shows each
	// shift's mood, energy and stress.
	own bool
}

func (m *mdWriter) s(parts ...string) {
	for _, s := range parts {
		m.w.WriteString(s)
	}
}

func (m *mdWriter) doc(d *Document) {
	p := m.p
	m.s("# ", p.T("report.title."+string(d.For)), "\n\n")
	m.s(p.T("report.range", d.From, d.To), "\n\n")
	if l := authorLine(d, p); l != "" {
		m.s(safetext.Markdown(safetext.Line(l), ""), "\n\n")
	}
	if d.For != Team {
		m.summary(d)
	}
	if showPeriods(d) {
		m.periods(d)
	}
	if d.ReviewParts != nil {
		m.review(d)
	}
	m.ideas(d)
	if d.Shifts != nil {
		m.s("## ", p.T("report.shifts"), "\n\n")
		if len(d.Shifts) == 0 {
			m.s(p.T("report.no_shifts"), "\n\n")
		}
		for i := range d.Shifts {
			m.shift(&d.Shifts[i])
		}
	}
	if len(d.Reviews) > 0 {
		m.reviews(d.Reviews)
	}
	m.s("---\n\n", p.T("report.footer."+string(d.For)), "\n")
}

// summaryLines are the summary's lines, shared by Markdown and HTML (they
// hold numbers and the catalog's words only, no user text).
func summaryLines(d *Document, p *i18n.Printer) []string {
	s := &d.Summary
	out := []string{p.T("report.sum.shifts", s.Shifts)}
	if s.ContactsPerShift != nil {
		out = append(out, p.T("report.sum.contacts", s.Contacts, num(s.ContactsPerShift)))
	}
	if s.CSATAvg != nil {
		out = append(out, p.T("report.sum.csat", num(s.CSATAvg)+"%"))
	}
	out = append(out, p.T("report.sum.cases", s.Cases, s.Resolved, s.Praise))
	out = append(out, p.T("report.sum.ideas", s.IdeasRaised, s.IdeasAdopted))
	if d.Wellbeing {
		out = append(out, p.T("report.sum.wellbeing", num(s.MoodAvg), num(s.EnergyAvg), num(s.StressAvg)))
	}
	if d.ReviewParts != nil {
		out = append(out, reviewLines(d.ReviewParts, p)...)
	}
	return out
}

func num(v *float64) string {
	if v == nil {
		return "–"
	}
	return insight.Decimal(*v, 1)
}

func (m *mdWriter) shift(s *Shift) {
	p := m.p
	m.s("### ", shiftHeading(s, p), "\n\n")
	if l := workload(s, p); l != "" {
		m.s("- ", l, "\n")
	}
	if l := scales(s, p); l != "" && m.own {
		m.s("- ", l, "\n")
	}
	if s.Private != nil && s.Private.FocusDone != "" {
		m.s("- ", p.T("report.focus_done"), p.T("punct.colon"), p.T("focus."+s.Private.FocusDone), "\n")
	}
	m.s("\n")
	if len(s.Helped) > 0 {
		m.s("**", p.T("report.helped"), "**\n\n")
		for _, h := range s.Helped {
			m.s("- ", safetext.Markdown(h, "  "), "\n")
		}
		m.s("\n")
	}
	for i := range s.Cases {
		m.kase(i+1, &s.Cases[i], "####", 0)
	}
	if s.Private != nil {
		pr := s.Private
		m.s("**", p.T("report.private"), "**\n\n")
		if pr.Tomorrow != "" {
			m.s("- ", p.T("report.tomorrow"), p.T("punct.colon"), safetext.Markdown(pr.Tomorrow, "  "), "\n")
		}
		if len(pr.Tags) > 0 {
			m.s("- ", p.T("report.tags"), p.T("punct.colon"))
			for i, t := range pr.Tags {
				if i > 0 {
					m.s(", ")
				}
				m.s(safetext.Markdown(safetext.Line(t), ""))
			}
			m.s("\n")
		}
		if pr.Vent != "" {
			m.s("- ", p.T("report.vent"), p.T("punct.colon"), safetext.Markdown(pr.Vent, "  "), "\n")
		}
		for _, j := range pr.Jots {
			m.s("- ", p.T("report.jot", j.At.Format("15:04")), p.T("report.colon"), safetext.Markdown(j.Text, "  "), "\n")
		}
		m.s("\n")
	}
}

func (m *mdWriter) kase(n int, c *journal.Case, level string, date journal.Date) {
	p := m.p
	m.s(level, " ", p.T("report.case_n", n, safetext.Markdown(safetext.Line(caseTitle(c, p)), "")))
	if c.Praise {
		m.s(" ", p.T("report.praise"))
	}
	m.s("\n\n")
	if meta := caseMeta(c, p, date, func(s string) string { return safetext.Markdown(safetext.Line(s), "") }); meta != "" {
		m.s("- ", meta, "\n")
	}
	for _, f := range []struct{ key, v string }{{"report.need", c.Need}, {"report.action", c.Action}, {"report.better", c.Better}} {
		if f.v != "" {
			m.s("- ", p.T(f.key), p.T("punct.colon"), safetext.Markdown(f.v, "  "), "\n")
		}
	}
	m.s("\n")
}

func (m *mdWriter) stories(st []Story) {
	p := m.p
	m.s("## ", p.T("report.stories"), "\n\n")
	if len(st) == 0 {
		m.s(p.T("report.no_cases"), "\n\n")
	}
	for i := range st {
		m.kase(i+1, &st[i].Case, "###", st[i].Date)
	}
}

func (m *mdWriter) summary(d *Document) {
	p := m.p
	m.s("## ", p.T("report.summary"), "\n\n")
	for _, l := range summaryLines(d, p) {
		m.s("- ", l, "\n")
	}
	if len(d.TopCategories) > 0 {
		m.s("- ", p.T("report.categories"), p.T("punct.colon"))
		for i, c := range d.TopCategories {
			if i > 0 {
				m.s(" · ")
			}
			m.s(safetext.Markdown(safetext.Line(c.Name), ""), " ", strconv.Itoa(c.N))
		}
		m.s("\n")
	}
	m.s("\n")
}

func (m *mdWriter) ideas(d *Document) {
	p := m.p
	m.s("## ", p.T("report.ideas."+string(d.For)), "\n\n")
	if len(d.Ideas) == 0 {
		m.s(p.T("report.no_ideas"), "\n\n")
		return
	}
	for _, i := range d.Ideas {
		m.s("- **", p.T("status."+i.Status), "** · ", p.T("kind."+i.Kind), " · ", safetext.Markdown(i.Text, "  "))
		if i.Impact != "" {
			m.s(safetext.HardBreak+"  ", p.T("report.impact"), p.T("punct.colon"), safetext.Markdown(i.Impact, "  "))
		}
		if i.SharedWith != "" {
			m.s(safetext.HardBreak+"  ", p.T("report.shared_with"), p.T("punct.colon"), safetext.Markdown(i.SharedWith, "  "))
		}
		if i.DeclinedWhy != "" {
			m.s(safetext.HardBreak+"  ", p.T("report.declined_why"), p.T("punct.colon"), safetext.Markdown(i.DeclinedWhy, "  "))
		}
		m.s(safetext.HardBreak+"  ", p.T("report.raised", i.ShiftDate), "\n")
	}
	if d.MoreIdeas > 0 {
		m.s("- ", p.T("report.more_ideas", d.MoreIdeas), "\n")
	}
	m.s("\n")
}

// periods writes the table of weeks or months.
func (m *mdWriter) periods(d *Document) {
	p := m.p
	m.s("## ", p.T("report.by."+d.By), "\n\n")
	head, rows := periodTable(d, p)
	m.row(head)
	m.s("|")
	for i := range head {
		if i == 0 {
			m.s(" --- |")
		} else {
			m.s(" ---: |")
		}
	}
	m.s("\n")
	for _, r := range rows {
		m.row(r)
	}
	m.s("\n")
	for _, l := range periodNotes(d, p) {
		m.s(l, "\n\n")
	}
}

func (m *mdWriter) row(cells []string) {
	m.s("|")
	for _, c := range cells {
		m.s(" ", c, " |")
	}
	m.s("\n")
}

func (m *mdWriter) reviews(rs []journal.WeeklyReview) {
	p := m.p
	m.s("## ", p.T("report.reviews"), "\n\n")
	for _, r := range rs {
		m.s("### ", r.Week.String(), "\n\n")
		for _, f := range []struct{ key, v string }{{"report.went_well", r.WentWell}, {"report.to_change", r.ToChange}, {"report.focus", r.Focus}} {
			if f.v != "" {
				m.s("- ", p.T(f.key), p.T("punct.colon"), safetext.Markdown(f.v, "  "), "\n")
			}
		}
		m.s("\n")
	}
}

// shiftHeading is "2026-11-23 Mon · day 09:00–18:00": no user text.
func shiftHeading(s *Shift, p *i18n.Printer) string {
	h := s.Date.String() + " " + weekday(s.Date, p) + " · " + p.T("shift."+s.Kind)
	if s.Started != "" || s.Ended != "" {
		h += " " + s.Started + "–" + s.Ended
	}
	return h
}

func workload(s *Shift, p *i18n.Printer) string {
	var l string
	if s.Contacts != nil {
		l = p.T("report.contacts") + " " + strconv.Itoa(*s.Contacts)
	}
	if s.CSAT != nil {
		if l != "" {
			l += " · "
		}
		l += p.T("report.csat") + " " + strconv.FormatFloat(*s.CSAT, 'f', -1, 64) + "%"
	}
	return l
}

func scales(s *Shift, p *i18n.Printer) string {
	var l string
	for _, sc := range []struct {
		key string
		v   *int
	}{{"mood", s.Mood}, {"energy", s.Energy}, {"stress", s.Stress}} {
		if sc.v == nil {
			continue
		}
		if l != "" {
			l += " · "
		}
		l += p.T("report."+sc.key) + " " + strconv.Itoa(*sc.v) + "/5 " + p.T(sc.key+"."+strconv.Itoa(*sc.v))
	}
	return l
}

func caseTitle(c *journal.Case, p *i18n.Printer) string {
	if c.Title == "" {
		return p.T("report.untitled")
	}
	return c.Title
}

// caseMeta is "[date · ]category · channel · outcome", the category escaped by esc.
func caseMeta(c *journal.Case, p *i18n.Printer, date journal.Date, esc func(string) string) string {
	l := date.String()
	add := func(s string) {
		if l != "" {
			l += " · "
		}
		l += s
	}
	if c.Category != "" {
		add(esc(c.Category))
	}
	if c.Channel != "" {
		add(p.T("channel." + c.Channel))
	}
	if c.Outcome != "" {
		add(p.T("outcome." + c.Outcome))
	}
	return l
}
