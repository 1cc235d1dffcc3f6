package store

import (
	"encoding/json"
	"flag"
	"os"
	"strconv"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
	bolt "go.etcd.io/bbolt"
)

var writeFixture = flag.Bool("write-fixture", false, "rewrite testdata/journal-schema1.db")

// TestWriteSchema1Fixture recreates the schema-1 fixture on request
// (go test ./internal/store -run Fixture -write-fixture). Schema 1 is the
// layout without the metrics bucket.
func TestWriteSchema1Fixture(t *testing.T) {
	if !*writeFixture {
		t.Skip("fixture is committed")
	}
	path := "testdata/journal-schema1.db"
	os.Remove(path)
	writeLegacy(t, path, 1, func(tx *bolt.Tx) {
		eb := tx.Bucket(bucketEntries)
		for _, e := range schema1Entries() {
			data, _ := json.Marshal(e)
			eb.Put([]byte(e.ShiftDate.String()), data)
		}
	})
}

// schema1Entries are the entries of testdata/journal-schema1.db.
func schema1Entries() []journal.Entry {
	return []journal.Entry{
		{ShiftDate: 20261102, Shift: "day", Mood: 4, Helped: []string{"帮顾客找回订单"}},
		{ShiftDate: 20261103, Shift: "night", Mood: 3, Cases: []journal.Case{{Title: "催单", Outcome: "resolved"}}},
		{ShiftDate: 20261104, Shift: "day", Mood: 2, Stress: 5, Vent: "累"},
	}
}

// writeLegacy makes a journal of schema 1 or 2 at path by hand, fill
// adding records as JSON.
func writeLegacy(t *testing.T, path string, schema int, fill func(tx *bolt.Tx)) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		meta, _ := tx.CreateBucket(bucketMeta)
		meta.Put(keyFormat, []byte(formatName))
		meta.Put(keySchema, schemaBytes(schema))
		meta.Put(keyCreated, []byte("2026-11-01T20:00:00+08:00"))
		buckets := [][]byte{bucketEntries, bucketDaysOff, bucketIdeas, bucketReviews, bucketDrafts}
		if schema >= 2 {
			buckets = append(buckets, bucketMetrics)
		}
		for _, name := range buckets {
			tx.CreateBucket(name)
		}
		fill(tx)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func itoa(v uint64) string { return strconv.FormatUint(v, 10) }
