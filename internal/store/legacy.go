package store

import (
	"encoding/json"

	"github.com/debrief-app/debrief/internal/journal"
)

// Schema 1 and 2 kept every value as the JSON of its journal type (the
// archive's field names), vents inside entries and jots inside drafts;
// schema 2 added binary metrics v1 (no envelope). A file of those schemas
// is read here when it is opened read-only (an older backup, a journal not
// yet upgraded); opened for writing, it is migrated (migrate.go).

func decodeLegacy[T any](bucket, key, data []byte) (v T, err error) {
	if err := json.Unmarshal(data, &v); err != nil {
		return v, damaged(string(bucket), key, err)
	}
	return v, nil
}

func getLegacy[T any](t *Tx, bucket, key []byte) (v T, ok bool, err error) {
	return getValue(t, bucket, key, func(_ *Tx, bucket, key, data []byte) (T, error) { return decodeLegacy[T](bucket, key, data) })
}

// legacyMetrics derives the metrics of an older file from its entries.
func legacyMetrics(t *Tx, from, to journal.Date) ([]journal.Metrics, error) {
	var out []journal.Metrics
	for e, err := range t.Entries(from, to) {
		if err != nil {
			return nil, err
		}
		out = append(out, journal.MetricsOf(&e))
	}
	return out, nil
}
