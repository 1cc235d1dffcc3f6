package cli

import (
	"fmt"

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
			d, given, err := a.dayArg(args)
			if err != nil {
				return err
			}
			if d.Entry == nil {
				if !given {
					return fmt.Errorf("%s", a.P.T("show.none_yet"))
				}
				return fmt.Errorf("%s", a.P.T("show.no_entry", d.Date))
			}
			if !a.onTerminal() {
				return fmt.Errorf("%s", a.P.T("err.needs_terminal", "debrief edit"))
			}
			return a.runApp(tui.Open{Screen: tui.ScreenFlow, Date: d.Date, Edit: true})
		},
	}
}
