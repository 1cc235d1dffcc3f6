package day

import (
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/store"
)

// Export reads what an export for audience a is made from: the entries
// from from to to (from zero: since the first entry), every idea, and the
// weekly reviews and the jots no case was made from when the audience may
// see them (only me).
func (j *Journal) Export(from, to journal.Date, a report.Audience) (report.Input, error) {
	in := report.Input{From: from, To: to}
	err := j.read(func(tx *store.Tx) error {
		if in.From.IsZero() {
			in.From = to
			// The oldest metrics record is the first entry: no entry is
			// decoded to find it.
			ms, err := tx.Metrics(0, to)
			if err != nil {
				return err
			}
			if len(ms) > 0 {
				in.From = ms[0].Date
			}
		}
		var err error
		// Only an export for the person themself reads the vents.
		entries := tx
		if !a.Private() {
			entries = tx.WithoutVents()
		}
		if in.Entries, err = entries.EntryList(in.From, in.To); err != nil {
			return err
		}
		if in.Ideas, err = tx.Ideas(); err != nil {
			return err
		}
		if !a.Private() {
			return nil
		}
		if in.Reviews, err = tx.Reviews(); err != nil {
			return err
		}
		for _, e := range in.Entries {
			jots, err := tx.Jots(e.ShiftDate)
			if err != nil {
				return err
			}
			if len(jots) > 0 {
				if in.Jots == nil {
					in.Jots = map[journal.Date][]journal.Jot{}
				}
				in.Jots[e.ShiftDate] = jots
			}
		}
		return nil
	})
	return in, err
}
