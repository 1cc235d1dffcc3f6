package store

import (
	"encoding/json"
	"fmt"
	"runtime"
	"sync"

	"github.com/debrief-app/debrief/internal/journal"
)

// EntryList returns the entries with from ≤ shift date ≤ to (a zero bound
// is open), oldest first, decoding them on every CPU. An export of years
// of journal spends most of its time decoding JSON; bbolt's pages stay
// valid and unchanging for the whole read transaction, so the values can
// be decoded side by side before it ends.
func (t *Tx) EntryList(from, to journal.Date) ([]journal.Entry, error) {
	b, err := t.bucket(bucketEntries)
	if err != nil || b == nil {
		return nil, err
	}
	var keys, vals [][]byte
	for k, v := range dateRange(b, from, to, false) {
		keys, vals = append(keys, k), append(vals, v)
	}
	out := make([]journal.Entry, len(vals))
	errs := make([]error, len(vals))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(vals)/64))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(vals); i += workers {
				if err := json.Unmarshal(vals[i], &out[i]); err != nil {
					errs[i] = fmt.Errorf("entry %s: %w (%v)", keys[i], ErrDamaged, err)
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
