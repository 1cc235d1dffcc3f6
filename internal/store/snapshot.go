package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// Snapshot writes a checked copy of the journal to dest: a hot backup in a
// read transaction to a new 0600 temp file in the same directory, synced,
// reopened read-only and checked, then renamed into place and the directory
// synced. A copy that fails its check is removed, never left as a backup.
func (j *Journal) Snapshot(dest string) (err error) {
	dir := filepath.Dir(dest)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".snapshot-*.tmp")
	if err != nil {
		return err
	}
	tmpName := tmp.Name()
	defer func() {
		if err != nil {
			os.Remove(tmpName)
		}
	}()
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	err = j.view(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(tmp)
		return err
	})
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return mapWriteErr(err)
	}
	if problems := CheckFile(tmpName); len(problems) > 0 {
		return &checkError{problems}
	}
	if err := os.Rename(tmpName, dest); err != nil {
		return err
	}
	return syncDir(dir)
}

// checkError is a snapshot that failed its integrity check.
type checkError struct{ problems []error }

func (e *checkError) Error() string {
	return "the copy failed its check: " + errors.Join(e.problems...).Error()
}

func (e *checkError) Unwrap() []error { return e.problems }

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// CheckFile opens a journal file read-only and checks its structure; it
// returns the problems found (none means OK). It never writes.
func CheckFile(path string) (problems []error) {
	j, err := openBolt(path, Options{Timeout: DefaultTimeout}, true)
	if err != nil {
		return []error{err}
	}
	defer j.Close()
	if err := j.identify(); err != nil {
		return []error{err}
	}
	return j.Check()
}

// Check verifies the bbolt structure (pages, freelist) and that every entry
// decodes and has its metrics record.
func (j *Journal) Check() (problems []error) {
	if err := j.walkPages(); err != nil {
		return []error{err}
	}
	err := j.view(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			problems = append(problems, err)
		}
		if len(problems) > 0 {
			return nil
		}
		t := &Tx{tx: tx}
		mb := tx.Bucket(bucketMetrics)
		for e, err := range t.Entries(0, 0) {
			if err != nil {
				return err
			}
			if verr := e.Validate(); verr != nil {
				problems = append(problems, fmt.Errorf("entry %s: %w", e.ShiftDate, verr))
			}
			if j.schema >= 2 && (mb == nil || mb.Get(dateKey(e.ShiftDate)) == nil) {
				problems = append(problems, fmt.Errorf("entry %s: no metrics record", e.ShiftDate))
			}
		}
		return nil
	})
	if err != nil {
		problems = append(problems, err)
	}
	return problems
}
