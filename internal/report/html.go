package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
)

// WriteHTML writes the document as one self-contained, printable HTML file:
// inline CSS and inline SVG charts (contacts; mood only where the audience
// sees wellbeing), no scripts, no external assets. Every piece of user text
// goes through HTML.
func WriteHTML(w io.Writer, d *Document, p *i18n.Printer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	h := &htmlWriter{w: bw, p: p}
	h.doc(d)
	return bw.Flush()
}

type htmlWriter struct {
	w *bufio.Writer
	p *i18n.Printer
}

func (h *htmlWriter) s(parts ...string) {
	for _, s := range parts {
		h.w.WriteString(s)
	}
}

// The style sheet: readable on screen, clean on paper (A4, no colours
// needed), CJK fonts first for Chinese.
const css = `
:root{--ink:#1d2330;--mute:#5b6475;--line:#d9dee7;--accent:#2f6fb0;--warm:#b8743a;--soft:#f4f6fa}
*{box-sizing:border-box}
body{font:15px/1.6 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei","Source Han Sans SC",system-ui,sans-serif;color:var(--ink);max-width:860px;margin:2rem auto;padding:0 1.2rem}
h1{font-size:1.7rem;margin:0 0 .2rem}
h2{font-size:1.25rem;border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
h4{font-size:.98rem;margin:.9rem 0 .3rem}
.range{color:var(--mute);margin:0 0 1rem}
ul{padding-left:1.3rem;margin:.3rem 0}
.summary{background:var(--soft);border-radius:8px;padding:.8rem 1.2rem}
.summary h2{margin-top:.2rem}
.meta{color:var(--mute);font-size:.9rem}
.praise{color:var(--warm);font-weight:600}
.label{color:var(--mute)}
.shift{border-top:1px solid var(--line);padding-top:.2rem}
h2+.shift{border-top:0}
.private{border-left:4px solid var(--warm);padding:.2rem .8rem;background:#fbf5ef}
.status{display:inline-block;font-size:.8rem;border:1px solid var(--line);border-radius:4px;padding:0 .4rem;margin-right:.3rem}
.status.adopted{border-color:var(--accent);color:var(--accent)}
figure{margin:1rem 0}
figcaption{color:var(--mute);font-size:.9rem}
svg{width:100%;height:auto;max-width:720px}
svg text{font-size:11px;fill:var(--mute)}
footer{margin-top:2.5rem;color:var(--mute);font-size:.85rem;border-top:1px solid var(--line);padding-top:.5rem}
@media print{body{margin:0;max-width:none;font-size:11pt}.shift,figure{break-inside:avoid}h2{break-after:avoid}a{color:inherit}}
`

func (h *htmlWriter) doc(d *Document) {
	p := h.p
	lang := "en"
	if p.Lang == i18n.ZH {
		lang = "zh-CN"
	}
	title := p.T("report.title."+string(d.For)) + " · " + p.T("report.range", d.From, d.To)
	h.s("<!DOCTYPE html>\n<html lang=\"", lang, "\">\n<head>\n<meta charset=\"utf-8\">\n",
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
		"<meta name=\"generator\" content=\"debrief\">\n",
		// No scripts, no requests: the file shows the same offline, years later.
		"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n",
		"<title>", safetext.HTML(title), "</title>\n<style>", css, "</style>\n</head>\n<body>\n")
	h.s("<h1>", safetext.HTML(p.T("report.title."+string(d.For))), "</h1>\n")
	h.s("<p class=\"range\">", safetext.HTML(p.T("report.range", d.From, d.To)), "</p>\n")

	h.s("<section class=\"summary\"><h2>", safetext.HTML(p.T("report.summary")), "</h2>\n<ul>\n")
	for _, l := range summaryLines(d, p) {
		h.s("<li>", safetext.HTML(l), "</li>\n")
	}
	if len(d.TopCategories) > 0 {
		h.s("<li>", safetext.HTML(p.T("report.categories")), p.T("report.colon"))
		for i, c := range d.TopCategories {
			if i > 0 {
				h.s(" · ")
			}
			h.s(safetext.HTML(safetext.Line(c.Name)), " ", strconv.Itoa(c.N))
		}
		h.s("</li>\n")
	}
	h.s("</ul></section>\n")
	h.charts(d)

	if d.For == Review {
		h.s("<h2>", safetext.HTML(p.T("report.stories")), "</h2>\n")
		if len(d.Stories) == 0 {
			h.s("<p>", safetext.HTML(p.T("report.no_cases")), "</p>\n")
		}
		for i := range d.Stories {
			h.kase(i+1, &d.Stories[i].Case, "h3", d.Stories[i].Date)
		}
	}
	h.ideas(d)
	if d.Shifts != nil {
		h.s("<h2>", safetext.HTML(p.T("report.shifts")), "</h2>\n")
		if len(d.Shifts) == 0 {
			h.s("<p>", safetext.HTML(p.T("report.no_shifts")), "</p>\n")
		}
		for i := range d.Shifts {
			h.shift(&d.Shifts[i])
		}
	}
	if len(d.Reviews) > 0 {
		h.s("<h2>", safetext.HTML(p.T("report.reviews")), "</h2>\n")
		for _, r := range d.Reviews {
			h.s("<h3>", r.Week.String(), "</h3>\n<ul>\n")
			for _, f := range []struct{ key, v string }{{"report.went_well", r.WentWell}, {"report.to_change", r.ToChange}, {"report.focus", r.Focus}} {
				if f.v != "" {
					h.s("<li><span class=\"label\">", safetext.HTML(p.T(f.key)), p.T("report.colon"), "</span>", safetext.HTML(f.v), "</li>\n")
				}
			}
			h.s("</ul>\n")
		}
	}
	h.s("<footer>", safetext.HTML(p.T("report.footer."+string(d.For))), "</footer>\n</body>\n</html>\n")
}

func (h *htmlWriter) shift(s *Shift) {
	p := h.p
	h.s("<section class=\"shift\">\n<h3>", safetext.HTML(shiftHeading(s, p)), "</h3>\n")
	var meta []string
	if l := workload(s, p); l != "" {
		meta = append(meta, l)
	}
	if l := scales(s, p); l != "" {
		meta = append(meta, l)
	}
	if s.Private != nil && s.Private.FocusDone != "" {
		meta = append(meta, p.T("report.focus_done")+p.T("report.colon")+p.T("focus."+s.Private.FocusDone))
	}
	for _, m := range meta {
		h.s("<p class=\"meta\">", safetext.HTML(m), "</p>\n")
	}
	if len(s.Helped) > 0 {
		h.s("<h4>", safetext.HTML(p.T("report.helped")), "</h4>\n<ul>\n")
		for _, x := range s.Helped {
			h.s("<li>", safetext.HTML(x), "</li>\n")
		}
		h.s("</ul>\n")
	}
	for i := range s.Cases {
		h.kase(i+1, &s.Cases[i], "h4", 0)
	}
	if pr := s.Private; pr != nil {
		h.s("<div class=\"private\"><h4>", safetext.HTML(p.T("report.private")), "</h4>\n<ul>\n")
		if pr.Tomorrow != "" {
			h.s("<li><span class=\"label\">", safetext.HTML(p.T("report.tomorrow")), p.T("report.colon"), "</span>", safetext.HTML(pr.Tomorrow), "</li>\n")
		}
		if len(pr.Tags) > 0 {
			h.s("<li><span class=\"label\">", safetext.HTML(p.T("report.tags")), p.T("report.colon"), "</span>")
			for i, t := range pr.Tags {
				if i > 0 {
					h.s(", ")
				}
				h.s(safetext.HTML(safetext.Line(t)))
			}
			h.s("</li>\n")
		}
		if pr.Vent != "" {
			h.s("<li><span class=\"label\">", safetext.HTML(p.T("report.vent")), p.T("report.colon"), "</span>", safetext.HTML(pr.Vent), "</li>\n")
		}
		h.s("</ul></div>\n")
	}
	h.s("</section>\n")
}

func (h *htmlWriter) kase(n int, c *journal.Case, tag string, date journal.Date) {
	p := h.p
	h.s("<", tag, ">", safetext.HTML(p.T("report.case_n", n, safetext.Line(caseTitle(c, p)))))
	if c.Praise {
		h.s(" <span class=\"praise\">", safetext.HTML(p.T("report.praise")), "</span>")
	}
	h.s("</", tag, ">\n")
	if meta := caseMeta(c, p, date, func(s string) string { return safetext.Line(s) }); meta != "" {
		h.s("<p class=\"meta\">", safetext.HTML(meta), "</p>\n")
	}
	h.s("<ul>\n")
	for _, f := range []struct{ key, v string }{{"report.need", c.Need}, {"report.action", c.Action}, {"report.better", c.Better}} {
		if f.v != "" {
			h.s("<li><span class=\"label\">", safetext.HTML(p.T(f.key)), p.T("report.colon"), "</span>", safetext.HTML(f.v), "</li>\n")
		}
	}
	h.s("</ul>\n")
}

func (h *htmlWriter) ideas(d *Document) {
	p := h.p
	h.s("<h2>", safetext.HTML(p.T("report.ideas."+string(d.For))), "</h2>\n")
	if len(d.Ideas) == 0 {
		h.s("<p>", safetext.HTML(p.T("report.no_ideas")), "</p>\n")
		return
	}
	h.s("<ul>\n")
	for _, i := range d.Ideas {
		h.s("<li><span class=\"status ", safetext.HTML(i.Status), "\">", safetext.HTML(p.T("status."+i.Status)), "</span>",
			safetext.HTML(p.T("kind."+i.Kind)), " · ", safetext.HTML(i.Text))
		if i.Impact != "" {
			h.s("<br><span class=\"label\">", safetext.HTML(p.T("report.impact")), p.T("report.colon"), "</span>", safetext.HTML(i.Impact))
		}
		h.s("<br><span class=\"meta\">", safetext.HTML(p.T("report.raised", i.ShiftDate)), "</span></li>\n")
	}
	h.s("</ul>\n")
}

// point is one bar or dot of a chart.
type point struct {
	label string
	value float64
	has   bool
}

// charts draws contacts (bars) and, where the audience sees wellbeing,
// mood (a line on the 1–5 scale): per shift for a month or less of
// shifts, per ISO week otherwise.
func (h *htmlWriter) charts(d *Document) {
	p := h.p
	var contacts, mood []point
	perShift := d.Shifts != nil && len(d.Shifts) <= 31
	if perShift {
		for _, s := range d.Shifts {
			c := point{label: s.Date.String()[5:]}
			if s.Contacts != nil {
				c.value, c.has = float64(*s.Contacts), true
			}
			contacts = append(contacts, c)
			m := point{label: c.label}
			if s.Mood != nil {
				m.value, m.has = float64(*s.Mood), true
			}
			mood = append(mood, m)
		}
	} else {
		for _, w := range d.Weeks {
			contacts = append(contacts, point{label: w.Week.String(), value: float64(w.Contacts), has: w.Shifts > 0})
			m := point{label: w.Week.String()}
			if w.MoodAvg != nil {
				m.value, m.has = *w.MoodAvg, true
			}
			mood = append(mood, m)
		}
	}
	unit := "report.chart.per_week"
	if perShift {
		unit = "report.chart.per_shift"
	}
	if anyValue(contacts) {
		h.s("<figure>\n")
		bars(h.w, contacts)
		h.s("<figcaption>", safetext.HTML(p.T("report.chart.contacts")+" · "+p.T(unit)), "</figcaption>\n</figure>\n")
	}
	if d.Wellbeing && anyValue(mood) {
		h.s("<figure>\n")
		line(h.w, mood, 1, 5)
		h.s("<figcaption>", safetext.HTML(p.T("report.chart.mood")+" · "+p.T(unit)), "</figcaption>\n</figure>\n")
	}
}

func anyValue(ps []point) bool {
	for _, p := range ps {
		if p.has {
			return true
		}
	}
	return false
}

// Chart geometry, in SVG user units.
const (
	chartW, chartH = 720.0, 170.0
	padL, padR     = 36.0, 8.0
	padT, padB     = 10.0, 22.0
)

func f1(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

func chartFrame(w *bufio.Writer, ps []point, top float64) {
	fmt.Fprintf(w, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\">\n", int(chartW), int(chartH))
	base := chartH - padB
	fmt.Fprintf(w, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"#d9dee7\"/>\n", f1(padL), f1(base), f1(chartW-padR), f1(base))
	fmt.Fprintf(w, "<text x=\"%s\" y=\"%s\" text-anchor=\"end\">%s</text>\n", f1(padL-4), f1(padT+8), strconv.FormatFloat(top, 'f', -1, 64))
	fmt.Fprintf(w, "<text x=\"%s\" y=\"%s\" text-anchor=\"end\">0</text>\n", f1(padL-4), f1(base))
	if len(ps) > 0 {
		fmt.Fprintf(w, "<text x=\"%s\" y=\"%s\">%s</text>\n", f1(padL), f1(chartH-6), safetext.HTML(ps[0].label))
		fmt.Fprintf(w, "<text x=\"%s\" y=\"%s\" text-anchor=\"end\">%s</text>\n", f1(chartW-padR), f1(chartH-6), safetext.HTML(ps[len(ps)-1].label))
	}
}

func bars(w *bufio.Writer, ps []point) {
	top := 1.0
	for _, p := range ps {
		top = max(top, p.value)
	}
	chartFrame(w, ps, top)
	span := (chartW - padL - padR) / float64(len(ps))
	bw := max(span*0.8, 0.5)
	base := chartH - padB
	for i, p := range ps {
		if !p.has || p.value <= 0 {
			continue
		}
		hgt := (base - padT) * p.value / top
		fmt.Fprintf(w, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"#2f6fb0\"><title>%s: %s</title></rect>\n",
			f1(padL+float64(i)*span+(span-bw)/2), f1(base-hgt), f1(bw), f1(hgt), safetext.HTML(p.label), strconv.FormatFloat(p.value, 'f', -1, 64))
	}
	w.WriteString("</svg>\n")
}

func line(w *bufio.Writer, ps []point, lo, hi float64) {
	chartFrame(w, ps, hi)
	span := (chartW - padL - padR) / float64(len(ps))
	base := chartH - padB
	y := func(v float64) float64 { return base - (base-padT)*(v-0)/(hi-0) }
	// Guides at each scale step.
	for v := lo; v <= hi; v++ {
		fmt.Fprintf(w, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"#eef1f5\"/>\n", f1(padL), f1(y(v)), f1(chartW-padR), f1(y(v)))
	}
	w.WriteString("<polyline fill=\"none\" stroke=\"#b8743a\" stroke-width=\"2\" points=\"")
	for i, p := range ps {
		if !p.has {
			continue
		}
		w.WriteString(f1(padL + float64(i)*span + span/2))
		w.WriteByte(',')
		w.WriteString(f1(y(p.value)))
		w.WriteByte(' ')
	}
	w.WriteString("\"/>\n")
	if len(ps) <= 62 {
		for i, p := range ps {
			if p.has {
				fmt.Fprintf(w, "<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"#b8743a\"><title>%s: %s</title></circle>\n",
					f1(padL+float64(i)*span+span/2), f1(y(p.value)), safetext.HTML(p.label), f1(p.value))
			}
		}
	}
	w.WriteString("</svg>\n")
}
