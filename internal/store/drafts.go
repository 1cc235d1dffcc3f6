package store

import (
	"time"

	"github.com/debrief-app/debrief/internal/journal"
)

// Drafts: one record per shift date, the draft with its vent beside it
// (draftRecord); the jots of the date live in the jots bucket and are read
// with the draft, never written with it.

// Draft returns the unfinished debrief of a shift date, if any, with the
// jots of the date. A date with jots but neither a draft nor an entry yet
// reads as a draft holding only those jots (Rev 0): a shift's first jots
// start its debrief.
func (t *Tx) Draft(d journal.Date) (journal.Draft, bool, error) {
	if t.legacy {
		return getLegacy[journal.Draft](t, bucketDrafts, dateKey(d))
	}
	rec, ok, err := getCBOR[draftRecord](t, bucketDrafts, dateKey(d))
	if err != nil {
		return journal.Draft{}, false, err
	}
	var dr journal.Draft
	if ok {
		dr = draftOf(rec)
	}
	jots, err := t.Jots(d)
	if err != nil {
		return journal.Draft{}, false, err
	}
	dr.Jots = jots
	if !ok && len(jots) > 0 && !t.HasEntry(d) {
		dr.Entry.ShiftDate = d
		ok = true
	}
	return dr, ok, nil
}

// draftOf is the draft of a record, its vent back in the entry.
func draftOf(rec draftRecord) journal.Draft {
	var dr journal.Draft
	if rec.Draft != nil {
		dr = *rec.Draft
	}
	ventInto(&dr.Entry, rec.Vent)
	return dr
}

// Drafts returns every stored draft, oldest first, each with its jots.
func (t *Tx) Drafts() ([]journal.Draft, error) {
	if t.legacy {
		return listRecords[journal.Draft](t, bucketDrafts)
	}
	recs, err := listRecords[draftRecord](t, bucketDrafts)
	if err != nil {
		return nil, err
	}
	out := make([]journal.Draft, 0, len(recs))
	for _, rec := range recs {
		dr := draftOf(rec)
		if dr.Jots, err = t.Jots(dr.Entry.ShiftDate); err != nil {
			return nil, err
		}
		out = append(out, dr)
	}
	return out, nil
}

// DraftRev is the revision of the draft of a date, 0 when there is none.
func (t *Tx) DraftRev(d journal.Date) (uint64, error) {
	rec, ok, err := getCBOR[draftRecord](t, bucketDrafts, dateKey(d))
	if !ok || err != nil || rec.Draft == nil {
		return 0, err
	}
	return rec.Draft.Rev, nil
}

// PutDraft saves an unfinished debrief under its entry's shift date,
// whatever was saved before. Drafts are not validated beyond size: they
// hold whatever was typed so far. dr.Jots is not written (jots are records
// of their own, added by AddJot). Rev becomes the stored revision + 1.
func (t *Tx) PutDraft(dr *journal.Draft) error {
	return t.putDraft(dr, nil)
}

// PutDraftIfRev is PutDraft only while the stored draft is still at
// revision rev (0: there is no draft); otherwise ErrConflict.
func (t *Tx) PutDraftIfRev(dr *journal.Draft, rev uint64) error {
	return t.putDraft(dr, &rev)
}

func (t *Tx) putDraft(dr *journal.Draft, want *uint64) error {
	if dr.Entry.ShiftDate == 0 {
		return &journal.FieldError{Field: "shift_date", Rule: journal.RuleRequired}
	}
	key := dateKey(dr.Entry.ShiftDate)
	old, err := t.DraftRev(dr.Entry.ShiftDate)
	if err != nil && want != nil {
		return err
	}
	if want != nil && old != *want {
		return conflict("draft", dr.Entry.ShiftDate.String(), *want, old)
	}
	dr.UpdatedAt = t.clock().Truncate(time.Second)
	dr.Rev = old + 1
	v, err := t.ventRecord(dr.Entry.Vent, dr.Entry.VentSealed)
	if err != nil {
		return err
	}
	// The vent is stored beside the draft (sealed when the journal has a
	// key); the entry's cbor tags keep it out of the draft itself.
	return putCBOR(t, bucketDrafts, key, &draftRecord{Draft: dr, Vent: v})
}

// DeleteDraft removes a draft (absent is fine). The jots of its date stay:
// they belong to the shift.
func (t *Tx) DeleteDraft(d journal.Date) error {
	b, err := t.bucket(bucketDrafts)
	if err != nil {
		return err
	}
	key := dateKey(d)
	if b.Get(key) == nil {
		return nil
	}
	// Whatever the draft held, its vent included, is let go.
	t.removed.add(key)
	return b.Delete(key)
}
