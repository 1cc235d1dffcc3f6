package day

import (
	"errors"
	"fmt"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// ErrNoIdea: there is no idea with that number.
var ErrNoIdea = errors.New("no such idea")

// Ideas is the whole backlog, for `debrief ideas` and the Ideas screen
// (report.IdeaList orders and ages it).
func (j *Journal) Ideas() ([]journal.Idea, error) {
	var ideas []journal.Idea
	err := j.read(func(tx *store.Tx) error {
		var err error
		ideas, err = tx.Ideas()
		return err
	})
	return ideas, err
}

// IdeaChange is a move of an idea: its new status and the notes that
// change with it (nil: kept as they are).
type IdeaChange struct {
	Status      string
	Impact      *string
	SharedWith  *string // where it was shared ("周会")
	DeclinedWhy *string // why it was declined
}

// MoveIdea moves idea id along its way (any status may be set: a person
// who chose the wrong one can put it back) and, when impact is not nil,
// notes its impact. It returns the idea before and after.
func (j *Journal) MoveIdea(id uint64, status string, impact *string) (before, after journal.Idea, err error) {
	return j.ChangeIdea(id, IdeaChange{Status: status, Impact: impact})
}

// ChangeIdea is MoveIdea with every note an idea can carry.
func (j *Journal) ChangeIdea(id uint64, c IdeaChange) (before, after journal.Idea, err error) {
	err = j.write(func(tx *store.Tx) error {
		i, ok, err := tx.Idea(id)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("idea %d: %w", id, ErrNoIdea)
		}
		before = i
		i.Status = c.Status
		for _, f := range []struct {
			to   *string
			from *string
		}{{&i.Impact, c.Impact}, {&i.SharedWith, c.SharedWith}, {&i.DeclinedWhy, c.DeclinedWhy}} {
			if f.from != nil {
				*f.to = *f.from
			}
		}
		if err := tx.PutIdea(&i, false); err != nil {
			return err
		}
		after = i
		return nil
	})
	return before, after, err
}
