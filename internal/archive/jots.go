package archive

import (
	"strconv"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// putJots adds to a shift the archive's jots it does not hold yet (the
// same time and text): importing twice, or with --overwrite, never
// doubles a jot, and a jot the journal has is never removed, since `jot`
// only ever adds.
func putJots(tx *store.Tx, d journal.Date, jots []journal.Jot) (int, error) {
	if len(jots) == 0 {
		return 0, nil
	}
	have, err := tx.Jots(d)
	if err != nil {
		return 0, err
	}
	added := 0
	for i := range jots {
		if holds(have, &jots[i]) {
			continue
		}
		j := jots[i]
		if err := tx.AddJot(d, &j); err != nil {
			return added, err
		}
		have = append(have, j)
		added++
	}
	return added, nil
}

func holds(have []journal.Jot, j *journal.Jot) bool {
	for _, h := range have {
		if h.At.Equal(j.At) && h.Text == j.Text {
			return true
		}
	}
	return false
}

// jotsOf reads the unused jots of a shift, oldest first.
func jotsOf(tx *store.Tx, d journal.Date) ([]journal.Jot, error) { return tx.Jots(d) }

// checkJots applies the journal's rules for a jot to each of an entry's,
// naming the jot.
func checkJots(jots []journal.Jot) error {
	for i := range jots {
		if err := jots[i].Validate(); err != nil {
			if fe, ok := err.(*journal.FieldError); ok {
				named := *fe
				named.Field = field{list: "jots", index: i, name: fe.Field}.String()
				return &named
			}
			return err
		}
	}
	return nil
}

func ideaKey(id uint64) string { return strconv.FormatUint(id, 10) }
