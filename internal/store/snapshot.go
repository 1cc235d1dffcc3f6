package store

import (
	"errors"
	"fmt"
	"hash/crc32"
	"maps"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// Snapshot writes a checked copy of the journal to dest, made from its live
// data only, into a new 0600 temp file in dest's directory, synced, then
// renamed into place and the directory synced. A copy that fails is
// removed, never left as a backup: its records are the journal's, so the
// journal fails with it.
//
// The fast path is one walk over the journal's pages (onewalk.go): the
// structure (the page walk and what bbolt's check looks at) and every
// record's checksum are checked, and entries ↔ metrics compared, as the
// pages are read; each megabyte read is written to the copy with the free
// pages blanked (where removed text stays); the copy is then read back
// and compared with what was written. When the walk finds anything wrong
// or unknown, the slow path decides, as before: bbolt's check of the
// journal; its pages copied, free ones blanked (pageCopyInto; on a
// journal open read-only, its records one by one); the copy reopened and
// quick-checked — every record's checksum, entries ↔ metrics, and for a
// record copy the same keys and sequence in every bucket.
func (j *Journal) Snapshot(dest string) (err error) {
	dir := filepath.Dir(dest)
	tmp, err := createSnapshotTemp(dir)
	if err != nil {
		// The journal's damage comes first, as it did when it was checked
		// before anything was written.
		if problems := j.structure(); len(problems) > 0 {
			return &checkError{problems: problems, source: true}
		}
		return err
	}
	tmpName := tmp.Name()
	defer func() {
		if err != nil {
			os.Remove(tmpName)
		}
	}()
	done, err := j.walkCopyInto(tmp)
	if cerr := tmp.Close(); err == nil {
		err = mapWriteErr(cerr)
	}
	if err != nil {
		return err
	}
	if !done {
		if err := j.slowSnapshot(tmpName); err != nil {
			return err
		}
	}
	if err := os.Rename(tmpName, dest); err != nil {
		return err
	}
	return syncDir(dir)
}

func createSnapshotTemp(dir string) (*os.File, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	tmp, err := os.CreateTemp(dir, ".snapshot-*.tmp")
	return tmp, mapWriteErr(err)
}

// walkCopyInto is the fast path of Snapshot: the one walk over the
// journal as of its last commit, writing its copy into the empty tmp,
// then the copy read back. done is false when the walk did not pass (tmp
// is left empty for the slow path); err is an error writing the copy, or
// a copy that does not read back as written.
func (j *Journal) walkCopyInto(tmp *os.File) (done bool, err error) {
	if j.schema != SchemaVersion {
		return false, nil
	}
	var sum uint32
	var size int64
	buf := make([]byte, walkChunkPages*j.db.Info().PageSize)
	err = j.view(func(tx *bolt.Tx) error {
		src, err := os.Open(j.path)
		if err != nil {
			return fmt.Errorf("%w: %v", errWalk, err)
		}
		defer src.Close()
		_, sum, err = walkFile(src, uint64(tx.ID()), tmp, buf)
		size = tx.Size()
		return err
	})
	if errors.Is(err, errWalk) || errors.Is(err, ErrDamaged) {
		return false, mapWriteErr(tmp.Truncate(0))
	}
	if err == nil {
		err = tmp.Sync()
	}
	if err != nil {
		return false, mapWriteErr(err)
	}
	if err := readsBack(tmp, size, sum, buf); err != nil {
		return false, &checkError{problems: []error{err}}
	}
	return true, nil
}

// readsBack reads the copy f and compares its size and CRC-32C with what
// was written.
func readsBack(f *os.File, size int64, sum uint32, buf []byte) error {
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if fi.Size() != size {
		return fmt.Errorf("the copy is %d bytes, %d were written", fi.Size(), size)
	}
	tab := castagnoli()
	var got uint32
	for off := int64(0); off < size; {
		n, err := f.ReadAt(buf[:min(int64(len(buf)), size-off)], off)
		if err != nil {
			return fmt.Errorf("the copy does not read back: %v", err)
		}
		got = crc32.Update(got, tab, buf[:n])
		off += int64(n)
	}
	if got != sum {
		return errors.New("the copy does not read back as it was written")
	}
	return nil
}

// slowSnapshot is Snapshot's slow path into the empty file tmp: the
// journal's structure checked (bbolt's check), its pages copied with the
// free ones blanked (or its records, on a journal open read-only), the
// copy reopened and quick-checked.
func (j *Journal) slowSnapshot(tmp string) error {
	if problems := j.structure(); len(problems) > 0 {
		return &checkError{problems: problems, source: true}
	}
	var shape map[string]bucketShape
	err := j.pageCopyInto(tmp)
	if errors.Is(err, errNoFreelist) {
		shape, err = j.compactInto(tmp)
	}
	if err != nil {
		return err
	}
	return verifyCopy(tmp, shape, false)
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
