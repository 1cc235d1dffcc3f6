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
			if out == "-" {
				return a.Read(func(tx *store.Tx) error {
					_, err := archive.Backup(a.Stdout, tx, now)
					return err
				})
			}
			if out == "" {
				if err := os.MkdirAll(a.Paths.Backups, 0o700); err != nil {
					return err
				}
				out = filepath.Join(a.Paths.Backups, "debrief-"+now.Format("2006-01-02-150405")+".json")
			}
			// The file is written while the journal is read: one pass,
			// flat memory (archive.Backup). A problem of the file (a full
			// disk) and one of the journal (damage) are told apart.
			var c archive.Counts
			var fileErr error
			err := a.Read(func(tx *store.Tx) error {
				var readErr error
				fileErr = safefile.Write(out, 0o600, func(w io.Writer) error {
					rw := &writeRecorder{w: w}
					c, readErr = archive.Backup(rw, tx, now)
					if rw.err != nil {
						readErr = nil
						return rw.err
					}
					return readErr
				})
				if readErr != nil {
					fileErr = nil
					return readErr
				}
				return nil
			})
			if fileErr != nil {
				return fmt.Errorf("%s", a.P.T("err.write_file", out, fileErr))
			}
			if err != nil {
				return err
			}
			fmt.Fprintln(a.Stdout, a.P.T("backup.done", a.P.N("count.entries", c.Entries), a.P.N("count.days_off", c.DaysOff),
				a.P.N("count.ideas", c.Ideas), a.P.N("count.reviews", c.Reviews), out))
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", a.P.T("flag.backup_output"))
	return cmd
}

// writeRecorder keeps the first error of the file being written.
type writeRecorder struct {
	w   io.Writer
	err error
}

func (r *writeRecorder) Write(p []byte) (int, error) {
	n, err := r.w.Write(p)
	if err != nil && r.err == nil {
		r.err = err
	}
	return n, err
}
