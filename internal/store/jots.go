package store

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/debrief-app/debrief/internal/journal"
)

// Jots: key "YYYY-MM-DD" ‖ id (uint64 big-endian, from the bucket's
// sequence) → journal.Jot. `debrief jot` only ever adds one; the app reads
// them fresh and never writes them back, so a jot added while the app is
// open can't be overwritten. Jots are deleted only when they were turned
// into a case (DeleteJots) or with their entry (DeleteEntry).

const jotKeyLen = 10 + 8

func jotKey(d journal.Date, id uint64) []byte {
	return binary.BigEndian.AppendUint64(dateKey(d), id)
}

// splitJotKey reads a jot key; ok is false for a key of another shape.
func splitJotKey(k []byte) (journal.Date, uint64, bool) {
	if len(k) != jotKeyLen {
		return 0, 0, false
	}
	d, err := journal.ParseDate(string(k[:10]))
	if err != nil {
		return 0, 0, false
	}
	return d, binary.BigEndian.Uint64(k[10:]), true
}

// AddJot validates and appends a jot to the shift date d; j.ID is set to
// its new id.
func (t *Tx) AddJot(d journal.Date, j *journal.Jot) error {
	if err := j.Validate(); err != nil {
		return err
	}
	if _, err := journal.ParseDate(d.String()); err != nil {
		return &journal.FieldError{Field: "shift_date", Value: d.String(), Rule: journal.RuleDate}
	}
	b, err := t.bucket(bucketJots)
	if err != nil {
		return err
	}
	if j.ID, err = b.NextSequence(); err != nil {
		return err
	}
	return putCBOR(t, bucketJots, jotKey(d, j.ID), j)
}

// Jots returns the jots of a shift date, oldest first, with their ids.
func (t *Tx) Jots(d journal.Date) ([]journal.Jot, error) {
	if t.legacy {
		dr, _, err := getLegacy[journal.Draft](t, bucketDrafts, dateKey(d))
		for i := range dr.Jots {
			dr.Jots[i].ID = uint64(i + 1)
		}
		return dr.Jots, err
	}
	b := t.tx.Bucket(bucketJots)
	if b == nil {
		return nil, nil
	}
	prefix := dateKey(d)
	var out []journal.Jot
	c := b.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		_, id, ok := splitJotKey(k)
		if !ok {
			return nil, damaged(string(bucketJots), k, fmt.Errorf("not a jot key"))
		}
		j, err := decodeValue[journal.Jot](t, bucketJots, k, v)
		if err != nil {
			return nil, err
		}
		j.ID = id
		out = append(out, j)
	}
	return out, nil
}

// JotsByDate holds the jots of a range of shift dates, read in one walk
// over the bucket (JotsIn) instead of a seek a date: a backup of years
// reads every one.
type JotsByDate struct {
	jots map[journal.Date][]journal.Jot
	bad  map[journal.Date]error // the first damage met under a date
}

// Of is what Jots(d) returns, for a date within the range read.
func (j *JotsByDate) Of(d journal.Date) ([]journal.Jot, error) {
	if err := j.bad[d]; err != nil {
		return nil, err
	}
	return j.jots[d], nil
}

// JotsIn reads the jots of every shift date within [from, to] (a zero
// bound is open). A damaged jot is an error only when its date is asked
// for, as with Jots.
func (t *Tx) JotsIn(from, to journal.Date) (*JotsByDate, error) {
	out := &JotsByDate{jots: map[journal.Date][]journal.Jot{}, bad: map[journal.Date]error{}}
	if t.legacy { // an older file keeps them in the drafts
		if b := t.tx.Bucket(bucketDrafts); b != nil {
			for k := range dateRange(b, from, to, false) {
				if d, err := journal.ParseDate(string(k)); err == nil {
					out.jots[d], out.bad[d] = t.Jots(d)
				}
			}
		}
		return out, nil
	}
	b := t.tx.Bucket(bucketJots)
	if b == nil {
		return out, nil
	}
	c := b.Cursor()
	k, v := c.First()
	if !from.IsZero() {
		k, v = c.Seek(dateKey(from))
	}
	for ; k != nil; k, v = c.Next() {
		if len(k) < 10 {
			continue // under no date: Jots never meets it
		}
		d, err := journal.ParseDate(string(k[:10]))
		if err != nil {
			continue
		}
		if !to.IsZero() && d > to {
			break
		}
		if out.bad[d] != nil {
			continue
		}
		_, id, ok := splitJotKey(k)
		if !ok {
			out.bad[d] = damaged(string(bucketJots), k, fmt.Errorf("not a jot key"))
			continue
		}
		j, err := decodeValue[journal.Jot](t, bucketJots, k, v)
		if err != nil {
			out.bad[d] = err
			continue
		}
		j.ID = id
		out.jots[d] = append(out.jots[d], j)
	}
	return out, nil
}

// DeleteJots removes jots of the shift date d by id (the jots turned into
// cases); ErrNotFound names the first id that is not there.
func (t *Tx) DeleteJots(d journal.Date, ids ...uint64) error {
	b, err := t.bucket(bucketJots)
	if err != nil {
		return err
	}
	for _, id := range ids {
		k := jotKey(d, id)
		if b.Get(k) == nil {
			return fmt.Errorf("jot %s #%d: %w", d, id, ErrNotFound)
		}
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// deleteJotsOf removes every jot of a shift date.
func (t *Tx) deleteJotsOf(d journal.Date) error {
	b, err := t.bucket(bucketJots)
	if err != nil {
		return err
	}
	prefix := dateKey(d)
	var keys [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		keys = append(keys, bytes.Clone(k))
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}
