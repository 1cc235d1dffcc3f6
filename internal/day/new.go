package day

import (
	"time"

	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/store"
)

// New is the journal at path as every entry point opens it: each writer
// (a command or the app) makes the daily checked backup beside the journal
// and keeps the config's [backup] keep of them.
func New(path string, cfg config.Config, now func() time.Time) *Journal {
	return &Journal{
		Path:    path,
		Config:  cfg,
		Options: store.Options{BackupDir: store.BackupDir(path), Now: now, DailyBackup: true, Keep: cfg.Backup.Keep},
	}
}

// The journal's errors the entry points branch on, to say what happened in
// the person's words. They are the store's: errors.Is works either way.
var (
	ErrLocked      = store.ErrLocked
	ErrNotJournal  = store.ErrNotJournal
	ErrDamaged     = store.ErrDamaged
	ErrNewerSchema = store.ErrNewerSchema
	ErrNotFound    = store.ErrNotFound
	ErrFull        = store.ErrFull
	// The journal's path or file system refuses it: a symbolic link to
	// nothing, a read-only file system, no permission.
	ErrDanglingLink = store.ErrDanglingLink
	ErrReadOnlyFS   = store.ErrReadOnlyFS
	ErrNoPermission = store.ErrNoPermission
	// ErrConflict: the entry or draft was saved by another process since
	// it was loaded; nothing was written.
	ErrConflict = store.ErrConflict
	// Sealing: a sealed vent without the journal's key; a copy from before
	// the upgrade that can't have removed text rewritten in it.
	ErrSealedWithoutKey = store.ErrSealedWithoutKey
	ErrOlderSnapshot    = store.ErrOlderSnapshot
)

// Warning is a note about the journal file the person should act on
// (store.Warning).
type Warning = store.Warning
