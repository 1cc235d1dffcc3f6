package store

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// Snapshot writes a checked copy of the journal to dest, made from its live
// data only: the journal must pass the quick check (structure and every
// checksum, check.go), then bbolt's Compact copies its records (never the
// freed pages, where removed text stays) into a new 0600 temp file in
// dest's directory, which is synced, reopened read-only, quick-checked and
// compared bucket by bucket (keys and sequences) with the journal, then
// renamed into place and the directory synced. A copy that fails is
// removed, never left as a backup; a journal that fails makes no copy.
func (j *Journal) Snapshot(dest string) (err error) {
	if problems := j.quickCheck(); len(problems) > 0 {
		return &checkError{problems: problems, source: true}
	}
	dir := filepath.Dir(dest)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".snapshot-*.tmp")
	if err != nil {
		return mapWriteErr(err)
	}
	tmpName := tmp.Name()
	tmp.Close()
	defer func() {
		if err != nil {
			os.Remove(tmpName)
		}
	}()
	if err := j.compactInto(tmpName); err != nil {
		return err
	}
	if err := verifyCopy(j, tmpName, false); err != nil {
		return err
	}
	if err := os.Rename(tmpName, dest); err != nil {
		return err
	}
	return syncDir(dir)
}

// compactTxSize is how many bytes Compact writes per transaction of the
// copy: a few transactions keep memory flat on a century of shifts.
const compactTxSize = 4 << 20

// compactInto copies the live records of the journal into the (empty or
// new) file at dst, synced, cut to the size of its pages.
func (j *Journal) compactInto(dst string) (err error) {
	defer faultSafe()()
	defer guard(&err)
	var size int64
	if err := j.view(func(tx *bolt.Tx) error { size = tx.Size(); return nil }); err != nil {
		return err
	}
	// The copy is synced once at the end, not at every commit and growth;
	// mapping it at its final size up front spares bbolt a remap at every
	// growth, which cost two thirds of the time (measured).
	out, err := bolt.Open(dst, 0o600, &bolt.Options{Timeout: j.opt.Timeout, NoSync: true, NoGrowSync: true, InitialMmapSize: int(size)})
	if err != nil {
		return mapWriteErr(err)
	}
	var used int64
	err = bolt.Compact(out, j.db, compactTxSize)
	if err == nil {
		err = out.View(func(tx *bolt.Tx) error { used = tx.Size(); return nil })
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return mapWriteErr(err)
	}
	// bbolt grew the file to its mapping; the pages past the last one
	// used are empty.
	f, err := os.OpenFile(dst, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Truncate(used)
	if serr := f.Sync(); err == nil {
		err = serr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return mapWriteErr(err)
}

// verifyCopy checks a copy of the journal and compares the keys and
// sequence of every bucket with the journal's. A snapshot is checked for
// every record's checksum (bbolt wrote it afresh from records that passed
// the quick check, so its pages are not walked again); a compaction, which
// replaces the journal itself, is checked fully.
func verifyCopy(j *Journal, copyPath string, full bool) error {
	c, err := openChecked(copyPath)
	if err != nil {
		return &checkError{problems: []error{err}}
	}
	defer c.Close()
	var problems []error
	if full {
		problems = c.Check()
	} else {
		err = c.view(func(tx *bolt.Tx) error {
			problems = c.checkRecords(tx, false)
			return nil
		})
		if err != nil {
			problems = append(problems, err)
		}
	}
	if len(problems) > 0 {
		return &checkError{problems: problems}
	}
	want, err := j.shape()
	if err != nil {
		return err
	}
	got, err := c.shape()
	if err != nil {
		return err
	}
	if !maps.Equal(want, got) {
		return &checkError{problems: []error{fmt.Errorf("the copy's buckets differ from the journal's: %v, want %v", got, want)}}
	}
	return nil
}

// bucketShape is what a copy must keep of a bucket.
type bucketShape struct{ keys, seq uint64 }

// shape counts the keys of every bucket and reads its sequence.
func (j *Journal) shape() (map[string]bucketShape, error) {
	out := map[string]bucketShape{}
	err := j.view(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			s := bucketShape{seq: b.Sequence()}
			c := b.Cursor()
			for k, _ := c.First(); k != nil; k, _ = c.Next() {
				s.keys++
			}
			out[string(name)] = s
			return nil
		})
	})
	return out, err
}

// checkError is a journal or a copy that failed its integrity check.
type checkError struct {
	problems []error
	source   bool // the journal itself failed, not the copy
}

func (e *checkError) Error() string {
	what := "the copy"
	if e.source {
		what = "the journal"
	}
	return what + " failed its check: " + errors.Join(e.problems...).Error()
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
