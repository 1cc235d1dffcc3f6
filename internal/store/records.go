package store

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
)

// Days off, ideas and weekly reviews: one CBOR record each.

// DaysOff returns every day off, oldest first.
func (t *Tx) DaysOff() ([]journal.DayOff, error) {
	return listRecords[journal.DayOff](t, bucketDaysOff)
}

// DayOff returns the day off of a date, if any.
func (t *Tx) DayOff(d journal.Date) (journal.DayOff, bool, error) {
	return getCBOR[journal.DayOff](t, bucketDaysOff, dateKey(d))
}

// PutDayOff validates and saves a day off.
func (t *Tx) PutDayOff(d *journal.DayOff) error {
	if err := d.Validate(); err != nil {
		return err
	}
	return putCBOR(t, bucketDaysOff, dateKey(d.Date), d)
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

// Ideas returns the whole backlog, oldest id first.
func (t *Tx) Ideas() ([]journal.Idea, error) {
	return listRecords[journal.Idea](t, bucketIdeas)
}

// Idea returns one idea by id.
func (t *Tx) Idea(id uint64) (journal.Idea, bool, error) {
	return getCBOR[journal.Idea](t, bucketIdeas, idKey(id))
}

// PutIdea validates and saves an idea; an idea with ID 0 gets the next id.
// UpdatedAt is set unless keepTimes. Ids never pass journal.MaxIdeaID, so
// the sequence can never wrap round onto an existing idea.
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
		if b.Sequence() >= journal.MaxIdeaID {
			return &journal.FieldError{Field: "id", Value: strconv.FormatUint(b.Sequence()+1, 10), Rule: journal.RuleRange, Arg: ideaIDRange}
		}
		if i.ID, err = b.NextSequence(); err != nil {
			return err
		}
		if b.Get(idKey(i.ID)) != nil {
			return fmt.Errorf("idea #%d: %w (the id sequence is behind the ideas)", i.ID, ErrDamaged)
		}
	} else if i.ID > b.Sequence() {
		if err := b.SetSequence(i.ID); err != nil {
			return err
		}
	}
	if !keepTimes || i.UpdatedAt.IsZero() {
		i.UpdatedAt = t.clock().Truncate(time.Second)
	}
	if !keepTimes {
		if err := t.noteIdeaMove(i); err != nil {
			return err
		}
	}
	return putCBOR(t, bucketIdeas, idKey(i.ID), i)
}

// noteIdeaMove keeps the idea's history of status changes: the stored
// one, plus this put's move when it changes the status of an idea already
// there (an import, which keeps its times, brings its own history).
func (t *Tx) noteIdeaMove(i *journal.Idea) error {
	old, ok, err := t.Idea(i.ID)
	if err != nil || !ok {
		return err
	}
	i.History = old.History
	if old.Status != i.Status {
		i.History = append(slices.Clone(old.History), journal.IdeaChange{At: i.UpdatedAt, Status: i.Status})
		if n := len(i.History) - journal.MaxIdeaHistory; n > 0 {
			i.History = i.History[n:]
		}
	}
	return nil
}

var ideaIDRange = "1–" + strconv.FormatUint(journal.MaxIdeaID, 10)

// Reviews returns every weekly review, oldest week first.
func (t *Tx) Reviews() ([]journal.WeeklyReview, error) {
	return listRecords[journal.WeeklyReview](t, bucketReviews)
}

// Review returns the review of a week, if any.
func (t *Tx) Review(w journal.Week) (journal.WeeklyReview, bool, error) {
	return getCBOR[journal.WeeklyReview](t, bucketReviews, []byte(w.String()))
}

// PutReview validates and saves a weekly review.
func (t *Tx) PutReview(r *journal.WeeklyReview, keepTimes bool) error {
	if err := r.Validate(); err != nil {
		return err
	}
	if !keepTimes || r.UpdatedAt.IsZero() {
		r.UpdatedAt = t.clock().Truncate(time.Second)
	}
	return putCBOR(t, bucketReviews, []byte(r.Week.String()), r)
}

// listRecords reads every record of a bucket in key order.
func listRecords[T any](t *Tx, bucket []byte) ([]T, error) {
	b := t.tx.Bucket(bucket)
	if b == nil {
		return nil, nil
	}
	var out []T
	err := b.ForEach(func(k, data []byte) error {
		v, err := decodeValue[T](t, bucket, k, data)
		if err != nil {
			return err
		}
		out = append(out, v)
		return nil
	})
	return out, err
}
