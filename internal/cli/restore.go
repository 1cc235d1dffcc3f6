package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/spf13/cobra"
)

func (a *App) restoreCommand() *cobra.Command {
	cmd := a.command("restore [BACKUP]", "data", maxArgs(a, 1))
	// A journal whose config is broken can still be restored.
	cmd.Annotations = map[string]string{"config": "optional"}
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return a.listBackups()
		}
		return a.restore(args[0])
	}
	return cmd
}

func (a *App) listBackups() error {
	j := a.Journal()
	dir := j.BackupDir()
	list, err := j.DailyBackups()
	if err != nil {
		return err
	}
	if len(list) == 0 {
		fmt.Fprintln(a.Stdout, a.P.T("restore.none", safetext.Line(dir)))
		return nil
	}
	fmt.Fprintln(a.Stdout, a.P.T("restore.header", safetext.Line(dir)))
	for _, b := range list {
		state := a.P.T("restore.good")
		if n, err := day.CountEntries(b.Path); err != nil {
			state = a.P.T("restore.bad")
		} else {
			state += a.P.T("punct.comma") + a.P.N("restore.entries", n)
		}
		fmt.Fprintf(a.Stdout, "  %s  %s  %s\n", safetext.Line(b.Name), b.ModTime.Local().Format("2006-01-02 15:04"), state)
	}
	fmt.Fprintln(a.Stdout, a.P.T("restore.hint"))
	return nil
}

func (a *App) restore(name string) error {
	j := a.Journal()
	from := name
	if !strings.ContainsRune(name, filepath.Separator) {
		if list, _ := j.DailyBackups(); list != nil {
			for _, b := range list {
				if b.Name == name {
					from = b.Path
				}
			}
		}
	}
	if strings.HasSuffix(strings.ToLower(from), ".json") {
		return fmt.Errorf("%s", a.P.T("restore.json", safetext.Line(name), safetext.Line(name)))
	}
	if _, err := os.Stat(from); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s", a.P.T("restore.not_found", safetext.Line(name)))
	}
	saved, err := j.Restore(from)
	var bad *day.BadBackupError
	if errors.As(err, &bad) {
		return fmt.Errorf("%s", a.P.T("restore.bad_backup", safetext.Line(name), safetext.Line(bad.Problems[0].Error())))
	}
	if err != nil {
		return err
	}
	n, _ := day.CountEntries(a.Paths.DB)
	fmt.Fprintln(a.Stdout, a.P.N("restore.done", n, safetext.Line(a.Paths.DB), safetext.Line(name)))
	if saved != "" {
		fmt.Fprintln(a.Stdout, a.P.T("restore.kept", safetext.Line(saved)))
	}
	return nil
}

// backupHint names the newest good backup and the command that restores
// it, for the message about a journal that can't be used; without one it
// says where it looked, or (always false) nothing.
func (a *App) backupHint(always bool) string {
	j := a.Journal()
	if b, ok := j.NewestGoodBackup(); ok {
		return a.P.T("hint.restore", safetext.Line(b.Name), b.ModTime.Local().Format("2006-01-02 15:04"), safetext.Line(b.Name))
	}
	if !always {
		return ""
	}
	dir, err := filepath.Abs(j.BackupDir())
	if err != nil {
		dir = j.BackupDir()
	}
	return a.P.T("hint.no_backup", safetext.Line(dir))
}

// withBackupHint adds the backup hint to the message about an error that
// means the journal file itself can't be used: always for a damaged
// journal; for a file that is not a journal (often a wrong --db) or a
// newer one, only when this journal has a good backup.
func (a *App) withBackupHint(msg string, err error) string {
	var hint string
	switch {
	case errors.Is(err, day.ErrDamaged):
		hint = a.backupHint(true)
	case errors.Is(err, day.ErrNotJournal), errors.Is(err, day.ErrNewerSchema):
		hint = a.backupHint(false)
	}
	if hint == "" {
		return msg
	}
	return msg + a.P.T("hint.sep") + hint
}
