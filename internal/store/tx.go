package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"iter"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	bolt "go.etcd.io/bbolt"
)

// Tx is one transaction on the journal, with the journal's words for its
// operations. Values returned are copies: safe after the transaction ends.
type Tx struct {
	tx  *bolt.Tx
	now func() time.Time
}

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
	return b, nil
}

func (t *Tx) clock() time.Time {
	if t.now != nil {
		return t.now()
	}
	return time.Now()
}

func dateKey(d journal.Date) []byte { return []byte(d.String()) }

// Entry returns the entry of a shift date; ok is false when there is none.
func (t *Tx) Entry(d journal.Date) (e journal.Entry, ok bool, err error) {
	b, err := t.bucket(bucketEntries)
	if err != nil || b == nil {
		return e, false, err
	}
	v := b.Get(dateKey(d))
	if v == nil {
		return e, false, nil
	}
	if err := json.Unmarshal(v, &e); err != nil {
		return e, false, fmt.Errorf("entry %s: %w (%v)", d, ErrDamaged, err)
	}
	return e, true, nil
}

// HasEntry reports whether a shift date has an entry.
func (t *Tx) HasEntry(d journal.Date) bool {
	b, _ := t.bucket(bucketEntries)
	return b != nil && b.Get(dateKey(d)) != nil
}

// PutEntry validates and saves an entry with its metrics, in this
// transaction. CreatedAt is kept from an existing entry of the same date;
// UpdatedAt is set unless keepTimes (imports keep the archive's times).
func (t *Tx) PutEntry(e *journal.Entry, keepTimes bool) error {
	e.Normalize()
	if err := e.Validate(); err != nil {
		return err
	}
	if !keepTimes {
		now := t.clock().Truncate(time.Second)
		if old, ok, _ := t.Entry(e.ShiftDate); ok && !old.CreatedAt.IsZero() {
			e.CreatedAt = old.CreatedAt
		}
		if e.CreatedAt.IsZero() {
			e.CreatedAt = now
		}
		e.UpdatedAt = now
	}
	data, err := json.Marshal(e)
	if err != nil {
		return err
	}
	eb, err := t.bucket(bucketEntries)
	if err != nil {
		return err
	}
	mb, err := t.bucket(bucketMetrics)
	if err != nil {
		return err
	}
	m := journal.MetricsOf(e)
	if err := eb.Put(dateKey(e.ShiftDate), data); err != nil {
		return err
	}
	return mb.Put(dateKey(e.ShiftDate), encodeMetrics(&m))
}

// DeleteEntry removes an entry and its metrics; ErrNotFound when absent.
func (t *Tx) DeleteEntry(d journal.Date) error {
	eb, err := t.bucket(bucketEntries)
	if err != nil {
		return err
	}
	if eb.Get(dateKey(d)) == nil {
		return fmt.Errorf("entry %s: %w", d, ErrNotFound)
	}
	if err := eb.Delete(dateKey(d)); err != nil {
		return err
	}
	mb, err := t.bucket(bucketMetrics)
	if err != nil {
		return err
	}
	return mb.Delete(dateKey(d))
}

// Entries yields each entry with from ≤ shift date ≤ to, oldest first (a
// zero bound is open). A record that can't be read is yielded as an error,
// and the walk ends there.
func (t *Tx) Entries(from, to journal.Date) iter.Seq2[journal.Entry, error] {
	return t.entries(from, to, false)
}

// EntriesNewestFirst is Entries in reverse order.
func (t *Tx) EntriesNewestFirst(from, to journal.Date) iter.Seq2[journal.Entry, error] {
	return t.entries(from, to, true)
}

func (t *Tx) entries(from, to journal.Date, reverse bool) iter.Seq2[journal.Entry, error] {
	return func(yield func(journal.Entry, error) bool) {
		b, err := t.bucket(bucketEntries)
		if err != nil {
			yield(journal.Entry{}, err)
			return
		}
		if b == nil {
			return
		}
		for k, v := range dateRange(b, from, to, reverse) {
			var e journal.Entry
			if err := json.Unmarshal(v, &e); err != nil {
				yield(e, fmt.Errorf("entry %s: %w (%v)", k, ErrDamaged, err))
				return
			}
			if !yield(e, nil) {
				return
			}
		}
	}
}

// AllEntries returns every entry, oldest first.
func (t *Tx) AllEntries() ([]journal.Entry, error) {
	var out []journal.Entry
	for e, err := range t.Entries(0, 0) {
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// LatestEntry returns the newest entry with shift date ≤ to (0: any).
func (t *Tx) LatestEntry(to journal.Date) (journal.Entry, bool, error) {
	for e, err := range t.EntriesNewestFirst(0, to) {
		return e, err == nil, err
	}
	return journal.Entry{}, false, nil
}

// EntryCount is the number of entries.
func (t *Tx) EntryCount() int {
	b, _ := t.bucket(bucketEntries)
	if b == nil {
		return 0
	}
	return b.Stats().KeyN
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
	b, err := t.bucket(bucketMetrics)
	if err != nil || b == nil {
		return nil, err
	}
	out := make([]journal.Metrics, 0, b.Stats().KeyN)
	names := make(map[string]string, 64)
	for k, v := range dateRange(b, from, to, false) {
		d, err := journal.ParseDate(string(k))
		if err != nil {
			return nil, fmt.Errorf("metrics %q: %w", k, ErrDamaged)
		}
		m, err := decodeMetricsInterned(v, names)
		if err != nil {
			return nil, fmt.Errorf("metrics %s: %w (%v)", k, ErrDamaged, err)
		}
		m.Date = d
		out = append(out, m)
	}
	return out, nil
}

// DaysOff returns every day off, oldest first.
func (t *Tx) DaysOff() ([]journal.DayOff, error) {
	return listJSON[journal.DayOff](t, bucketDaysOff, "day off")
}

// DayOff returns the day off of a date, if any.
func (t *Tx) DayOff(d journal.Date) (journal.DayOff, bool, error) {
	return getJSON[journal.DayOff](t, bucketDaysOff, dateKey(d), "day off "+d.String())
}

// PutDayOff validates and saves a day off.
func (t *Tx) PutDayOff(d *journal.DayOff) error {
	if err := d.Validate(); err != nil {
		return err
	}
	return t.putJSON(bucketDaysOff, dateKey(d.Date), d)
}

// DeleteDayOff removes a day off; ErrNotFound when absent.
func (t *Tx) DeleteDayOff(d journal.Date) error {
	b, err := t.bucket(bucketDaysOff)
	if err != nil {
		return err
	}
	if b.Get(dateKey(d)) == nil {
		return fmt.Errorf("day off %s: %w", d, ErrNotFound)
	}
	return b.Delete(dateKey(d))
}

func (t *Tx) putJSON(bucket, key []byte, v any) error {
	b, err := t.bucket(bucket)
	if err != nil {
		return err
	}
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(key, data)
}

func idKey(id uint64) []byte {
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, id)
	return k
}

// Ideas returns the whole backlog, oldest id first.
func (t *Tx) Ideas() ([]journal.Idea, error) {
	return listJSON[journal.Idea](t, bucketIdeas, "idea")
}

// Idea returns one idea by id.
func (t *Tx) Idea(id uint64) (journal.Idea, bool, error) {
	return getJSON[journal.Idea](t, bucketIdeas, idKey(id), fmt.Sprintf("idea %d", id))
}

// PutIdea validates and saves an idea; an idea with ID 0 gets the next id.
// UpdatedAt is set unless keepTimes.
func (t *Tx) PutIdea(i *journal.Idea, keepTimes bool) error {
	if i.Status == "" {
		i.Status = journal.IdeaNew
	}
	if err := i.Validate(); err != nil {
		return err
	}
	b, err := t.bucket(bucketIdeas)
	if err != nil {
		return err
	}
	if i.ID == 0 {
		if i.ID, err = b.NextSequence(); err != nil {
			return err
		}
	} else if i.ID > b.Sequence() {
		if err := b.SetSequence(i.ID); err != nil {
			return err
		}
	}
	if !keepTimes || i.UpdatedAt.IsZero() {
		i.UpdatedAt = t.clock().Truncate(time.Second)
	}
	return t.putJSON(bucketIdeas, idKey(i.ID), i)
}

// Reviews returns every weekly review, oldest week first.
func (t *Tx) Reviews() ([]journal.WeeklyReview, error) {
	return listJSON[journal.WeeklyReview](t, bucketReviews, "review")
}

// Review returns the review of a week, if any.
func (t *Tx) Review(w journal.Week) (journal.WeeklyReview, bool, error) {
	return getJSON[journal.WeeklyReview](t, bucketReviews, []byte(w.String()), "review "+w.String())
}

// PutReview validates and saves a weekly review.
func (t *Tx) PutReview(r *journal.WeeklyReview, keepTimes bool) error {
	if err := r.Validate(); err != nil {
		return err
	}
	if !keepTimes || r.UpdatedAt.IsZero() {
		r.UpdatedAt = t.clock().Truncate(time.Second)
	}
	return t.putJSON(bucketReviews, []byte(r.Week.String()), r)
}

// Draft returns the unfinished debrief of a shift date, if any.
func (t *Tx) Draft(d journal.Date) (journal.Draft, bool, error) {
	return getJSON[journal.Draft](t, bucketDrafts, dateKey(d), "draft "+d.String())
}

// Drafts returns every unfinished debrief, oldest first.
func (t *Tx) Drafts() ([]journal.Draft, error) {
	return listJSON[journal.Draft](t, bucketDrafts, "draft")
}

// PutDraft saves an unfinished debrief under its entry's shift date. Drafts
// are not validated beyond size: they hold whatever was typed so far.
func (t *Tx) PutDraft(dr *journal.Draft) error {
	if dr.Entry.ShiftDate == 0 {
		return &journal.FieldError{Field: "shift_date", Rule: journal.RuleRequired}
	}
	dr.UpdatedAt = t.clock().Truncate(time.Second)
	return t.putJSON(bucketDrafts, dateKey(dr.Entry.ShiftDate), dr)
}

// DeleteDraft removes a draft (absent is fine).
func (t *Tx) DeleteDraft(d journal.Date) error {
	b, err := t.bucket(bucketDrafts)
	if err != nil {
		return err
	}
	return b.Delete(dateKey(d))
}

// getJSON reads one JSON record; ok is false when the key is absent.
func getJSON[T any](t *Tx, bucket, key []byte, what string) (v T, ok bool, err error) {
	b, err := t.bucket(bucket)
	if err != nil || b == nil {
		return v, false, err
	}
	data := b.Get(key)
	if data == nil {
		return v, false, nil
	}
	if err := json.Unmarshal(data, &v); err != nil {
		return v, false, fmt.Errorf("%s: %w (%v)", what, ErrDamaged, err)
	}
	return v, true, nil
}

// listJSON reads every JSON record of a bucket in key order.
func listJSON[T any](t *Tx, bucket []byte, what string) ([]T, error) {
	b, err := t.bucket(bucket)
	if err != nil || b == nil {
		return nil, err
	}
	var out []T
	err = b.ForEach(func(k, data []byte) error {
		var v T
		if err := json.Unmarshal(data, &v); err != nil {
			return fmt.Errorf("%s %q: %w (%v)", what, k, ErrDamaged, err)
		}
		out = append(out, v)
		return nil
	})
	return out, err
}
