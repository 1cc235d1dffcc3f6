package store

import (
	"runtime"
	"sync"

	"github.com/debrief-app/debrief/internal/journal"
)

// EntryList returns the entries with from ≤ shift date ≤ to (a zero bound
// is open), oldest first, vents filled in (unless WithoutVents), decoding
// them on every CPU.
// bbolt's pages stay valid and unchanging for the whole read transaction,
// so the values can be decoded side by side before it ends; the cursors
// stay on this goroutine.
func (t *Tx) EntryList(from, to journal.Date) ([]journal.Entry, error) {
	b := t.tx.Bucket(bucketEntries)
	if b == nil {
		return nil, nil
	}
	var keys, vals, vents [][]byte
	vb := t.tx.Bucket(bucketVents)
	for k, v := range dateRange(b, from, to, false) {
		keys, vals = append(keys, k), append(vals, v)
		if vb != nil && !t.legacy && !t.noVents {
			vents = append(vents, vb.Get(k))
		}
	}
	out := make([]journal.Entry, len(vals))
	errs := make([]error, len(vals))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(vals)/64))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			var texts textTable
			for i := w; i < len(vals); i += workers {
				errs[i] = decodeListedEntry(t, keys[i], vals[i], &out[i], &texts)
				if t.noVents {
					out[i].Vent = "" // an older file keeps it inside the entry
				}
				if errs[i] == nil && vents != nil && vents[i] != nil {
					var v journal.Vent
					v, errs[i] = decodeValue[journal.Vent](t, bucketVents, keys[i], vents[i])
					ventInto(&out[i], &v)
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
