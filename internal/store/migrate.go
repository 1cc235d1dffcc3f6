package store

import (
	"encoding/json"
	"fmt"
	"path/filepath"

	"github.com/debrief-app/debrief/internal/journal"
	bolt "go.etcd.io/bbolt"
)

// migrations[v] upgrades a journal from schema v to v+1. They all run, with
// the version bump, in one transaction: a crash leaves the old version whole.
var migrations = map[int]func(tx *bolt.Tx) error{
	1: deriveMetrics,
}

// deriveMetrics (1→2) builds the metrics bucket from the entries.
func deriveMetrics(tx *bolt.Tx) error {
	mb, err := tx.CreateBucketIfNotExists(bucketMetrics)
	if err != nil {
		return err
	}
	eb := tx.Bucket(bucketEntries)
	if eb == nil {
		return nil
	}
	return eb.ForEach(func(k, v []byte) error {
		var e journal.Entry
		if err := json.Unmarshal(v, &e); err != nil {
			return fmt.Errorf("entry %s: %w", k, err)
		}
		m := journal.MetricsOf(&e)
		return mb.Put(k, encodeMetrics(&m))
	})
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
