package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"regexp"
	"sync"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	bolt "go.etcd.io/bbolt"
)

// Removed text is gone (docs/RELIABILITY.md, "Removed text"): bbolt leaves
// freed pages as they were, so a write that drops private text — a vent let
// go or changed, an entry deleted or replaced, a draft deleted, the key
// changed — is followed, once committed, by
//
//  1. a rewrite of the journal (compact.go): the file is replaced by a
//     copy of its live pages with the free ones written as zeros (the
//     compaction, from its live records, when the walk does not pass),
//     so the old text is on no page of it;
//  2. the same for every snapshot in the backups directory (the daily
//     backups, the copies before an upgrade or a restore): a snapshot that
//     still holds a vent, a draft or a key record of the touched dates that
//     the journal no longer has is brought in line — those records become
//     the journal's (or go) — and rewritten so; the rest of the snapshot stays
//     as it was. A snapshot that can't be rewritten (of an older schema,
//     damaged, or a rewrite that fails) is deleted, and the person told.
//
// Replacing one draft by the next (the app's autosave) is not a removal:
// the earlier versions of a draft stay on free pages until the debrief is
// saved or the draft deleted, both of which are.

// removedSet is what a write transaction removed or replaced.
type removedSet struct {
	keys map[string]struct{} // dates whose vent, entry or draft changed
	meta bool                // the key records changed: every vent is compared
}

func (r *removedSet) add(key []byte) {
	if r == nil {
		return
	}
	if r.keys == nil {
		r.keys = map[string]struct{}{}
	}
	r.keys[string(key)] = struct{}{}
}

func (r *removedSet) any() bool { return r != nil && (r.meta || len(r.keys) > 0) }

// SnapshotChange is what a removal did to a snapshot beside the journal.
type SnapshotChange struct {
	Path    string
	Removed bool  // deleted rather than rewritten
	Why     error // why it was deleted
}

// Errors saying why a snapshot was deleted rather than rewritten.
var (
	ErrOlderSnapshot = errors.New("a copy from before the upgrade holds the removed text and can't be rewritten record by record")
)

// afterRemoval runs once a write that removed private text is committed.
// The save itself is done: a failure here is a warning, never an error.
func (j *Journal) afterRemoval(rm *removedSet) {
	if err := j.rewrite(); err != nil {
		j.Warnings = append(j.Warnings, Warning{Path: j.path, Compact: err})
	} else if err := j.reopen(); err != nil {
		j.Warnings = append(j.Warnings, Warning{Path: j.path, Compact: err})
		return
	}
	list, err := Backups(j.path, j.opt)
	if err != nil {
		return
	}
	for _, b := range list {
		ch, err := j.scrubSnapshot(b.Path, rm)
		switch {
		case errors.Is(err, ErrLocked):
			// Another debrief is reading it (restore's list): it is left as
			// it is, and the person told.
			j.Warnings = append(j.Warnings, Warning{Path: b.Path, SnapshotKept: err})
			continue
		case err != nil:
			// It holds what was removed and can't be brought in line.
			os.Remove(b.Path)
			ch = &SnapshotChange{Path: b.Path, Removed: true, Why: err}
		}
		if ch != nil {
			j.Snapshots = append(j.Snapshots, *ch)
			if ch.Removed {
				j.Warnings = append(j.Warnings, Warning{Path: ch.Path, SnapshotRemoved: ch.Why})
			}
		}
	}
	if len(list) > 0 {
		// Best effort, as safefile does: some file systems can't sync a
		// directory, and each removal is already done.
		_ = syncDir(j.opt.backupDir(j.path))
	}
}

// reopen opens the file now under the journal's name (the rewritten one)
// and lets go of the old one. The new file is opened first: a debrief
// waiting for the old file's lock then finds the name moved on, and waits
// for this one.
func (j *Journal) reopen() error {
	n, err := openBolt(j.path, j.opt, j.readOnly)
	if err != nil {
		return err
	}
	old := j.db
	j.db = n.db
	return old.Close()
}

// scrubSnapshot brings one snapshot in line with the journal for what rm
// touched: nil when it held nothing of it.
func (j *Journal) scrubSnapshot(path string, rm *removedSet) (*SnapshotChange, error) {
	s, err := openBolt(path, Options{Timeout: j.opt.Timeout}, true)
	if err != nil {
		if errors.Is(err, ErrDamaged) {
			return nil, err
		}
		return nil, nil // not ours to judge (another program's file)
	}
	if err := s.identify(); err != nil {
		s.Close()
		if errors.Is(err, ErrDamaged) {
			return nil, err
		}
		return nil, nil
	}
	if s.schema < SchemaVersion {
		holds, err := s.legacyHolds(rm)
		s.Close()
		if err != nil {
			return nil, err
		}
		if holds {
			return nil, ErrOlderSnapshot
		}
		return nil, nil
	}
	edits, err := j.differences(s, rm)
	s.Close()
	if err != nil || len(edits) == 0 {
		return nil, err
	}
	// The rewritten file keeps its time: backups are listed, and the newest
	// good one offered, by it.
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	w, err := openBolt(path, Options{Timeout: j.opt.Timeout}, false)
	if err != nil {
		return nil, err
	}
	defer w.Close()
	w.schema = SchemaVersion
	err = w.db.Update(func(tx *bolt.Tx) error {
		for _, e := range edits {
			b := tx.Bucket(e.bucket)
			if e.value == nil {
				if err := b.Delete(e.key); err != nil {
					return err
				}
			} else if err := b.Put(e.key, e.value); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, mapWriteErr(err)
	}
	if err := w.rewrite(); err != nil {
		return nil, err
	}
	if err := os.Chtimes(path, time.Time{}, fi.ModTime()); err != nil {
		return nil, err
	}
	return &SnapshotChange{Path: path}, nil
}

// edit is one record of a snapshot to replace (value set) or delete.
type edit struct {
	bucket, key, value []byte
}

// differences lists the records of the snapshot s to change so that, for
// what rm touched, it holds only what the journal holds: each vent and
// draft s has of a touched date becomes the journal's or goes; when the
// key changed, every vent and draft, and the key records themselves.
// Nothing is added that s did not have, but the key records.
func (j *Journal) differences(s *Journal, rm *removedSet) ([]edit, error) {
	var edits []edit
	err := s.view(func(stx *bolt.Tx) error {
		return j.view(func(jtx *bolt.Tx) error {
			for _, name := range [][]byte{bucketVents, bucketDrafts} {
				sb, jb := stx.Bucket(name), jtx.Bucket(name)
				if sb == nil {
					continue
				}
				consider := func(k, sv []byte) {
					var jv []byte
					if jb != nil {
						jv = jb.Get(k)
					}
					if !bytes.Equal(sv, jv) {
						edits = append(edits, edit{bucket: name, key: bytes.Clone(k), value: bytes.Clone(jv)})
					}
				}
				if rm.meta {
					if err := sb.ForEach(func(k, v []byte) error { consider(k, v); return nil }); err != nil {
						return err
					}
					continue
				}
				for k := range rm.keys {
					if sv := sb.Get([]byte(k)); sv != nil {
						consider([]byte(k), sv)
					}
				}
			}
			if rm.meta {
				sm, jm := stx.Bucket(bucketMeta), jtx.Bucket(bucketMeta)
				for _, k := range [][]byte{keyRecipient, keyIdentity} {
					if sv, jv := sm.Get(k), jm.Get(k); !bytes.Equal(sv, jv) {
						edits = append(edits, edit{bucket: bucketMeta, key: k, value: bytes.Clone(jv)})
					}
				}
			}
			return nil
		})
	})
	return edits, err
}

// legacyHolds reports whether a snapshot of an older schema holds a vent or
// a draft of what rm touched (any at all when the key changed).
func (j *Journal) legacyHolds(rm *removedSet) (bool, error) {
	holds := false
	err := j.View(func(tx *Tx) error {
		if rm.meta {
			for e, err := range tx.Entries(0, 0) {
				if err != nil {
					return err
				}
				if e.Vent != "" {
					holds = true
					return nil
				}
			}
			drafts, err := tx.Drafts()
			holds = len(drafts) > 0
			return err
		}
		for k := range rm.keys {
			d, err := journal.ParseDate(k)
			if err != nil {
				continue
			}
			e, ok, err := tx.Entry(d)
			if err != nil {
				return err
			}
			_, hasDraft, err := tx.Draft(d)
			if err != nil {
				return err
			}
			if ok && e.Vent != "" || hasDraft {
				holds = true
				return nil
			}
		}
		return nil
	})
	return holds, err
}

// snapshotKeep is how long the snapshots taken before an upgrade or a
// restore are kept: long enough to notice an upgrade gone wrong or a
// restore of the wrong day, short enough that what they hold does not
// outlive its purpose (docs/RELIABILITY.md).
const snapshotKeep = 30 * 24 * time.Hour

// pruneSnapshots deletes the snapshots other than daily backups once they
// are older than snapshotKeep, by the time in their name
// (…-20261125-231600.db), else the file's.
func pruneSnapshots(list []Backup, now time.Time) {
	for _, b := range list {
		if b.Day != "" {
			continue
		}
		taken := b.ModTime
		if m := stampName().FindStringSubmatch(b.Name); m != nil {
			if t, err := time.ParseInLocation("20060102-150405", m[1], time.Local); err == nil {
				taken = t
			}
		}
		if now.Sub(taken) > snapshotKeep {
			os.Remove(b.Path)
		}
	}
}

// Compiled on first use (as dailyName), not at every start of the process.
var stampName = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`-(\d{8}-\d{6})(-\d+)?\.db$`) })

// String says what happened to the snapshot, for tests and logs.
func (c SnapshotChange) String() string {
	if c.Removed {
		return fmt.Sprintf("removed %s (%v)", c.Path, c.Why)
	}
	return "rewritten " + c.Path
}
