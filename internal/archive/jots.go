package archive

import (
	"strconv"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// RuleJotsLater: the journal cannot keep an archive's jots until the store
// has its jots records (schema 3); refusing is better than dropping them.
const RuleJotsLater = journal.Rule("jots_later")

// putJots adds to a shift the jots of the archive it does not hold yet.
func putJots(tx *store.Tx, d journal.Date, jots []journal.Jot) (int, error) {
	if len(jots) == 0 {
		return 0, nil
	}
	return 0, &journal.FieldError{Field: "jots", Rule: RuleJotsLater}
}

// jotsOf reads the unused jots of a shift.
func jotsOf(tx *store.Tx, d journal.Date) ([]journal.Jot, error) { return nil, nil }

func ideaKey(id uint64) string { return strconv.FormatUint(id, 10) }
