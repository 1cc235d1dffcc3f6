package day

import (
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/store"
)

// Playbook reads the playbook (我的方法) of the cases from from to to (a
// zero from: since the first entry), the categories matching category
// ("" for all). The entries are read as for a review — without their
// vents — and nothing else is: the playbook is made of cases only.
func (j *Journal) Playbook(from, to journal.Date, category string) (*report.Playbook, error) {
	in := report.Input{From: from, To: to}
	err := j.read(func(tx *store.Tx) error {
		var err error
		in.Entries, err = tx.WithoutVents().EntryList(from, to)
		return err
	})
	if err != nil {
		return nil, err
	}
	if in.From.IsZero() {
		in.From = to
		if len(in.Entries) > 0 {
			in.From = in.Entries[0].ShiftDate
		}
	}
	return report.BuildPlaybook(in, category), nil
}
