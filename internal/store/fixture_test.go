package store

import (
	"encoding/json"
	"flag"
	"os"
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
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		meta, _ := tx.CreateBucket(bucketMeta)
		meta.Put(keyFormat, []byte(formatName))
		meta.Put(keySchema, schemaBytes(1))
		meta.Put(keyCreated, []byte("2026-11-01T20:00:00+08:00"))
		eb, _ := tx.CreateBucket(bucketEntries)
		for _, name := range [][]byte{bucketDaysOff, bucketIdeas, bucketReviews, bucketDrafts} {
			tx.CreateBucket(name)
		}
		entries := []journal.Entry{
			{ShiftDate: 20261102, Shift: "day", Mood: 4, Helped: []string{"帮顾客找回订单"}},
			{ShiftDate: 20261103, Shift: "night", Mood: 3, Cases: []journal.Case{{Title: "催单", Outcome: "resolved"}}},
			{ShiftDate: 20261104, Shift: "day", Mood: 2, Stress: 5, Vent: "累"},
		}
		for _, e := range entries {
			data, _ := json.Marshal(e)
			eb.Put([]byte(e.ShiftDate.String()), data)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
