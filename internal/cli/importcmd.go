package cli

import (
	"fmt"
	"os"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/spf13/cobra"
)

func (a *App) importCommand() *cobra.Command {
	var dryRun, overwrite bool
	cmd := &cobra.Command{
		Use:     "import FILE",
		Short:   a.P.T("import.short"),
		Long:    a.P.T("import.long"),
		GroupID: "data",
		Args:    exactArgs(a, 1, "FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return fmt.Errorf("%s", a.P.T("err.read_file", args[0], err))
			}
			arc, err := archive.Decode(f)
			f.Close()
			if err != nil {
				return err
			}
			var progress func(done, total int)
			total := len(arc.Entries) + len(arc.DaysOff) + len(arc.Ideas) + len(arc.WeeklyReviews)
			if ttyFile(a.Stderr) && total >= 500 {
				progress = func(done, total int) {
					fmt.Fprintf(a.Stderr, "\r%s", a.P.T("import.progress", done, total))
					if done == total {
						fmt.Fprintln(a.Stderr)
					}
				}
			}
			var res archive.Result
			apply := func(tx *store.Tx) error {
				var err error
				res, err = archive.Apply(tx, arc, overwrite, dryRun, progress)
				return err
			}
			if dryRun {
				err = a.Read(apply)
			} else {
				err = a.Write(apply)
			}
			if err != nil {
				return err
			}
			key := "import.done"
			if dryRun {
				key = "import.dry_run"
			}
			fmt.Fprintln(a.Stdout, a.P.T(key, res.Entries, res.DaysOff, res.Ideas, res.Reviews, res.Skipped))
			return nil
		},
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, a.P.T("flag.dry_run"))
	cmd.Flags().BoolVar(&overwrite, "overwrite", false, a.P.T("flag.overwrite"))
	return cmd
}
