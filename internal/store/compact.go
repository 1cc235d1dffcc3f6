package store

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strconv"
)

// Compact rewrites the journal at path from its live records, so text that
// was removed (a vent let go, a deleted entry) is no longer anywhere in the
// file: bbolt leaves freed pages as they were. The sequence keeps every
// other debrief safe:
//
//  1. open the journal for writing and hold its lock to the end;
//  2. remove leftover .<name>.compact-*.tmp files (only a compaction
//     holding the lock writes them) and create .<name>.compact-<pid>.tmp,
//     0600, beside the journal so the rename is atomic;
//  3. copy the live records into it (bbolt Compact) and sync it;
//  4. check it (structure, every record's CRC: its records are the
//     journal's bytes, nothing needs decoding) and compare every bucket's keys and
//     sequence with the journal; on any failure, a full disk included,
//     remove it and keep the journal as it is;
//  5. rename it over the journal and sync the directory;
//  6. let go of the old file: a debrief that was waiting for the lock
//     finds that the path names another file and opens it again.
//
// A crash at any point leaves one complete journal under the name.
func Compact(path string, opt Options) error {
	opt.DailyBackup = false
	j, err := Open(path, opt)
	if err != nil {
		return err
	}
	defer j.Close()
	return j.compact()
}

// compact runs steps 2–5 of Compact on a journal open for writing.
func (j *Journal) compact() (err error) {
	dir, base := filepath.Dir(j.path), filepath.Base(j.path)
	leftovers, _ := filepath.Glob(filepath.Join(dir, "."+base+".compact-*.tmp"))
	for _, l := range leftovers {
		os.Remove(l)
	}
	tmp := filepath.Join(dir, "."+base+".compact-"+strconv.Itoa(os.Getpid())+".tmp")
	f, err := os.OpenFile(tmp, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("compact the journal: %w", mapWriteErr(err))
	}
	f.Close()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	shape, err := j.compactInto(tmp)
	if err != nil {
		return fmt.Errorf("compact the journal: %w", err)
	}
	if err := j.checkCompacted(tmp, shape); err != nil {
		return fmt.Errorf("compact the journal: %w", err)
	}
	if err := os.Rename(tmp, j.path); err != nil {
		return fmt.Errorf("compact the journal: %w", err)
	}
	return syncDir(dir)
}

// checkCompacted checks the compacted copy at path: by the one walk
// (onewalk.go: structure, every record's CRC, entries ↔ metrics) and its
// buckets compared with want; when the walk does not pass, by bbolt's
// check and a walk by cursor (verifyCopy), which say what is wrong.
func (j *Journal) checkCompacted(path string, want map[string]bucketShape) error {
	if j.schema == SchemaVersion {
		if f, err := os.Open(path); err == nil {
			got, _, err := walkFile(f, 0, nil, nil)
			f.Close()
			if err == nil && maps.Equal(got, want) {
				return nil
			}
		}
	}
	return verifyCopy(path, want, true)
}
