package day

import (
	"cmp"
	"slices"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// Day is one date of the journal: its entry, or its day off, or neither
// (both are possible when a day off was marked on a logged day).
type Day struct {
	Date  journal.Date
	Entry *journal.Entry
	Off   *journal.DayOff
	// Jots are the shift's jots no case was made from (they stay with it).
	Jots []journal.Jot
}

// Day reads one date: `debrief show DATE`, `debrief edit DATE`.
func (j *Journal) Day(date journal.Date) (Day, error) {
	var d Day
	err := j.read(func(tx *store.Tx) (err error) {
		d, err = readDay(tx, date)
		return err
	})
	return d, err
}

func readDay(tx *store.Tx, date journal.Date) (Day, error) {
	d := Day{Date: date}
	if e, ok, err := tx.Entry(date); err != nil {
		return d, err
	} else if ok {
		d.Entry = &e
	}
	if off, ok, err := tx.DayOff(date); err != nil {
		return d, err
	} else if ok {
		d.Off = &off
	}
	var err error
	d.Jots, err = tx.Jots(date)
	return d, err
}

// Latest is the newest entry on or before today: `debrief show` and
// `debrief edit` without a date.
func (j *Journal) Latest(today journal.Date) (e journal.Entry, ok bool, err error) {
	err = j.read(func(tx *store.Tx) error {
		e, ok, err = tx.LatestEntry(today)
		return err
	})
	return e, ok, err
}

// Days is every entry and day off, newest first, a day off after the entry
// of the same date: History's list.
func (j *Journal) Days() ([]Day, error) {
	var days []Day
	err := j.read(func(tx *store.Tx) error {
		for e, err := range tx.EntriesNewestFirst(0, 0) {
			if err != nil {
				return err
			}
			days = append(days, Day{Date: e.ShiftDate, Entry: &e})
		}
		offs, err := tx.DaysOff()
		if err != nil {
			return err
		}
		for _, o := range offs {
			days = append(days, Day{Date: o.Date, Off: &o})
		}
		return nil
	})
	// Entries come sorted and days off are few; a stable sort keeps an
	// entry before the day off of its date.
	slices.SortStableFunc(days, func(a, b Day) int { return cmp.Compare(b.Date, a.Date) })
	return days, err
}

// List is `debrief list`: the entries from from to to (zero: open),
// newest first, that q finds. Their vents are read only when vents is set
// (`list --json`): a listing and a search never read the vents bucket.
func (j *Journal) List(from, to journal.Date, q Query, vents bool) ([]journal.Entry, error) {
	var out []journal.Entry
	err := j.read(func(tx *store.Tx) error {
		if !vents {
			tx = tx.WithoutVents()
		}
		// Decoded on every CPU, then turned newest first and filtered in
		// place (a walk newest first decoded one entry at a time and grew
		// the list as it went: most of `list --json`).
		all, err := tx.EntryList(from, to)
		if err == nil {
			slices.Reverse(all)
			out = all[:0]
			for i := range all {
				if q.Entry(&all[i]) {
					out = append(out, all[i])
				}
			}
			return nil
		}
		// A record can't be read: the walk newest first names the one a
		// listing meets first, as it always has.
		out, err = walkNewestFirst(tx, from, to, q)
		return err
	})
	return out, err
}

// walkNewestFirst is List one entry at a time, newest first: the answer
// List gives when a record can't be read (and the one its test compares
// it with).
func walkNewestFirst(tx *store.Tx, from, to journal.Date, q Query) ([]journal.Entry, error) {
	var out []journal.Entry
	for e, err := range tx.EntriesNewestFirst(from, to) {
		if err != nil {
			return out, err
		}
		if q.Entry(&e) {
			out = append(out, e)
		}
	}
	return out, nil
}

// Listing is `debrief list` as text: one line per entry, newest first,
// that q finds. Without a text to search the lines come from the store's
// summaries (numbers and the first "helped" line: no entry is decoded);
// a search reads the entries, as only they hold the text.
func (j *Journal) Listing(from, to journal.Date, q Query) ([]journal.Summary, error) {
	var out []journal.Summary
	if q.text != "" || q.category != "" || q.tag != "" {
		entries, err := j.List(from, to, q, false)
		for i := range entries {
			out = append(out, journal.Summary{Metrics: journal.MetricsOf(&entries[i]), Headline: journal.HeadlineOf(&entries[i])})
		}
		return out, err
	}
	err := j.read(func(tx *store.Tx) error {
		if from == 0 {
			// Room for every line at once: growing the list copied it a
			// dozen times, a quarter of list's own time at ten years.
			out = make([]journal.Summary, 0, tx.EntryCount())
		}
		for s, err := range tx.SummariesNewestFirst(from, to) {
			if err != nil {
				return err
			}
			out = append(out, s)
		}
		return nil
	})
	return out, err
}

// DeleteEntry removes a date's entry (History's delete); ErrNotFound when
// there is none.
func (j *Journal) DeleteEntry(date journal.Date) error {
	return j.write(func(tx *store.Tx) error { return tx.DeleteEntry(date) })
}
