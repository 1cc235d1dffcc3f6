package store

import (
	"bytes"
	"fmt"
	"iter"
	"time"
	"unsafe"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/seal"
	bolt "go.etcd.io/bbolt"
)

// Tx is one transaction on the journal, with the journal's words for its
// operations. Values returned are copies: safe after the transaction ends.
type Tx struct {
	tx  *bolt.Tx
	now func() time.Time
	// legacy: the file is of an older schema (opened read-only, so not
	// migrated): its values are JSON, read by legacy.go.
	legacy bool
	// removed collects what this write removed of private text
	// (removal.go); nil outside Journal.Update.
	removed *removedSet
	// sealTo is the journal's public key, read once (sealing.go); sealOff
	// says the journal has none.
	sealTo  *seal.Recipient
	sealOff bool
	// noVents: reads leave Entry.Vent and VentSealed empty (WithoutVents).
	noVents bool
}

// WithoutVents is this transaction reading entries without their vents:
// listings, statistics and exports for others never read the vents
// bucket, sealed or not.
func (t *Tx) WithoutVents() *Tx {
	c := *t
	c.noVents = true
	return &c
}

// bucket returns a bucket, made when missing in a write transaction.
func (t *Tx) bucket(name []byte) (*bolt.Bucket, error) {
	b := t.tx.Bucket(name)
	if b == nil {
		if !t.tx.Writable() {
			return nil, nil
		}
		var err error
		if b, err = t.tx.CreateBucket(name); err != nil {
			return nil, err
		}
	}
	// Keys grow with time (dates, weeks, ids), so most writes append:
	// pages filled to 90% before they split instead of bbolt's 50% keep
	// the file and every walk over it near half the size (measured on a
	// 10-year journal: 1,154 entry pages at 50%).
	b.FillPercent = 0.9
	return b, nil
}

func (t *Tx) clock() time.Time {
	if t.now != nil {
		return t.now()
	}
	return time.Now()
}

// Entry returns the entry of a shift date, its vent filled in; ok is false
// when there is none.
func (t *Tx) Entry(d journal.Date) (e journal.Entry, ok bool, err error) {
	e, ok, err = getCBOR[journal.Entry](t, bucketEntries, dateKey(d))
	if !ok || err != nil {
		return e, ok, err
	}
	if err := t.fillVent(&e); err != nil {
		return e, false, err
	}
	return e, true, nil
}

// fillVent reads an entry's vent record into Entry.Vent.
func (t *Tx) fillVent(e *journal.Entry) error {
	if t.noVents {
		e.Vent = ""
		return nil
	}
	if t.legacy {
		return nil // the vent is inside the entry
	}
	v, ok, err := getCBOR[journal.Vent](t, bucketVents, dateKey(e.ShiftDate))
	if ok {
		ventInto(e, &v)
	}
	return err
}

// HasEntry reports whether a shift date has an entry.
func (t *Tx) HasEntry(d journal.Date) bool {
	b := t.tx.Bucket(bucketEntries)
	return b != nil && b.Get(dateKey(d)) != nil
}

// EntryRev is the revision of the entry of a date, 0 when there is none.
func (t *Tx) EntryRev(d journal.Date) (uint64, error) {
	e, _, err := getCBOR[journal.Entry](t, bucketEntries, dateKey(d))
	return e.Rev, err
}

// PutEntry validates and saves an entry with its vent and metrics, in this
// transaction, whatever was saved before (imports, `debrief new`).
// CreatedAt is kept from an existing entry of the same date; UpdatedAt is
// set unless keepTimes (imports keep the archive's times). Rev becomes the
// stored revision + 1.
func (t *Tx) PutEntry(e *journal.Entry, keepTimes bool) error {
	return t.putEntry(e, keepTimes, nil)
}

// PutEntryIfRev is PutEntry only while the stored entry is still at
// revision rev (0: there is no entry): otherwise nothing is written and
// the error is ErrConflict. A writer that read revision rev learns that
// another process saved the date since.
func (t *Tx) PutEntryIfRev(e *journal.Entry, keepTimes bool, rev uint64) error {
	return t.putEntry(e, keepTimes, &rev)
}

func (t *Tx) putEntry(e *journal.Entry, keepTimes bool, want *uint64) error {
	e.Normalize()
	if err := e.Validate(); err != nil {
		return err
	}
	key := dateKey(e.ShiftDate)
	old, exists, err := getCBOR[journal.Entry](t, bucketEntries, key)
	if err != nil && want != nil {
		return err
	}
	if err != nil {
		// A damaged record is being replaced: start its count again.
		old, exists = journal.Entry{}, false
	}
	if want != nil && old.Rev != *want {
		return conflict("entry", e.ShiftDate.String(), *want, old.Rev)
	}
	if exists {
		// What the entry said before, its vent included, is replaced.
		t.removed.add(key)
	}
	if !keepTimes {
		now := t.clock().Truncate(time.Second)
		if exists && !old.CreatedAt.IsZero() {
			e.CreatedAt = old.CreatedAt
		}
		if e.CreatedAt.IsZero() {
			e.CreatedAt = now
		}
		e.UpdatedAt = now
	}
	e.Rev = old.Rev + 1
	return t.writeEntry(e)
}

// writeEntry stores an entry as it is: its record, its vent record and its
// metrics record.
func (t *Tx) writeEntry(e *journal.Entry) error {
	key := dateKey(e.ShiftDate)
	if err := putCBOR(t, bucketEntries, key, e); err != nil {
		return err
	}
	if err := t.putVent(key, e.Vent, e.VentSealed); err != nil {
		return err
	}
	mb, err := t.bucket(bucketMetrics)
	if err != nil {
		return err
	}
	return mb.Put(key, metricsRecord(key, e))
}

// putVent stores a vent record (sealed when the journal has a key), or
// removes it when there is no vent.
func (t *Tx) putVent(key []byte, text string, sealed []byte) error {
	v, err := t.ventRecord(text, sealed)
	if err != nil {
		return err
	}
	if v == nil {
		b, err := t.bucket(bucketVents)
		if err != nil {
			return err
		}
		return b.Delete(key)
	}
	return putCBOR(t, bucketVents, key, v)
}

func conflict(what, key string, want, got uint64) error {
	return fmt.Errorf("%s %s: %w (saved at revision %d since revision %d was read)", what, key, ErrConflict, got, want)
}

// DeleteEntry removes an entry with its metrics, its vent and the jots of
// its date; ErrNotFound when there is no entry.
func (t *Tx) DeleteEntry(d journal.Date) error {
	key := dateKey(d)
	eb, err := t.bucket(bucketEntries)
	if err != nil {
		return err
	}
	if eb.Get(key) == nil {
		return fmt.Errorf("entry %s: %w", d, ErrNotFound)
	}
	t.removed.add(key)
	for _, name := range [][]byte{bucketEntries, bucketMetrics, bucketVents} {
		b, err := t.bucket(name)
		if err != nil {
			return err
		}
		if err := b.Delete(key); err != nil {
			return err
		}
	}
	return t.deleteJotsOf(d)
}

// Entries yields each entry with from ≤ shift date ≤ to, oldest first (a
// zero bound is open), vents filled in. A record that can't be read is
// yielded as an error, and the walk ends there.
func (t *Tx) Entries(from, to journal.Date) iter.Seq2[journal.Entry, error] {
	return t.entries(from, to, false)
}

// EntriesNewestFirst is Entries in reverse order.
func (t *Tx) EntriesNewestFirst(from, to journal.Date) iter.Seq2[journal.Entry, error] {
	return t.entries(from, to, true)
}

func (t *Tx) entries(from, to journal.Date, reverse bool) iter.Seq2[journal.Entry, error] {
	return func(yield func(journal.Entry, error) bool) {
		b := t.tx.Bucket(bucketEntries)
		if b == nil {
			return
		}
		for k, v := range dateRange(b, from, to, reverse) {
			e, err := decodeValue[journal.Entry](t, bucketEntries, k, v)
			if err == nil {
				err = t.fillVent(&e)
			}
			if !yield(e, err) || err != nil {
				return
			}
		}
	}
}

// AllEntries returns every entry, oldest first.
func (t *Tx) AllEntries() ([]journal.Entry, error) {
	return t.EntryList(0, 0)
}

// LatestEntry returns the newest entry with shift date ≤ to (0: any).
func (t *Tx) LatestEntry(to journal.Date) (journal.Entry, bool, error) {
	for e, err := range t.EntriesNewestFirst(0, to) {
		return e, err == nil, err
	}
	return journal.Entry{}, false, nil
}

// EntryCount is the number of entries, counted from the metrics records
// (one per entry, much smaller than the entries).
func (t *Tx) EntryCount() int {
	name := bucketMetrics
	if t.legacy {
		name = bucketEntries
	}
	b := t.tx.Bucket(name)
	if b == nil {
		return 0
	}
	return b.Stats().KeyN
}

// EntryDates lists the dates of the entries within [from, to] (a zero
// bound is open), oldest first, from the keys alone: nothing is decoded,
// so a streak can walk a century of shifts in a frame.
func (t *Tx) EntryDates(from, to journal.Date) ([]journal.Date, error) {
	name := bucketMetrics
	if t.legacy {
		name = bucketEntries
	}
	b := t.tx.Bucket(name)
	if b == nil {
		return nil, nil
	}
	var out []journal.Date
	if from == 0 && to == 0 {
		out = make([]journal.Date, 0, b.Stats().KeyN)
	}
	for k := range dateRange(b, from, to, false) {
		// Parsed in place: a copy of each key (24,548 at 100 years) would
		// be garbage; the error, which keeps the text, is made from a copy.
		d, err := journal.ParseDate(unsafe.String(unsafe.SliceData(k), len(k)))
		if err != nil {
			_, err = journal.ParseDate(string(k))
			return nil, damaged(string(name), k, err)
		}
		out = append(out, d)
	}
	return out, nil
}

// dateRange yields the pairs of a bucket keyed "YYYY-MM-DD" within
// [from, to] (a zero bound is open), in key order or reversed.
func dateRange(b *bolt.Bucket, from, to journal.Date, reverse bool) iter.Seq2[[]byte, []byte] {
	return func(yield func(k, v []byte) bool) {
		c := b.Cursor()
		lo, hi := []byte(nil), []byte(nil)
		if from != 0 {
			lo = dateKey(from)
		}
		if to != 0 {
			hi = dateKey(to)
		}
		if !reverse {
			k, v := c.First()
			if lo != nil {
				k, v = c.Seek(lo)
			}
			for ; k != nil; k, v = c.Next() {
				if hi != nil && bytes.Compare(k, hi) > 0 || !yield(k, v) {
					return
				}
			}
			return
		}
		var k, v []byte
		if hi == nil {
			k, v = c.Last()
		} else {
			k, v = c.Seek(hi)
			if k == nil {
				k, v = c.Last()
			} else if bytes.Compare(k, hi) > 0 {
				k, v = c.Prev()
			}
		}
		for ; k != nil; k, v = c.Prev() {
			if lo != nil && bytes.Compare(k, lo) < 0 || !yield(k, v) {
				return
			}
		}
	}
}

// Metrics returns the compact records of every shift within [from, to],
// oldest first, without decoding entries.
func (t *Tx) Metrics(from, to journal.Date) ([]journal.Metrics, error) {
	if t.legacy {
		return legacyMetrics(t, from, to)
	}
	b := t.tx.Bucket(bucketMetrics)
	if b == nil {
		return nil, nil
	}
	var out []journal.Metrics
	if from == 0 {
		// Statistics read from the first shift to today: room for every
		// record at once instead of copying the list as it grows.
		out = make([]journal.Metrics, 0, b.Stats().KeyN)
	}
	r := metricsReader{names: make(map[string]string, 64)}
	for k, v := range dateRange(b, from, to, false) {
		m, _, err := r.record(k, v, false)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

// Summaries yields what a one-line listing shows of each shift within
// [from, to] (a zero bound is open), oldest first, from the metrics records
// alone: no entry is decoded.
func (t *Tx) Summaries(from, to journal.Date) iter.Seq2[journal.Summary, error] {
	return t.summaries(from, to, false)
}

// SummariesNewestFirst is Summaries in reverse order.
func (t *Tx) SummariesNewestFirst(from, to journal.Date) iter.Seq2[journal.Summary, error] {
	return t.summaries(from, to, true)
}

func (t *Tx) summaries(from, to journal.Date, newestFirst bool) iter.Seq2[journal.Summary, error] {
	return func(yield func(journal.Summary, error) bool) {
		if t.legacy {
			for e, err := range t.entries(from, to, newestFirst) {
				if !yield(journal.Summary{Metrics: journal.MetricsOf(&e), Headline: journal.HeadlineOf(&e)}, err) || err != nil {
					return
				}
			}
			return
		}
		b := t.tx.Bucket(bucketMetrics)
		if b == nil {
			return
		}
		r := metricsReader{names: make(map[string]string, 64)}
		for k, v := range dateRange(b, from, to, newestFirst) {
			m, h, err := r.record(k, v, true)
			if !yield(journal.Summary{Metrics: m, Headline: h}, err) || err != nil {
				return
			}
		}
	}
}

// record opens and decodes one metrics value, its date from the key.
func (r *metricsReader) record(k, v []byte, withHeadline bool) (journal.Metrics, string, error) {
	d, err := journal.ParseDate(string(k))
	if err != nil {
		return journal.Metrics{}, "", damaged(string(bucketMetrics), k, err)
	}
	p, err := openRecord(string(bucketMetrics), k, v, verMetrics)
	if err != nil {
		return journal.Metrics{}, "", err
	}
	m, h, err := r.decode(p, withHeadline)
	if err != nil {
		return m, "", damaged(string(bucketMetrics), k, err)
	}
	m.Date = d
	return m, h, nil
}
