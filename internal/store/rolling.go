package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Rolling backups: on the first open for writing of each calendar day, a
// checked snapshot of the journal as it was before that day's first write
// goes to <backups>/<name>-YYYY-MM-DD.db (name: the journal's file name
// without ".db"), and only the newest Options.Keep of them stay. A copy
// that fails its check is never kept, and the write does not go ahead: a
// journal whose copy is damaged is damaged itself.

// DefaultKeep is how many daily backups stay when Options.Keep is 0.
const DefaultKeep = 7

// BackupDir is where the backups of the journal at path go, unless
// Options.BackupDir says otherwise: backups/ beside the journal.
func BackupDir(path string) string { return filepath.Join(filepath.Dir(path), "backups") }

func (o *Options) backupDir(path string) string {
	if o.BackupDir != "" {
		return o.BackupDir
	}
	return BackupDir(path)
}

func journalName(path string) string {
	return strings.TrimSuffix(filepath.Base(path), ".db")
}

// Backup is a snapshot of the journal in the backups directory.
type Backup struct {
	Path    string
	Name    string    // file name
	Day     string    // YYYY-MM-DD of a daily backup; "" for other snapshots
	ModTime time.Time // when it was written
	Size    int64
}

// Backups lists the snapshots of the journal at path, newest first: the
// daily backups and the ones taken before an upgrade or a restore. JSON
// archives made by `debrief backup` are not listed: `debrief import` reads
// those.
func Backups(path string, opt Options) ([]Backup, error) {
	dir := opt.backupDir(path)
	ents, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	prefix := journalName(path) + "-"
	var out []Backup
	for _, e := range ents {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasSuffix(name, ".db") || !strings.HasPrefix(name, prefix) {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			continue
		}
		b := Backup{Path: filepath.Join(dir, name), Name: name, ModTime: fi.ModTime(), Size: fi.Size()}
		if m := dailyName().FindStringSubmatch(strings.TrimPrefix(name, prefix)); m != nil {
			b.Day = m[1]
		}
		out = append(out, b)
	}
	slices.SortFunc(out, func(a, b Backup) int { return b.ModTime.Compare(a.ModTime) })
	return out, nil
}

// dailyName is compiled on first use: most runs list no backups.
var dailyName = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})\.db$`) })

// NewestGoodBackup is the newest backup of the journal at path that passes
// the integrity check; ok is false when there is none.
func NewestGoodBackup(path string, opt Options) (Backup, bool) {
	list, err := Backups(path, opt)
	if err != nil {
		return Backup{}, false
	}
	for _, b := range list {
		if len(CheckFile(b.Path)) == 0 {
			return b, true
		}
	}
	return Backup{}, false
}

// dailyBackup makes today's backup when there is none yet. It runs with
// the write lock held, so no other debrief is snapshotting at the same time.
func (j *Journal) dailyBackup() error {
	dir := j.opt.backupDir(j.path)
	day := j.opt.now().Format("2006-01-02")
	dest := filepath.Join(dir, journalName(j.path)+"-"+day+".db")
	if _, err := os.Stat(dest); err == nil {
		return nil
	}
	removeStaleSnapshots(dir)
	if err := j.Snapshot(dest); err != nil {
		var ce *checkError
		if errors.As(err, &ce) {
			return fmt.Errorf("%s: %w: %v", j.path, ErrDamaged, err)
		}
		return fmt.Errorf("today's backup: %w", err)
	}
	keep := j.opt.Keep
	if keep <= 0 {
		keep = DefaultKeep
	}
	list, err := Backups(j.path, j.opt)
	if err != nil {
		return nil
	}
	var daily []Backup
	for _, b := range list {
		if b.Day != "" {
			daily = append(daily, b)
		}
	}
	// Newest days first by name: the clock of a file's mtime can be wrong.
	slices.SortFunc(daily, func(a, b Backup) int { return strings.Compare(b.Day, a.Day) })
	for _, b := range daily[min(keep, len(daily)):] {
		os.Remove(b.Path)
	}
	pruneSnapshots(list, j.opt.now())
	return nil
}

// removeStaleSnapshots deletes temp files of snapshots that were cut off
// (a kill mid-copy). Safe: snapshots are only written with the journal's
// write lock held, which the caller has.
func removeStaleSnapshots(dir string) {
	matches, _ := filepath.Glob(filepath.Join(dir, ".snapshot-*.tmp"))
	for _, m := range matches {
		os.Remove(m)
	}
}

// Restore replaces the journal at path with the backup at from: the
// backup must pass the integrity check; the current file, damaged or not,
// is first copied byte for byte to <backups>/<name>-before-restore-<time>.db
// (a name no other copy has: two restores in one second keep both); the
// journal must not be open in another debrief. It returns the path of that
// copy ("" when there was no journal).
func Restore(path, from string, opt Options) (saved string, err error) {
	if problems := CheckFile(from); len(problems) > 0 {
		return "", fmt.Errorf("%s: %w", from, errors.Join(problems...))
	}
	if opt.Timeout == 0 {
		opt.Timeout = DefaultTimeout
	}
	if err := regularFile(path); err != nil && !isMissing(err) {
		return "", err
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fileError(dir, err)
	}
	cur, err := lockJournal(path, opt.Timeout)
	if err != nil {
		return "", err
	}
	if cur != nil {
		defer cur.Close()
		stamp := fmt.Sprintf("%s-before-restore-%s", journalName(path), opt.now().Format("20060102-150405"))
		saved = unusedName(opt.backupDir(path), stamp, ".db")
		if err := copyFile(cur, saved); err != nil {
			return "", fmt.Errorf("copy the current journal aside: %w", mapWriteErr(err))
		}
	}
	src, err := os.Open(from)
	if err != nil {
		return saved, err
	}
	defer src.Close()
	tmp := filepath.Join(dir, "."+filepath.Base(path)+".restore.tmp")
	if err := copyFile(src, tmp); err != nil {
		os.Remove(tmp)
		return saved, mapWriteErr(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return saved, err
	}
	// cur, closed on return, is the replaced file: a debrief waiting for
	// its lock finds that the path names another file and opens that.
	return saved, syncDir(dir)
}

// isMissing: the path names nothing (and is not a symbolic link to nothing).
func isMissing(err error) bool {
	return errors.Is(err, fs.ErrNotExist) && !errors.Is(err, ErrDanglingLink)
}

// lockJournal opens the journal file and takes bbolt's lock on it, making
// sure, as openBolt does, that the locked file is still the one the path
// names. A missing journal is (nil, nil).
func lockJournal(path string, timeout time.Duration) (*os.File, error) {
	deadline := time.Now().Add(timeout)
	for attempt := 0; ; attempt++ {
		f, err := os.OpenFile(path, os.O_RDWR, 0)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		if err != nil {
			return nil, fileError(path, err)
		}
		if err := lockFile(f, time.Until(deadline)); err != nil {
			f.Close()
			return nil, err
		}
		fi, ferr := f.Stat()
		pi, perr := os.Stat(path)
		if ferr == nil && perr == nil && os.SameFile(fi, pi) {
			return f, nil
		}
		f.Close()
		if attempt >= maxReopens || time.Now().After(deadline) {
			return nil, ErrLocked
		}
	}
}

// unusedName is dir/stem+ext, or dir/stem-2+ext, -3… : the first that names
// no file.
func unusedName(dir, stem, ext string) string {
	name := filepath.Join(dir, stem+ext)
	for n := 2; ; n++ {
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name
		}
		name = filepath.Join(dir, fmt.Sprintf("%s-%d%s", stem, n, ext))
	}
}

// copyFile writes a 0600 synced copy of src's bytes to dest (atomically:
// temp file and rename).
func copyFile(src *os.File, dest string) (err error) {
	if err := os.MkdirAll(filepath.Dir(dest), 0o700); err != nil {
		return err
	}
	out, err := os.CreateTemp(filepath.Dir(dest), ".copy-*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			out.Close()
			os.Remove(out.Name())
		}
	}()
	if err = out.Chmod(0o600); err != nil {
		return err
	}
	if _, err = src.Seek(0, io.SeekStart); err != nil {
		return err
	}
	if _, err = io.Copy(out, src); err != nil {
		return err
	}
	if err = out.Sync(); err != nil {
		return err
	}
	if err = out.Close(); err != nil {
		return err
	}
	if err = os.Rename(out.Name(), dest); err != nil {
		return err
	}
	return syncDir(filepath.Dir(dest))
}

func lockFile(f *os.File, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			return err
		}
		if time.Now().After(deadline) {
			return ErrLocked
		}
		time.Sleep(50 * time.Millisecond)
	}
}
