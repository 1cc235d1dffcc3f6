package report

import (
	"bufio"
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
)

// WriteCSV writes one row per case with its shift's fields (a shift without
// cases gets one row of its own, so no workload is lost), RFC 4180 with
// CRLF line ends, headers in p's language. A review writes its strongest
// cases only. Every user text cell goes through CSV: no cell is a live
// formula. A UTF-8 byte order mark comes first so that spreadsheets read
// Chinese correctly.
func WriteCSV(w io.Writer, d *Document, p *i18n.Printer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("\uFEFF")
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	if d.For == Review {
		cw.Write(header(p, "date", "case_no", "title", "category", "channel", "outcome", "praise", "need", "action", "better"))
		for i, s := range d.Stories {
			row := []string{s.Date.String(), strconv.Itoa(i + 1)}
			cw.Write(append(row, caseCells(&s.Case, p)...))
		}
	} else {
		cols := []string{"date", "shift", "started_at", "ended_at", "contacts", "csat"}
		if d.Wellbeing {
			cols = append(cols, "mood", "energy", "stress")
		}
		cols = append(cols, "helped_1", "helped_2", "helped_3", "case_no", "title", "category", "channel", "outcome", "praise", "need", "action", "better")
		private := d.For.Private()
		if private {
			cols = append(cols, "focus_done", "tomorrow", "tags", "vent", "jots")
		}
		cw.Write(header(p, cols...))
		row := make([]string, 0, len(cols))
		for i := range d.Shifts {
			s := &d.Shifts[i]
			row = row[:0]
			row = append(row, s.Date.String(), p.T("shift."+s.Kind), s.Started, s.Ended, intCell(s.Contacts), floatCell(s.CSAT))
			if d.Wellbeing {
				row = append(row, intCell(s.Mood), intCell(s.Energy), intCell(s.Stress))
			}
			for k := range journal.MaxHelped {
				h := ""
				if k < len(s.Helped) {
					h = safetext.CSV(s.Helped[k])
				}
				row = append(row, h)
			}
			shiftCols := len(row)
			var tail []string
			if private {
				pr := s.Private
				if pr == nil {
					pr = &Private{}
				}
				focus := ""
				if pr.FocusDone != "" {
					focus = p.T("focus." + pr.FocusDone)
				}
				tail = []string{focus, safetext.CSV(pr.Tomorrow), safetext.CSV(strings.Join(pr.Tags, ", ")), safetext.CSV(pr.Vent), jotsCell(pr.Jots)}
			}
			if len(s.Cases) == 0 {
				row = append(row, "", "", "", "", "", "", "", "", "", "")
				cw.Write(append(row, tail...))
				continue
			}
			for c := range s.Cases {
				row = append(row[:shiftCols], strconv.Itoa(c+1))
				row = append(row, caseCells(&s.Cases[c], p)...)
				cw.Write(append(row, tail...))
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

func header(p *i18n.Printer, cols ...string) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = p.T("report.col." + c)
	}
	return out
}

// jotsCell is a shift's unused jots in one cell, each "15:04 text", one a
// line.
func jotsCell(jots []journal.Jot) string {
	lines := make([]string, len(jots))
	for i, j := range jots {
		lines[i] = j.At.Format("15:04") + " " + j.Text
	}
	return safetext.CSV(strings.Join(lines, "\n"))
}

func caseCells(c *journal.Case, p *i18n.Printer) []string {
	channel, outcome, praise := "", "", ""
	if c.Channel != "" {
		channel = p.T("channel." + c.Channel)
	}
	if c.Outcome != "" {
		outcome = p.T("outcome." + c.Outcome)
	}
	if c.Praise {
		praise = p.T("report.yes")
	}
	return []string{safetext.CSV(c.Title), safetext.CSV(c.Category), channel, outcome, praise, safetext.CSV(c.Need), safetext.CSV(c.Action), safetext.CSV(c.Better)}
}

func intCell(v *int) string {
	if v == nil {
		return ""
	}
	return strconv.Itoa(*v)
}

func floatCell(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}
