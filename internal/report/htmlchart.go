package report

import (
	"strconv"
	"strings"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/insight"
)

// point is one bar or dot of a chart.
type point struct {
	label   string
	value   float64
	has     bool
	partial bool // a period only partly in the range: drawn lighter
}

// htmlChart is one inline SVG chart, its numbers already placed (SVG user
// units, one decimal).
type htmlChart struct {
	Left, Right, Base, AxisX, TopY, LabelY string
	Top                                    string // the value at the top of the axis
	First, Last                            string // the first and last labels
	Bars                                   []htmlMark
	Guides                                 []string // y of the line chart's scale steps
	Line                                   bool
	Points                                 string
	Dots                                   []htmlMark
	Caption                                string
}

// htmlMark is a bar (X, Y, W, H) or a dot (X, Y) with its tooltip.
type htmlMark struct {
	X, Y, W, H, Label, Value string
	Partial                  bool
}

// charts draws contacts (bars) and, where the audience sees wellbeing,
// mood (a line on the 1–5 scale): per shift for a month or less of
// shifts, per ISO week otherwise.
func charts(d *Document, p *i18n.Printer) []htmlChart {
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
		for _, w := range d.Periods {
			label := w.Label
			if w.Partial {
				label += p.T("report.partial")
			}
			contacts = append(contacts, point{label: label, value: float64(w.Contacts), has: w.Shifts > 0, partial: w.Partial})
			m := point{label: label, partial: w.Partial}
			if w.MoodAvg != nil {
				m.value, m.has = *w.MoodAvg, true
			}
			mood = append(mood, m)
		}
	}
	unit := "report.chart.per_" + d.By
	if perShift {
		unit = "report.chart.per_shift"
	}
	var out []htmlChart
	if anyValue(contacts) {
		c := bars(contacts)
		c.Caption = p.T("report.chart.contacts") + " · " + p.T(unit)
		out = append(out, c)
	}
	if d.Wellbeing && anyValue(mood) {
		c := line(mood, 1, 5)
		c.Caption = p.T("report.chart.mood") + " · " + p.T(unit)
		out = append(out, c)
	}
	return out
}

func anyValue(ps []point) bool {
	for _, p := range ps {
		if p.has {
			return true
		}
	}
	return false
}

// Chart geometry, in SVG user units (the viewBox in html.tmpl is
// chartW × chartH).
const (
	chartW, chartH = 720.0, 170.0
	padL, padR     = 36.0, 8.0
	padT, padB     = 10.0, 22.0
)

func f1(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

func chartFrame(ps []point, top float64) htmlChart {
	c := htmlChart{
		Left: f1(padL), Right: f1(chartW - padR), Base: f1(chartH - padB),
		AxisX: f1(padL - 4), TopY: f1(padT + 8), LabelY: f1(chartH - 6),
		Top: strconv.FormatFloat(top, 'f', -1, 64),
	}
	if len(ps) > 0 {
		c.First, c.Last = ps[0].label, ps[len(ps)-1].label
	}
	return c
}

func bars(ps []point) htmlChart {
	top := 1.0
	for _, p := range ps {
		top = max(top, p.value)
	}
	c := chartFrame(ps, top)
	span := (chartW - padL - padR) / float64(len(ps))
	bw := max(span*0.8, 0.5)
	base := chartH - padB
	for i, p := range ps {
		if !p.has || p.value <= 0 {
			continue
		}
		hgt := (base - padT) * p.value / top
		c.Bars = append(c.Bars, htmlMark{
			X: f1(padL + float64(i)*span + (span-bw)/2), Y: f1(base - hgt), W: f1(bw), H: f1(hgt),
			Label: p.label, Value: strconv.FormatFloat(p.value, 'f', -1, 64), Partial: p.partial,
		})
	}
	return c
}

func line(ps []point, lo, hi float64) htmlChart {
	c := chartFrame(ps, hi)
	c.Line = true
	span := (chartW - padL - padR) / float64(len(ps))
	base := chartH - padB
	y := func(v float64) float64 { return base - (base-padT)*v/hi }
	// Guides at each scale step.
	for v := lo; v <= hi; v++ {
		c.Guides = append(c.Guides, f1(y(v)))
	}
	var points strings.Builder
	for i, p := range ps {
		if !p.has {
			continue
		}
		x := f1(padL + float64(i)*span + span/2)
		points.WriteString(x + "," + f1(y(p.value)) + " ")
		// Dots with a tooltip only while there is room for them.
		if len(ps) <= 62 {
			c.Dots = append(c.Dots, htmlMark{X: x, Y: f1(y(p.value)), Label: p.label, Value: insight.Decimal(p.value, 1)})
		}
	}
	c.Points = points.String()
	return c
}
