package cli

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/spf13/cobra"
)

func (a *App) weekCommand() *cobra.Command {
	var week, date string
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "week",
		Short:   a.P.T("week.short"),
		Long:    a.P.T("week.long"),
		GroupID: "journal",
		Args:    noArgs(a),
		RunE: func(cmd *cobra.Command, args []string) error {
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
				enc := json.NewEncoder(safetext.JSON(a.Stdout))
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(s)
			}
			writeWeek(a.colorWriter(), a.P, s)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&week, "week", "", a.P.T("flag.week"))
	f.StringVar(&date, "date", "", a.P.T("flag.week_date"))
	f.BoolVar(&asJSON, "json", false, a.P.T("flag.json"))
	return cmd
}

// writeWeek prints the week (day.WeekText: the same lines as the Week
// screen).
func writeWeek(w io.Writer, p *i18n.Printer, s *report.WeekSummary) {
	for _, l := range day.WeekText(s, p, day.WeekStyle{Heading: headStyle, Label: labelStyle, Good: goodStyle, Bad: badStyle}) {
		fmt.Fprintln(w, l)
	}
}
