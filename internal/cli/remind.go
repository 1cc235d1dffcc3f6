package cli

import (
	"fmt"

	"github.com/spf13/cobra"
)

// remindCommand is for shell prompts, cron and notifiers: its exit code is
// the answer, its one line the message.
func (a *App) remindCommand() *cobra.Command {
	cmd := a.command("remind", "journal", noArgs(a))
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		today, err := a.Today()
		if err != nil {
			return err
		}
		due, err := a.Journal().RemindDue(today, a.Now())
		if err != nil {
			return err
		}
		if !due {
			return errQuiet
		}
		fmt.Fprintln(a.Stdout, a.P.T("remind.due"))
		return nil
	}
	return cmd
}
