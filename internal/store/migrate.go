package store

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"path/filepath"
	"slices"

	"github.com/debrief-app/debrief/internal/journal"
	bolt "go.etcd.io/bbolt"
)

// migrations[v] upgrades a journal from schema v to v+1. They all run, with
// the version bump, in one transaction: a crash leaves the old version whole.
var migrations = map[int]func(tx *bolt.Tx) error{
	1: addMetricsBucket,
	2: toSchema3,
}

// addMetricsBucket (1→2): schema 2 kept a metrics record beside each
// entry. 2→3 derives every metrics record from the entries again, so this
// step only makes the bucket.
func addMetricsBucket(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(bucketMetrics)
	return err
}

// legacyPair is a key and a copy of its schema-2 value.
type legacyPair struct{ k, v []byte }

// toSchema3 (2→3) rewrites every record as CBOR in its checksummed
// envelope: vents move out of entries into the vents bucket, jots out of
// drafts into the jots bucket, metrics become v2 with a headline, entries
// and drafts start at revision 1. Idea ids that schema 2 let through (0,
// or above journal.MaxIdeaID after an archive with a huge id) get fresh ids
// after the highest good one. The values are copied out first: the
// buckets are emptied and written again.
func toSchema3(tx *bolt.Tx) error {
	old := map[string][]legacyPair{}
	var ideaSeq uint64
	for _, name := range allDataBuckets {
		b := tx.Bucket(name)
		if b == nil {
			continue
		}
		if bytes.Equal(name, bucketIdeas) {
			ideaSeq = b.Sequence()
		}
		err := b.ForEach(func(k, v []byte) error {
			old[string(name)] = append(old[string(name)], legacyPair{bytes.Clone(k), bytes.Clone(v)})
			return nil
		})
		if err != nil {
			return err
		}
		if err := tx.DeleteBucket(name); err != nil {
			return err
		}
	}
	for _, name := range allDataBuckets {
		if _, err := tx.CreateBucket(name); err != nil {
			return err
		}
	}
	t := &Tx{tx: tx}
	for _, p := range old[string(bucketEntries)] {
		e, err := decodeLegacy[journal.Entry](bucketEntries, p.k, p.v)
		if err != nil {
			return err
		}
		if string(p.k) != e.ShiftDate.String() {
			return damaged(string(bucketEntries), p.k, fmt.Errorf("holds the entry of %s", e.ShiftDate))
		}
		e.Rev = 1
		if err := t.writeEntry(&e); err != nil {
			return err
		}
	}
	for _, p := range old[string(bucketDrafts)] {
		dr, err := decodeLegacy[journal.Draft](bucketDrafts, p.k, p.v)
		if err != nil {
			return err
		}
		d, err := journal.ParseDate(string(p.k))
		if err != nil {
			return damaged(string(bucketDrafts), p.k, err)
		}
		for _, j := range dr.Jots {
			b := tx.Bucket(bucketJots)
			id, err := b.NextSequence()
			if err != nil {
				return err
			}
			if err := putCBOR(t, bucketJots, jotKey(d, id), &j); err != nil {
				return err
			}
		}
		dr.Jots, dr.Rev = nil, 1
		rec := draftRecord{Draft: &dr}
		if dr.Entry.Vent != "" {
			rec.Vent = &journal.Vent{Text: dr.Entry.Vent}
		}
		if err := putCBOR(t, bucketDrafts, p.k, &rec); err != nil {
			return err
		}
	}
	for _, p := range old[string(bucketDaysOff)] {
		o, err := decodeLegacy[journal.DayOff](bucketDaysOff, p.k, p.v)
		if err != nil {
			return err
		}
		if err := putCBOR(t, bucketDaysOff, p.k, &o); err != nil {
			return err
		}
	}
	if err := migrateIdeas(t, old[string(bucketIdeas)], ideaSeq); err != nil {
		return err
	}
	for _, p := range old[string(bucketReviews)] {
		r, err := decodeLegacy[journal.WeeklyReview](bucketReviews, p.k, p.v)
		if err != nil {
			return err
		}
		if err := putCBOR(t, bucketReviews, p.k, &r); err != nil {
			return err
		}
	}
	return nil
}

// migrateIdeas writes the ideas under their ids, renumbering ids that
// can't stay (0, above MaxIdeaID, or not the id of their key), and sets
// the sequence at or above every id.
func migrateIdeas(t *Tx, pairs []legacyPair, seq uint64) error {
	var keep, renumber []journal.Idea
	var top uint64
	for _, p := range pairs {
		i, err := decodeLegacy[journal.Idea](bucketIdeas, p.k, p.v)
		if err != nil {
			return err
		}
		if len(p.k) == 8 && i.ID == binary.BigEndian.Uint64(p.k) && i.ID != 0 && i.ID <= journal.MaxIdeaID {
			keep = append(keep, i)
			top = max(top, i.ID)
		} else {
			renumber = append(renumber, i)
		}
	}
	if seq > journal.MaxIdeaID {
		seq = 0
	}
	seq = max(seq, top)
	slices.SortStableFunc(renumber, func(a, b journal.Idea) int { return cmp.Compare(a.ShiftDate, b.ShiftDate) })
	for i := range renumber {
		seq++
		renumber[i].ID = seq
	}
	b := t.tx.Bucket(bucketIdeas)
	if err := b.SetSequence(seq); err != nil {
		return err
	}
	for _, i := range append(keep, renumber...) {
		if err := putCBOR(t, bucketIdeas, idKey(i.ID), &i); err != nil {
			return err
		}
	}
	return nil
}

// migrate takes a checked snapshot of the file, then runs every step from
// the file's schema to SchemaVersion in one transaction.
func (j *Journal) migrate() error {
	from := j.schema
	dir := j.opt.BackupDir
	if dir == "" {
		dir = filepath.Join(filepath.Dir(j.path), "backups")
	}
	name := fmt.Sprintf("journal-schema%d-%s.db", from, j.opt.now().Format("20060102-150405"))
	if err := j.Snapshot(filepath.Join(dir, name)); err != nil {
		return fmt.Errorf("backup before upgrading the journal: %w", err)
	}
	err := j.Update(func(t *Tx) error {
		for v := from; v < SchemaVersion; v++ {
			step, ok := migrations[v]
			if !ok {
				return fmt.Errorf("no upgrade from schema %d", v)
			}
			if err := step(t.tx); err != nil {
				return fmt.Errorf("upgrade schema %d→%d: %w", v, v+1, err)
			}
		}
		for _, b := range allDataBuckets {
			if _, err := t.tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return t.tx.Bucket(bucketMeta).Put(keySchema, schemaBytes(SchemaVersion))
	})
	if err != nil {
		return err
	}
	j.schema = SchemaVersion
	return nil
}
