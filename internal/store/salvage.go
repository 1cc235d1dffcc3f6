package store

import (
	"errors"
	"fmt"

	"github.com/debrief-app/debrief/internal/journal"
)

// Salvaged is every record of a journal that could be read and passes its
// rules, and the ones that had to be left out.
type Salvaged struct {
	Entries []journal.Entry
	Jots    map[journal.Date][]journal.Jot // the jots of each entry's shift
	DaysOff []journal.DayOff
	Ideas   []journal.Idea
	Reviews []journal.WeeklyReview
	Skipped []*RecordError
}

// Salvage reads the journal at path record by record, read-only, keeping
// every record that reads and is valid and naming each one it leaves out:
// a person with one damaged record can still take everything else to a
// new journal. An entry whose vent can't be read is kept without it (the
// vent is listed). Drafts are not salvaged: an archive has no place for
// them. The file's structure must hold (its pages walk, so no cursor can
// loop or fault); otherwise the error says it is damaged.
func Salvage(path string) (*Salvaged, error) {
	j, err := openChecked(path)
	if err != nil {
		return nil, err
	}
	defer j.Close()
	if err := j.walkPages(); err != nil {
		return nil, err
	}
	s := &Salvaged{}
	err = j.View(func(t *Tx) error {
		s.salvage(t)
		return nil
	})
	return s, err
}

func (s *Salvaged) skip(err error) {
	var re *RecordError
	if !errors.As(err, &re) {
		re = &RecordError{Kind: KindDamaged, Err: err}
	}
	s.Skipped = append(s.Skipped, re)
}

func (s *Salvaged) salvage(t *Tx) {
	if b := t.tx.Bucket(bucketEntries); b != nil {
		_ = b.ForEach(func(k, v []byte) error {
			e, err := decodeValue[journal.Entry](t, bucketEntries, k, v)
			if err == nil && string(k) != e.ShiftDate.String() {
				err = problem(string(bucketEntries), k, KindMisplaced, fmt.Errorf("%w (%s)", errWrongKey, e.ShiftDate))
			}
			if err != nil {
				s.skip(err)
				return nil
			}
			if err := t.fillVent(&e); err != nil {
				s.skip(err)
			}
			if err := e.Validate(); err != nil {
				s.skip(problem(string(bucketEntries), k, KindInvalid, err))
				return nil
			}
			s.Entries = append(s.Entries, e)
			return nil
		})
	}
	s.salvageJots(t)
	s.DaysOff = salvageBucket(t, s, bucketDaysOff, func(o *journal.DayOff) error { return o.Validate() })
	s.Ideas = salvageBucket(t, s, bucketIdeas, func(i *journal.Idea) error { return i.Validate() })
	s.Reviews = salvageBucket(t, s, bucketReviews, func(r *journal.WeeklyReview) error { return r.Validate() })
}

// salvageJots keeps the jots of the salvaged entries' dates.
func (s *Salvaged) salvageJots(t *Tx) {
	b := t.tx.Bucket(bucketJots)
	if t.legacy || b == nil {
		return
	}
	dates := make(map[journal.Date]bool, len(s.Entries))
	for _, e := range s.Entries {
		dates[e.ShiftDate] = true
	}
	_ = b.ForEach(func(k, v []byte) error {
		d, id, ok := splitJotKey(k)
		if !ok || !dates[d] {
			return nil
		}
		j, err := decodeValue[journal.Jot](t, bucketJots, k, v)
		if err == nil {
			if verr := j.Validate(); verr != nil {
				err = problem(string(bucketJots), k, KindInvalid, verr)
			}
		}
		if err != nil {
			s.skip(err)
			return nil
		}
		j.ID = id
		if s.Jots == nil {
			s.Jots = map[journal.Date][]journal.Jot{}
		}
		s.Jots[d] = append(s.Jots[d], j)
		return nil
	})
}

// salvageBucket decodes and validates every record of a bucket, skipping
// those that fail.
func salvageBucket[T any](t *Tx, s *Salvaged, bucket []byte, validate func(*T) error) []T {
	b := t.tx.Bucket(bucket)
	if b == nil {
		return nil
	}
	var out []T
	_ = b.ForEach(func(k, v []byte) error {
		rec, err := decodeValue[T](t, bucket, k, v)
		if err == nil {
			if verr := validate(&rec); verr != nil {
				err = problem(string(bucket), k, KindInvalid, verr)
			}
		}
		if err != nil {
			s.skip(err)
			return nil
		}
		out = append(out, rec)
		return nil
	})
	return out
}
