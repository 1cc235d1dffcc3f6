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
// data only. The journal's structure must hold (its pages walk, bbolt's
// check passes); then its pages are copied with the free ones blanked
// (pageCopyInto: never the freed pages, where removed text stays; on a
// journal open read-only, its records one by one) into a new 0600 temp
// file in dest's directory, which is synced, reopened read-only and
// quick-checked — every record's checksum over the journal's own bytes,
// entries ↔ metrics, and for a record copy the same keys and sequence in
// every bucket — then renamed into place and the directory synced. A copy that fails is removed, never left as a backup:
// its records are the journal's, so the journal fails with it.
func (j *Journal) Snapshot(dest string) (err error) {
	if problems := j.structure(); len(problems) > 0 {
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
	// A page copy with the free pages blanked; a journal open read-only
	// (its free pages unknown) is copied record by record.
	var shape map[string]bucketShape
	if err = j.pageCopyInto(tmpName); errors.Is(err, errNoFreelist) {
		shape, err = j.compactInto(tmpName)
	}
	if err != nil {
		return err
	}
	if err := verifyCopy(tmpName, shape, false); err != nil {
		return err
	}
	if err := os.Rename(tmpName, dest); err != nil {
		return err
	}
	return syncDir(dir)
}

// compactTxSize is how many bytes a compaction writes per transaction of
// the copy: a few transactions keep memory flat on a century of shifts.
const compactTxSize = 4 << 20

// compactInto copies the live records of the journal into the (empty or
// new) file at dst, synced and cut to the size of its pages, and returns
// the keys and sequence of each bucket it copied. It is bbolt's Compact
// with the count kept, so no other walk is needed to compare the copy.
func (j *Journal) compactInto(dst string) (shape map[string]bucketShape, err error) {
	defer faultSafe()()
	defer guard(&err)
	var size int64
	if err := j.view(func(tx *bolt.Tx) error { size = tx.Size(); return nil }); err != nil {
		return nil, err
	}
	// The copy is synced once at the end, not at every commit and growth;
	// mapping it at its final size up front spares bbolt a remap at every
	// growth, which cost two thirds of the time (measured).
	out, err := bolt.Open(dst, 0o600, &bolt.Options{Timeout: j.opt.Timeout, NoSync: true, NoGrowSync: true, InitialMmapSize: int(size)})
	if err != nil {
		return nil, mapWriteErr(err)
	}
	var used int64
	shape, err = copyRecords(j.db, out)
	if err == nil {
		err = out.View(func(tx *bolt.Tx) error { used = tx.Size(); return nil })
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, mapWriteErr(err)
	}
	// bbolt grew the file to its mapping; the pages past the last one
	// used are empty.
	f, err := os.OpenFile(dst, os.O_RDWR, 0)
	if err != nil {
		return nil, err
	}
	err = f.Truncate(used)
	if serr := f.Sync(); err == nil {
		err = serr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return shape, mapWriteErr(err)
}

// copyRecords copies every bucket of src, with its sequence, into the empty
// out, pages filled, committing every compactTxSize bytes. A bucket inside
// a bucket is not the journal's: it stops the copy as the journal's problem.
func copyRecords(src, out *bolt.DB) (map[string]bucketShape, error) {
	shape := map[string]bucketShape{}
	tx, err := out.Begin(true)
	if err != nil {
		return nil, err
	}
	// After a successful Commit, Rollback only says the transaction is closed.
	defer func() { _ = tx.Rollback() }()
	written := 0
	err = src.View(func(stx *bolt.Tx) error {
		return stx.ForEach(func(name []byte, b *bolt.Bucket) error {
			s := bucketShape{seq: b.Sequence()}
			ob, err := tx.CreateBucket(name)
			if err != nil {
				return err
			}
			if err := ob.SetSequence(s.seq); err != nil {
				return err
			}
			ob.FillPercent = 1.0
			c := b.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				if v == nil {
					return &checkError{problems: []error{problem(string(name), k, KindUnexpected, errNested)}, source: true}
				}
				if written += len(k) + len(v); written > compactTxSize {
					if err := tx.Commit(); err != nil {
						return err
					}
					if tx, err = out.Begin(true); err != nil {
						return err
					}
					ob = tx.Bucket(name)
					ob.FillPercent = 1.0
					written = len(k) + len(v)
				}
				if err := ob.Put(k, v); err != nil {
					return err
				}
				s.keys++
			}
			shape[string(name)] = s
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	return shape, tx.Commit()
}

// verifyCopy checks a copy of the journal — its structure too for a
// compaction (tree), whose pages bbolt built anew; for a page copy, whose
// tree is the journal's, its records only — and compares the keys and
// sequence of every bucket with what was copied (want; nil for a page
// copy). Nothing is decoded: every record of the copy is the journal's
// bytes, copied as they are, so its CRC says it is the record that was
// read; what the records say was checked when they were written.
func verifyCopy(copyPath string, want map[string]bucketShape, tree bool) error {
	c, err := openChecked(copyPath)
	if err != nil {
		return &checkError{problems: []error{err}}
	}
	defer c.Close()
	var problems []error
	var got map[string]bucketShape
	if tree {
		problems = c.structure()
	}
	if len(problems) == 0 {
		problems, got = c.checkRecords(false)
	}
	if len(problems) > 0 {
		return &checkError{problems: problems, source: true}
	}
	if want != nil && c.schema >= SchemaVersion && !maps.Equal(want, got) {
		return &checkError{problems: []error{fmt.Errorf("the copy's buckets differ from the journal's: %v, want %v", got, want)}}
	}
	return nil
}

// bucketShape is what a copy must keep of a bucket.
type bucketShape struct{ keys, seq uint64 }

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
