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
	"github.com/debrief-app/debrief/internal/safetext"
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
	if a.Entries, err = decodeSection(top.Entries, entrySection); err != nil {
		return nil, err
	}
	if a.DaysOff, err = decodeSection(top.DaysOff, dayOffSection); err != nil {
		return nil, err
	}
	if a.Ideas, err = decodeSection(top.Ideas, ideaSection); err != nil {
		return nil, err
	}
	if a.WeeklyReviews, err = decodeSection(top.WeeklyReviews, reviewSection); err != nil {
		return nil, err
	}
	return a, nil
}

// section says how one kind of record is named, keyed, checked and saved.
type section[T any] struct {
	name      string // the archive's field name: entries, days_off, ...
	dateField string // the field a bad date most likely sits in
	key       func(*T) string
	check     func(*T) error // normalizes and validates
	exists    func(*store.Tx, *T) (bool, error)
	put       func(*store.Tx, *T) error // saves, keeping the archive's times
	count     func(*Result) *int
}

var entrySection = section[journal.Entry]{
	name: "entries", dateField: "shift_date",
	key:    func(e *journal.Entry) string { return e.ShiftDate.String() },
	check:  func(e *journal.Entry) error { e.Normalize(); return e.Validate() },
	exists: func(tx *store.Tx, e *journal.Entry) (bool, error) { return tx.HasEntry(e.ShiftDate), nil },
	put:    func(tx *store.Tx, e *journal.Entry) error { return tx.PutEntry(e, true) },
	count:  func(r *Result) *int { return &r.Entries },
}

var dayOffSection = section[journal.DayOff]{
	name: "days_off", dateField: "date",
	key:   func(d *journal.DayOff) string { return d.Date.String() },
	check: func(d *journal.DayOff) error { return d.Validate() },
	exists: func(tx *store.Tx, d *journal.DayOff) (bool, error) {
		_, ok, err := tx.DayOff(d.Date)
		return ok, err
	},
	put:   func(tx *store.Tx, d *journal.DayOff) error { return tx.PutDayOff(d) },
	count: func(r *Result) *int { return &r.DaysOff },
}

var ideaSection = section[journal.Idea]{
	name: "ideas", dateField: "shift_date",
	key: func(i *journal.Idea) string {
		if i.ID == 0 {
			return ""
		}
		return fmt.Sprint(i.ID)
	},
	check: func(i *journal.Idea) error {
		if i.ID == 0 {
			return &journal.FieldError{Field: "id", Rule: journal.RuleRequired}
		}
		return i.Validate()
	},
	exists: func(tx *store.Tx, i *journal.Idea) (bool, error) {
		_, ok, err := tx.Idea(i.ID)
		return ok, err
	},
	put:   func(tx *store.Tx, i *journal.Idea) error { return tx.PutIdea(i, true) },
	count: func(r *Result) *int { return &r.Ideas },
}

var reviewSection = section[journal.WeeklyReview]{
	name: "weekly_reviews", dateField: "week",
	key:   func(w *journal.WeeklyReview) string { return w.Week.String() },
	check: func(w *journal.WeeklyReview) error { return w.Validate() },
	exists: func(tx *store.Tx, w *journal.WeeklyReview) (bool, error) {
		_, ok, err := tx.Review(w.Week)
		return ok, err
	},
	put:   func(tx *store.Tx, w *journal.WeeklyReview) error { return tx.PutReview(w, true) },
	count: func(r *Result) *int { return &r.Reviews },
}

// decodeSection decodes and checks every record of one section; two
// records with the same key are an error, never a silent overwrite.
func decodeSection[T any](raws []json.RawMessage, s section[T]) ([]T, error) {
	out := make([]T, len(raws))
	seen := make(map[string]bool, len(raws))
	for i, m := range raws {
		rec := &out[i]
		if err := strict(m, rec); err != nil {
			return nil, &RecordError{Section: s.name, Index: i, Err: explain(m, err, s.dateField)}
		}
		key := s.key(rec)
		if err := s.check(rec); err != nil {
			return nil, &RecordError{Section: s.name, Index: i, Key: key, Err: err}
		}
		if seen[key] {
			return nil, &RecordError{Section: s.name, Index: i, Key: key, Err: errors.New("a second record with the same key")}
		}
		seen[key] = true
	}
	return out, nil
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

// Encode writes the archive as indented JSON, DEL and C1 controls escaped
// (safetext.JSON) so a backup printed to a terminal can't act on it.
func Encode(w io.Writer, a *Archive) error {
	enc := json.NewEncoder(safetext.JSON(w))
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
	p := &applied{total: len(a.Entries) + len(a.DaysOff) + len(a.Ideas) + len(a.WeeklyReviews), progress: progress}
	if err := applySection(tx, a.Entries, entrySection, overwrite, dryRun, &r, p); err != nil {
		return r, err
	}
	if err := applySection(tx, a.DaysOff, dayOffSection, overwrite, dryRun, &r, p); err != nil {
		return r, err
	}
	if err := applySection(tx, a.Ideas, ideaSection, overwrite, dryRun, &r, p); err != nil {
		return r, err
	}
	return r, applySection(tx, a.WeeklyReviews, reviewSection, overwrite, dryRun, &r, p)
}

// applied tracks progress across sections.
type applied struct {
	done, total int
	progress    func(done, total int)
}

func (p *applied) tick() {
	p.done++
	if p.progress != nil && (p.done%250 == 0 || p.done == p.total) {
		p.progress(p.done, p.total)
	}
}

func applySection[T any](tx *store.Tx, recs []T, s section[T], overwrite, dryRun bool, r *Result, p *applied) error {
	for i := range recs {
		rec := recs[i]
		exists, err := s.exists(tx, &rec)
		if err != nil {
			return err
		}
		switch {
		case exists && !overwrite:
			r.Skipped++
		case dryRun:
			*s.count(r)++
		default:
			if err := s.put(tx, &rec); err != nil {
				return &RecordError{Section: s.name, Index: i, Key: s.key(&rec), Err: err}
			}
			*s.count(r)++
		}
		p.tick()
	}
	return nil
}
