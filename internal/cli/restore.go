package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/spf13/cobra"
)

func (a *App) restoreCommand() *cobra.Command {
	return &cobra.Command{
		Use:         "restore [BACKUP]",
		Short:       a.P.T("restore.short"),
		Long:        a.P.T("restore.long"),
		GroupID:     "data",
		Annotations: map[string]string{"config": "optional"},
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usagef("%s", a.P.T("err.unexpected_arg", args[1], cmd.CommandPath()))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return a.listBackups()
			}
			return a.restore(args[0])
		},
	}
}

func (a *App) listBackups() error {
	opt := a.StoreOptions()
	dir := store.BackupDir(a.Paths.DB)
	if opt.BackupDir != "" {
		dir = opt.BackupDir
	}
	list, err := store.Backups(a.Paths.DB, opt)
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
		if n, err := countEntries(b.Path); err != nil {
			state = a.P.T("restore.bad")
		} else {
			state += a.P.T("punct.comma") + a.P.N("restore.entries", n)
		}
		fmt.Fprintf(a.Stdout, "  %s  %s  %s\n", safetext.Line(b.Name), b.ModTime.Local().Format("2006-01-02 15:04"), state)
	}
	fmt.Fprintln(a.Stdout, a.P.T("restore.hint"))
	return nil
}

// countEntries checks a backup and counts its entries.
func countEntries(path string) (int, error) {
	if problems := store.CheckFile(path); len(problems) > 0 {
		return 0, errors.Join(problems...)
	}
	n := 0
	err := store.Read(path, store.Options{}, func(tx *store.Tx) error { n = tx.EntryCount(); return nil })
	return n, err
}

func (a *App) restore(name string) error {
	opt := a.StoreOptions()
	from := name
	if !strings.ContainsRune(name, filepath.Separator) {
		if list, _ := store.Backups(a.Paths.DB, opt); list != nil {
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
	if problems := store.CheckFile(from); len(problems) > 0 {
		return fmt.Errorf("%s", a.P.T("restore.bad_backup", safetext.Line(name), safetext.Line(problems[0].Error())))
	}
	saved, err := store.Restore(a.Paths.DB, from, opt)
	if err != nil {
		return err
	}
	n, _ := countEntries(a.Paths.DB)
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
	opt := a.StoreOptions()
	if b, ok := store.NewestGoodBackup(a.Paths.DB, opt); ok {
		return a.P.T("hint.restore", safetext.Line(b.Name), b.ModTime.Local().Format("2006-01-02 15:04"), safetext.Line(b.Name))
	}
	if !always {
		return ""
	}
	dir, err := filepath.Abs(opt.BackupDir)
	if err != nil {
		dir = opt.BackupDir
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
	case errors.Is(err, store.ErrDamaged):
		hint = a.backupHint(true)
	case errors.Is(err, store.ErrNotJournal), errors.Is(err, store.ErrNewerSchema):
		hint = a.backupHint(false)
	}
	if hint == "" {
		return msg
	}
	return msg + a.P.T("hint.sep") + hint
}
