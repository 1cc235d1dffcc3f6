package day

import (
	"errors"
	"io"
	"os"
	"time"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/store"
)

// Backup writes the whole journal to w as a JSON archive in one pass
// (`debrief backup`).
func (j *Journal) Backup(w io.Writer, now time.Time) (c archive.Counts, err error) {
	err = j.read(func(tx *store.Tx) error {
		c, err = archive.Backup(w, tx, now)
		return err
	})
	return c, err
}

// Import reads the archive of dec into the journal in one transaction (a
// bad record rolls the whole import back); a dry run opens the journal
// read-only and writes nothing. size is the archive's size in bytes (-1:
// unknown), by which the journal's first mapping is sized so the import's
// commit never remaps the file.
func (j *Journal) Import(dec *archive.Decoder, opt archive.Options, size int64) (res archive.Result, err error) {
	run := func(tx *store.Tx) error {
		res, err = archive.Import(tx, dec, opt)
		return err
	}
	jj := *j
	if size > 0 {
		jj.Options.InitialMmapSize = mmapFor(j.Path, size)
	}
	if opt.DryRun {
		return res, jj.read(run)
	}
	return res, jj.write(run)
}

// NeedsArchiveKey reports whether importing an archive sealed as s needs
// the archive's own key: the journal is sealed to another one, so its
// vents are opened with the archive's key and sealed again to the journal's.
func (j *Journal) NeedsArchiveKey(s *archive.Sealing) (need bool, err error) {
	err = j.read(func(tx *store.Tx) error {
		need, err = archive.NeedsArchiveKey(tx, s)
		return err
	})
	return need, err
}

// mmapFor is the journal as it is plus twice the archive: a journal holds
// an archive's records in about 1.5–2× its bytes, with its pages and
// indexes.
func mmapFor(db string, size int64) int {
	grow := size * 2
	if fi, err := os.Stat(db); err == nil {
		grow += fi.Size()
	}
	return int(min(grow, 1<<40))
}

// Check is the integrity check of the journal file (`debrief check`): the
// problems found, none when it is sound. A problem of one record is a
// *RecordError.
func (j *Journal) Check() []error { return store.CheckFile(j.Path) }

// RecordError is a problem of one record that Check found: its bucket and
// key and what kind of problem it is.
type RecordError = store.RecordError

// SnapshotChange is what a change of sealing did to one backup.
type SnapshotChange = store.SnapshotChange

// ProblemKind says what is wrong with a record.
type ProblemKind = store.Kind

// The kinds of problem of a record.
const (
	KindDamaged    = store.KindDamaged    // can't be read
	KindInvalid    = store.KindInvalid    // reads, but breaks a rule (Err is a *journal.FieldError)
	KindMisplaced  = store.KindMisplaced  // stored under a key that is not its own
	KindMissing    = store.KindMissing    // a record it goes with is missing
	KindUnexpected = store.KindUnexpected // a bucket or key debrief doesn't write
)

// DailyBackup is one of the checked copies made before the first write of
// each day.
type DailyBackup = store.Backup

// BackupDir is where the daily backups are kept.
func (j *Journal) BackupDir() string { return j.Options.BackupDir }

// DailyBackups lists the daily backups, newest first.
func (j *Journal) DailyBackups() ([]DailyBackup, error) { return store.Backups(j.Path, j.Options) }

// NewestGoodBackup is the newest daily backup that passes the check.
func (j *Journal) NewestGoodBackup() (DailyBackup, bool) {
	return store.NewestGoodBackup(j.Path, j.Options)
}

// Restore replaces the journal with the journal file from, after checking
// it, keeping the current file beside it (saved names it; "" when there was
// none).
func (j *Journal) Restore(from string) (saved string, err error) {
	if problems := store.CheckFile(from); len(problems) > 0 {
		return "", &BadBackupError{Problems: problems}
	}
	return store.Restore(j.Path, from, j.Options)
}

// BadBackupError: a backup that fails the check is never restored.
type BadBackupError struct{ Problems []error }

func (e *BadBackupError) Error() string { return "backup fails the check: " + e.Problems[0].Error() }

// CountEntries checks a journal file (the journal or a backup) and counts
// its entries.
func CountEntries(path string) (int, error) {
	if problems := store.CheckFile(path); len(problems) > 0 {
		return 0, errors.Join(problems...)
	}
	n := 0
	err := store.Read(path, store.Options{}, func(tx *store.Tx) error { n = tx.EntryCount(); return nil })
	return n, err
}

// Salvaged is what Salvage could read of a damaged journal.
type Salvaged = store.Salvaged

// Salvage reads every record of a damaged journal that can still be read
// (`debrief backup --salvage`); Skipped names each one left out.
func (j *Journal) Salvage() (*Salvaged, error) { return store.Salvage(j.Path) }
