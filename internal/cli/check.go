package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"
)

func (a *App) checkCommand() *cobra.Command {
	cmd := a.command("check", "data", noArgs(a))
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if _, err := os.Stat(a.Paths.DB); errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%s", a.P.T("check.missing", a.Paths.DB))
		}
		problems := a.Journal().Check()
		if len(problems) == 0 {
			fmt.Fprintln(a.Stdout, a.P.T("check.ok", a.Paths.DB))
			return nil
		}
		for _, p := range problems {
			fmt.Fprintln(a.Stdout, "  "+a.Explain(p))
		}
		return fmt.Errorf("%s%s%s", a.P.T("check.problems", len(problems), a.Paths.DB), a.P.T("hint.sep"), a.backupHint(true))
	}
	return cmd
}
