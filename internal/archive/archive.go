// Package archive is the JSON archive of a whole journal: the format of
// `debrief backup` and `debrief import`. Decoding is strict: every record is
// checked before anything is imported, and a bad record is named by its
// section, index, field and rule.
package archive

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// Format and Version identify the archive.
const (
	Format  = "debrief-archive"
	Version = 1
)

// Archive is a whole journal, private fields included.
type Archive struct {
	Format        string                 `json:"format"`
	Version       int                    `json:"version"`
	ExportedAt    time.Time              `json:"exported_at"`
	Entries       []journal.Entry        `json:"entries"`
	DaysOff       []journal.DayOff       `json:"days_off"`
	Ideas         []journal.Idea         `json:"ideas"`
	WeeklyReviews []journal.WeeklyReview `json:"weekly_reviews"`
}

// RecordError names the record of the archive that is wrong.
type RecordError struct {
	Section string // entries, days_off, ideas, weekly_reviews
	Index   int    // 0-based position in its section
	Key     string // the record's date / id / week when known
	Err     error  // a *journal.FieldError or a decoding error
}

func (e *RecordError) Error() string {
	if e.Key != "" {
		return fmt.Sprintf("%s[%d] (%s): %v", e.Section, e.Index, e.Key, e.Err)
	}
	return fmt.Sprintf("%s[%d]: %v", e.Section, e.Index, e.Err)
}

func (e *RecordError) Unwrap() error { return e.Err }

// Errors about the file as a whole.
var (
	ErrNotArchive = errors.New("not a debrief archive")
	ErrVersion    = errors.New("archive version not supported")
)

type raw struct {
	Format        *string           `json:"format"`
	Version       *int              `json:"version"`
	ExportedAt    time.Time         `json:"exported_at"`
	Entries       []json.RawMessage `json:"entries"`
	DaysOff       []json.RawMessage `json:"days_off"`
	Ideas         []json.RawMessage `json:"ideas"`
	WeeklyReviews []json.RawMessage `json:"weekly_reviews"`
}

// Decode reads and fully validates an archive. On any error nothing of it
// should be used.
func Decode(r io.Reader) (*Archive, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var top raw
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotArchive, err)
	}
	if top.Format == nil || *top.Format != Format {
		return nil, fmt.Errorf("%w: \"format\" must be %q", ErrNotArchive, Format)
	}
	if top.Version == nil || *top.Version != Version {
		v := 0
		if top.Version != nil {
			v = *top.Version
		}
		return nil, fmt.Errorf("%w: version %d (this debrief reads version %d)", ErrVersion, v, Version)
	}
	a := &Archive{Format: Format, Version: Version, ExportedAt: top.ExportedAt}
	a.Entries = make([]journal.Entry, len(top.Entries))
	seen := make(map[journal.Date]bool, len(top.Entries))
	for i, m := range top.Entries {
		e := &a.Entries[i]
		if err := strict(m, e); err != nil {
			return nil, &RecordError{Section: "entries", Index: i, Err: explain(m, err, "shift_date")}
		}
		e.Normalize()
		if err := e.Validate(); err != nil {
			return nil, &RecordError{Section: "entries", Index: i, Key: e.ShiftDate.String(), Err: err}
		}
		if seen[e.ShiftDate] {
			return nil, &RecordError{Section: "entries", Index: i, Key: e.ShiftDate.String(), Err: errors.New("a second entry for the same shift date")}
		}
		seen[e.ShiftDate] = true
	}
	a.DaysOff = make([]journal.DayOff, len(top.DaysOff))
	seenOff := map[journal.Date]bool{}
	for i, m := range top.DaysOff {
		d := &a.DaysOff[i]
		if err := strict(m, d); err != nil {
			return nil, &RecordError{Section: "days_off", Index: i, Err: explain(m, err, "date")}
		}
		if err := d.Validate(); err != nil {
			return nil, &RecordError{Section: "days_off", Index: i, Key: d.Date.String(), Err: err}
		}
		if seenOff[d.Date] {
			return nil, &RecordError{Section: "days_off", Index: i, Key: d.Date.String(), Err: errors.New("a second day off for the same date")}
		}
		seenOff[d.Date] = true
	}
	a.Ideas = make([]journal.Idea, len(top.Ideas))
	seenIdea := map[uint64]bool{}
	for i, m := range top.Ideas {
		idea := &a.Ideas[i]
		if err := strict(m, idea); err != nil {
			return nil, &RecordError{Section: "ideas", Index: i, Err: explain(m, err, "shift_date")}
		}
		if idea.ID == 0 {
			return nil, &RecordError{Section: "ideas", Index: i, Err: &journal.FieldError{Field: "id", Rule: journal.RuleRequired}}
		}
		key := fmt.Sprint(idea.ID)
		if err := idea.Validate(); err != nil {
			return nil, &RecordError{Section: "ideas", Index: i, Key: key, Err: err}
		}
		if seenIdea[idea.ID] {
			return nil, &RecordError{Section: "ideas", Index: i, Key: key, Err: errors.New("a second idea with the same id")}
		}
		seenIdea[idea.ID] = true
	}
	a.WeeklyReviews = make([]journal.WeeklyReview, len(top.WeeklyReviews))
	seenWeek := map[journal.Week]bool{}
	for i, m := range top.WeeklyReviews {
		w := &a.WeeklyReviews[i]
		if err := strict(m, w); err != nil {
			return nil, &RecordError{Section: "weekly_reviews", Index: i, Err: explain(m, err, "week")}
		}
		if err := w.Validate(); err != nil {
			return nil, &RecordError{Section: "weekly_reviews", Index: i, Key: w.Week.String(), Err: err}
		}
		if seenWeek[w.Week] {
			return nil, &RecordError{Section: "weekly_reviews", Index: i, Key: w.Week.String(), Err: errors.New("a second review for the same week")}
		}
		seenWeek[w.Week] = true
	}
	return a, nil
}

func strict(m json.RawMessage, v any) error {
	dec := json.NewDecoder(bytes.NewReader(m))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("extra data after the record")
	}
	return nil
}

// explain turns a JSON decoding error into a field error where it can: the
// standard decoder does not say which field a date came from.
func explain(m json.RawMessage, err error, dateFields ...string) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return &journal.FieldError{Field: te.Field, Value: te.Value, Rule: "type", Arg: te.Type.String()}
	}
	var generic map[string]any
	if json.Unmarshal(m, &generic) == nil {
		for _, f := range append(dateFields, "date", "week") {
			s, ok := generic[f].(string)
			if !ok {
				continue
			}
			if f == "week" {
				if _, perr := journal.ParseWeek(s); perr != nil {
					return &journal.FieldError{Field: f, Value: journal.Short(s), Rule: journal.RuleWeek}
				}
			} else if _, perr := journal.ParseDate(s); perr != nil {
				return &journal.FieldError{Field: f, Value: journal.Short(s), Rule: journal.RuleDate}
			}
		}
	}
	return err
}

// Encode writes the archive as indented JSON.
func Encode(w io.Writer, a *Archive) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(a)
}

// Collect reads the whole journal into an archive.
func Collect(tx *store.Tx, now time.Time) (*Archive, error) {
	a := &Archive{Format: Format, Version: Version, ExportedAt: now.Truncate(time.Second)}
	var err error
	if a.Entries, err = tx.AllEntries(); err != nil {
		return nil, err
	}
	if a.DaysOff, err = tx.DaysOff(); err != nil {
		return nil, err
	}
	if a.Ideas, err = tx.Ideas(); err != nil {
		return nil, err
	}
	if a.WeeklyReviews, err = tx.Reviews(); err != nil {
		return nil, err
	}
	for _, s := range []*[]journal.Entry{&a.Entries} {
		if *s == nil {
			*s = []journal.Entry{}
		}
	}
	if a.DaysOff == nil {
		a.DaysOff = []journal.DayOff{}
	}
	if a.Ideas == nil {
		a.Ideas = []journal.Idea{}
	}
	if a.WeeklyReviews == nil {
		a.WeeklyReviews = []journal.WeeklyReview{}
	}
	return a, nil
}

// Result counts what an import did (or, on a dry run, would do).
type Result struct {
	Entries, DaysOff, Ideas, Reviews int // imported (or replaced)
	Skipped                          int // already in the journal, kept as they were
}

// Apply imports a decoded archive inside one transaction. Records whose key
// exists are skipped unless overwrite. progress, when set, is told how many
// records of the total are done.
//
// With dryRun nothing is written: the counts say what would happen.
func Apply(tx *store.Tx, a *Archive, overwrite, dryRun bool, progress func(done, total int)) (Result, error) {
	var r Result
	total := len(a.Entries) + len(a.DaysOff) + len(a.Ideas) + len(a.WeeklyReviews)
	done := 0
	tick := func() {
		done++
		if progress != nil && (done%250 == 0 || done == total) {
			progress(done, total)
		}
	}
	for i := range a.Entries {
		e := a.Entries[i]
		if !overwrite && tx.HasEntry(e.ShiftDate) {
			r.Skipped++
		} else {
			if err := put(dryRun, func() error { return tx.PutEntry(&e, true) }); err != nil {
				return r, &RecordError{Section: "entries", Index: i, Key: e.ShiftDate.String(), Err: err}
			}
			r.Entries++
		}
		tick()
	}
	for i := range a.DaysOff {
		d := a.DaysOff[i]
		_, exists, err := tx.DayOff(d.Date)
		if err != nil {
			return r, err
		}
		if exists && !overwrite {
			r.Skipped++
		} else {
			if err := put(dryRun, func() error { return tx.PutDayOff(&d) }); err != nil {
				return r, &RecordError{Section: "days_off", Index: i, Key: d.Date.String(), Err: err}
			}
			r.DaysOff++
		}
		tick()
	}
	for i := range a.Ideas {
		idea := a.Ideas[i]
		_, exists, err := tx.Idea(idea.ID)
		if err != nil {
			return r, err
		}
		if exists && !overwrite {
			r.Skipped++
		} else {
			if err := put(dryRun, func() error { return tx.PutIdea(&idea, true) }); err != nil {
				return r, &RecordError{Section: "ideas", Index: i, Key: fmt.Sprint(idea.ID), Err: err}
			}
			r.Ideas++
		}
		tick()
	}
	for i := range a.WeeklyReviews {
		w := a.WeeklyReviews[i]
		_, exists, err := tx.Review(w.Week)
		if err != nil {
			return r, err
		}
		if exists && !overwrite {
			r.Skipped++
		} else {
			if err := put(dryRun, func() error { return tx.PutReview(&w, true) }); err != nil {
				return r, &RecordError{Section: "weekly_reviews", Index: i, Key: w.Week.String(), Err: err}
			}
			r.Reviews++
		}
		tick()
	}
	return r, nil
}

func put(dryRun bool, write func() error) error {
	if dryRun {
		return nil
	}
	return write()
}
