package cli

import (
	"fmt"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui"
	"github.com/spf13/cobra"
)

func (a *App) editCommand() *cobra.Command {
	return &cobra.Command{
		Use:     "edit [DATE]",
		Short:   a.P.T("edit.short"),
		Long:    a.P.T("edit.long"),
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
			var found bool
			j := a.Journal()
			if date == 0 {
				var e journal.Entry
				if e, found, err = j.Latest(today); err != nil {
					return err
				}
				date = e.ShiftDate
			} else {
				d, err := j.Day(date)
				if err != nil {
					return err
				}
				found = d.Entry != nil
			}
			if !found {
				if date == 0 {
					return fmt.Errorf("%s", a.P.T("show.none_yet"))
				}
				return fmt.Errorf("%s", a.P.T("show.no_entry", date))
			}
			if !a.onTerminal() {
				return fmt.Errorf("%s", a.P.T("err.needs_terminal", "debrief edit"))
			}
			return a.runApp(tui.Open{Screen: tui.ScreenFlow, Date: date, Edit: true})
		},
	}
}
