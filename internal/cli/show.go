package cli

import (
	"fmt"

	"charm.land/lipgloss/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/spf13/cobra"
)

func (a *App) showCommand() *cobra.Command {
	return &cobra.Command{
		Use:     "show [DATE]",
		Short:   a.P.T("show.short"),
		Long:    a.P.T("show.long"),
		GroupID: "journal",
		Args:    maxArgs(a, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			today, err := a.Today()
			if err != nil {
				return err
			}
			var date journal.Date
			if len(args) == 1 {
				if date, err = a.parseDateArg("DATE", args[0]); err != nil {
					return err
				}
			}
			j := a.Journal()
			var d day.Day
			if date == 0 {
				e, ok, err := j.Latest(today)
				if err != nil {
					return err
				}
				if ok {
					date = e.ShiftDate
				}
			}
			if date != 0 {
				if d, err = j.Day(date); err != nil {
					return err
				}
			}
			switch {
			case d.Entry != nil:
				w := a.colorWriter()
				for _, l := range day.ReadingOf(d.Entry, a.P, d.Jots...).Render(0, showStyle) {
					fmt.Fprintln(w, l)
				}
			case d.Off != nil:
				fmt.Fprintln(a.Stdout, a.P.T("show.day_off", d.Off.Date, a.P.T("reason."+d.Off.Reason), safetext.Line(d.Off.Note)))
			case date == 0:
				fmt.Fprintln(a.Stdout, a.P.T("show.none_yet"))
			default:
				return fmt.Errorf("%s", a.P.T("show.no_entry", date))
			}
			return nil
		},
	}
}

var (
	headStyle  = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#5FAFD7"))
	labelStyle = lipgloss.NewStyle().Foreground(lipgloss.Color("#8A8A8A"))
	ventStyle  = lipgloss.NewStyle().Foreground(lipgloss.Color("#D787AF"))
)

// showStyle is how `debrief show` draws an entry (History draws the same
// day.Reading in the app's styles).
var showStyle = day.Style{Heading: headStyle, Label: labelStyle, Private: ventStyle}
