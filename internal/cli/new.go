package cli

import (
	"fmt"

	"github.com/debrief-app/debrief/internal/tui"
	"github.com/spf13/cobra"
)

func (a *App) newCommand() *cobra.Command {
	var date string
	cmd := &cobra.Command{
		Use:     "new",
		Short:   a.P.T("new.short"),
		Long:    a.P.T("new.long"),
		GroupID: "journal",
		Args:    noArgs(a),
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := a.flowDate("--date", date)
			if err != nil {
				return err
			}
			if !a.onTerminal() {
				return fmt.Errorf("%s", a.P.T("err.needs_terminal", "debrief new"))
			}
			return a.runApp(tui.Open{Screen: tui.ScreenFlow, Date: d})
		},
	}
	cmd.Flags().StringVar(&date, "date", "", a.P.T("flag.new_date"))
	return cmd
}
