package day

import (
	"strings"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/store"
)

// Export reads what an export for audience a is made from: the entries
// from from to to (from zero: since the first entry) with the tag when one
// is given, every idea, and the weekly reviews and the jots no case was
// made from when the audience may see them (only me). detail asks for
// every shift (report.Input.Detail). A summary that lists no shift reads
// the metrics records instead of the entries (report.FromMetrics).
func (j *Journal) Export(from, to journal.Date, a report.Audience, detail bool, tag string) (report.Input, error) {
	in := report.Input{From: from, To: to, Detail: detail}
	err := j.read(func(tx *store.Tx) error {
		var ms []journal.Metrics // of [from, to] once read
		if in.From.IsZero() {
			in.From = to
			// The oldest metrics record is the first entry: no entry is
			// decoded to find it.
			var err error
			if ms, err = tx.Metrics(0, to); err != nil {
				return err
			}
			if len(ms) > 0 {
				in.From = ms[0].Date
			}
		}
		var err error
		if strings.TrimSpace(tag) == "" && report.FromMetrics(a, in.From, in.To, detail) {
			if ms == nil {
				if ms, err = tx.Metrics(in.From, in.To); err != nil {
					return err
				}
			}
			in.Metrics = ms
			in.Ideas, err = tx.Ideas()
			return err
		}
		// Only an export for the person themself reads the vents.
		entries := tx
		if !a.Private() {
			entries = tx.WithoutVents()
		}
		if in.Entries, err = entries.EntryList(in.From, in.To); err != nil {
			return err
		}
		in.Entries = Tagged(in.Entries, tag)
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
