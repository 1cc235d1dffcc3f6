package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/safefile"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/spf13/cobra"
)

func (a *App) backupCommand() *cobra.Command {
	var out string
	var salvage bool
	cmd := a.command("backup", "data", noArgs(a))
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		now, j := a.Clock(), a.Journal()
		if salvage {
			return a.salvage(out, now)
		}
		if out == "-" {
			_, err := j.Backup(a.Stdout, now)
			return err
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
		var readErr error
		fileErr := safefile.Write(out, 0o600, func(w io.Writer) error {
			rw := &writeRecorder{w: w}
			c, readErr = j.Backup(rw, now)
			if rw.err != nil {
				readErr = nil
				return rw.err
			}
			return readErr
		})
		if readErr != nil {
			return readErr
		}
		if fileErr != nil {
			return fmt.Errorf("%s", a.P.T("err.write_file", out, fileErr))
		}
		fmt.Fprintln(a.Stdout, a.P.T("backup.done", a.P.N("count.entries", c.Entries), a.P.N("count.days_off", c.DaysOff),
			a.P.N("count.ideas", c.Ideas), a.P.N("count.reviews", c.Reviews), out))
		return nil
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", a.P.T("flag.backup_output"))
	cmd.Flags().BoolVar(&salvage, "salvage", false, a.P.T("flag.salvage"))
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

// salvage writes every record of the journal that can still be read as an
// archive (the same encoder as a backup) and names each one left out.
func (a *App) salvage(out string, now time.Time) error {
	s, err := a.Journal().Salvage()
	if err != nil {
		return err
	}
	arc := &archive.Archive{Format: archive.Format, Version: archive.Version, ExportedAt: now.Truncate(time.Second),
		Entries: s.Entries, Jots: s.Jots, DaysOff: s.DaysOff, Ideas: s.Ideas, WeeklyReviews: s.Reviews}
	if out == "" {
		if err := os.MkdirAll(a.Paths.Backups, 0o700); err != nil {
			return err
		}
		out = filepath.Join(a.Paths.Backups, "debrief-salvage-"+now.Format("2006-01-02-150405")+".json")
	}
	if out == "-" {
		err = archive.Encode(a.Stdout, arc)
	} else {
		err = safefile.Write(out, 0o600, func(w io.Writer) error { return archive.Encode(w, arc) })
	}
	if err != nil {
		return fmt.Errorf("%s", a.P.T("err.write_file", out, err))
	}
	report := a.Stdout
	if out == "-" {
		report = a.Stderr
	}
	fmt.Fprintln(report, a.P.T("backup.salvaged", a.P.N("count.entries", len(s.Entries)), a.P.N("count.days_off", len(s.DaysOff)),
		a.P.N("count.ideas", len(s.Ideas)), a.P.N("count.reviews", len(s.Reviews)), safetext.Line(out)))
	if len(s.Skipped) > 0 {
		fmt.Fprintln(report, a.P.N("backup.skipped", len(s.Skipped)))
		for _, p := range s.Skipped {
			fmt.Fprintln(report, "  "+a.explainProblem(p))
		}
		fmt.Fprintln(report, a.P.T("backup.salvage_next"))
	}
	return nil
}
