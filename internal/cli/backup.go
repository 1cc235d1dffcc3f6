package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/safefile"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/spf13/cobra"
)

func (a *App) backupCommand() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:     "backup",
		Short:   a.P.T("backup.short"),
		Long:    a.P.T("backup.long"),
		GroupID: "data",
		Args:    noArgs(a),
		RunE: func(cmd *cobra.Command, args []string) error {
			now := a.Now()
			var arc *archive.Archive
			if err := a.Read(func(tx *store.Tx) error {
				var err error
				arc, err = archive.Collect(tx, now)
				return err
			}); err != nil {
				return err
			}
			if out == "-" {
				return archive.Encode(a.Stdout, arc)
			}
			if out == "" {
				if err := os.MkdirAll(a.Paths.Backups, 0o700); err != nil {
					return err
				}
				out = filepath.Join(a.Paths.Backups, "debrief-"+now.Format("2006-01-02-150405")+".json")
			}
			if err := safefile.Write(out, 0o600, func(w io.Writer) error { return archive.Encode(w, arc) }); err != nil {
				return fmt.Errorf("%s", a.P.T("err.write_file", out, err))
			}
			fmt.Fprintln(a.Stdout, a.P.T("backup.done", len(arc.Entries), len(arc.DaysOff), len(arc.Ideas), len(arc.WeeklyReviews), out))
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", a.P.T("flag.backup_output"))
	return cmd
}
