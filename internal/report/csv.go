package report

import (
	"bufio"
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
)

// The CSV exports are made for a spreadsheet: every row is one thing (a
// shift, or a case), so summing a column or pivoting on it gives true
// totals — a shift's contacts are never repeated on the rows of its cases.
// RFC 4180 with CRLF line ends, headers in p's language, and a UTF-8 byte
// order mark first so that spreadsheets read Chinese correctly. Every user
// text cell goes through safetext.CSV: no cell is a live formula.

// WriteCSV writes one row per shift: date, weekday, shift, start, end,
// contacts, CSAT, the number of typical cases and of complaints turned
// into praise, mood/energy/stress when the document holds wellbeing, and
// the three things helped (the person's own export adds the private
// columns). A review, which has no shifts, writes its strongest cases
// (WriteCaseCSV).
func WriteCSV(w io.Writer, d *Document, p *i18n.Printer) error {
	switch d.For {
	case Review:
		return WriteCaseCSV(w, d, p)
	case Team:
		return writeIdeaCSV(w, d, p)
	}
	if !d.Detail {
		return errNoDetail
	}
	return writeCSV(w, func(cw *csv.Writer) {
		cols := []string{"date", "weekday", "shift", "started_at", "ended_at", "contacts", "csat", "cases", "praise"}
		if d.Wellbeing {
			cols = append(cols, "mood", "energy", "stress")
		}
		cols = append(cols, "helped_1", "helped_2", "helped_3")
		private := d.For.Private()
		if private {
			cols = append(cols, "focus_done", "tomorrow", "tags", "vent", "jots")
		}
		cw.Write(header(p, cols...))
		row := make([]string, 0, len(cols))
		for i := range d.Shifts {
			s := &d.Shifts[i]
			praise := 0
			for _, c := range s.Cases {
				if c.Praise {
					praise++
				}
			}
			row = append(row[:0], s.Date.String(), weekday(s.Date, p), p.T("shift."+s.Kind), s.Started, s.Ended,
				intCell(s.Contacts), floatCell(s.CSAT), strconv.Itoa(len(s.Cases)), strconv.Itoa(praise))
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
			if private {
				pr := s.Private
				if pr == nil {
					pr = &Private{}
				}
				focus := ""
				if pr.FocusDone != "" {
					focus = p.T("focus." + pr.FocusDone)
				}
				row = append(row, focus, safetext.CSV(pr.Tomorrow), safetext.CSV(strings.Join(pr.Tags, ", ")), safetext.CSV(pr.Vent), jotsCell(pr.Jots))
			}
			cw.Write(row)
		}
	})
}

// WriteCaseCSV writes one row per typical case (`--rows cases`): its date,
// weekday and shift, its number in the shift, and the case — no per-shift
// figures, so nothing is counted twice. Praise is 1 or 0, so its sum is
// the number of complaints turned into praise. A review writes its
// strongest cases.
func WriteCaseCSV(w io.Writer, d *Document, p *i18n.Printer) error {
	if d.For != Review && !d.Detail {
		return errNoDetail
	}
	return writeCSV(w, func(cw *csv.Writer) {
		cw.Write(header(p, "date", "weekday", "shift", "case_no", "title", "category", "channel", "outcome", "praise", "need", "action", "better"))
		if d.For == Review {
			for i, s := range d.Stories {
				cw.Write(append([]string{s.Date.String(), weekday(s.Date, p), "", strconv.Itoa(i + 1)}, caseCells(&s.Case, p)...))
			}
			return
		}
		for i := range d.Shifts {
			s := &d.Shifts[i]
			for c := range s.Cases {
				row := []string{s.Date.String(), weekday(s.Date, p), p.T("shift." + s.Kind), strconv.Itoa(c + 1)}
				cw.Write(append(row, caseCells(&s.Cases[c], p)...))
			}
		}
	})
}

// errNoDetail: a CSV is a table of every shift or case; a document that
// summarises a long range instead (Input.Detail false) has none to write.
var errNoDetail = errors.New("csv export: the document summarises its range (build it with Input.Detail)")

// writeIdeaCSV writes the team's backlog (--for team): one row per idea.
func writeIdeaCSV(w io.Writer, d *Document, p *i18n.Printer) error {
	return writeCSV(w, func(cw *csv.Writer) {
		cw.Write(header(p, "idea_id", "raised", "kind", "status", "idea", "impact", "shared_with", "declined_why"))
		for _, i := range d.Ideas {
			cw.Write([]string{strconv.FormatUint(i.ID, 10), i.ShiftDate.String(), p.T("kind." + i.Kind), p.T("status." + i.Status),
				safetext.CSV(i.Text), safetext.CSV(i.Impact), safetext.CSV(i.SharedWith), safetext.CSV(i.DeclinedWhy)})
		}
	})
}

func writeCSV(w io.Writer, rows func(*csv.Writer)) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("\uFEFF")
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	rows(cw)
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

func weekday(d journal.Date, p *i18n.Printer) string {
	return p.T(weekdayKeys[d.Weekday()])
}

// weekdayKeys are the catalog's keys of the weekdays, Sunday first (as
// time.Weekday): made once, not a Sprintf a row.
var weekdayKeys = [7]string{"report.wd.0", "report.wd.1", "report.wd.2", "report.wd.3", "report.wd.4", "report.wd.5", "report.wd.6"}

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
	channel, outcome, praise := "", "", "0"
	if c.Channel != "" {
		channel = p.T("channel." + c.Channel)
	}
	if c.Outcome != "" {
		outcome = p.T("outcome." + c.Outcome)
	}
	if c.Praise {
		praise = "1"
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
