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

// MoveIdea moves idea id along its way (any status may be set: a person
// who chose the wrong one can put it back) and, when impact is not nil,
// notes its impact. It returns the idea before and after.
func (j *Journal) MoveIdea(id uint64, status string, impact *string) (before, after journal.Idea, err error) {
	err = j.write(func(tx *store.Tx) error {
		i, ok, err := tx.Idea(id)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("idea %d: %w", id, ErrNoIdea)
		}
		before = i
		i.Status = status
		if impact != nil {
			i.Impact = *impact
		}
		if err := tx.PutIdea(&i, false); err != nil {
			return err
		}
		after = i
		return nil
	})
	return before, after, err
}
