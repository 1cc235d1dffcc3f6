package cli

import (
	"fmt"
	"io"

	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/spf13/cobra"
)

func (a *App) weekCommand() *cobra.Command {
	var week, date string
	var asJSON bool
	cmd := a.command("week", "journal", noArgs(a))
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if week != "" && date != "" {
			return usagef("%s", a.P.T("err.week_and_date"))
		}
		today, err := a.Today()
		if err != nil {
			return err
		}
		w := journal.WeekOf(today)
		switch {
		case week != "":
			if w, err = journal.ParseWeek(week); err != nil {
				return usagef("%s", a.P.T("err.bad_week", "--week", week))
			}
		case date != "":
			d, err := a.parseDateArg("--date", date)
			if err != nil {
				return err
			}
			w = journal.WeekOf(d)
		}
		wk, err := a.Journal().Week(w, today)
		if err != nil {
			return err
		}
		s := wk.Summary
		if asJSON {
			return a.printJSON(s, true)
		}
		writeWeek(a.colorWriter(), a.P, s)
		return nil
	}
	f := cmd.Flags()
	f.StringVar(&week, "week", "", a.P.T("flag.week"))
	f.StringVar(&date, "date", "", a.P.T("flag.week_date"))
	f.BoolVar(&asJSON, "json", false, a.P.T("flag.json"))
	return cmd
}

// writeWeek prints the week (day.WeekReading, which the Week screen
// renders too).
func writeWeek(w io.Writer, p *i18n.Printer, s *report.WeekSummary) {
	for _, l := range day.WeekReading(s, p.T("week.no_review"), p).Render(0, weekStyle) {
		fmt.Fprintln(w, l)
	}
}

// weekStyle is how `debrief week` draws a week.
var weekStyle = day.Style{Heading: headStyle, Label: labelStyle, Note: labelStyle}
