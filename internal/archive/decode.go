package archive

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/seal"
)

// Sink receives an archive's records as they are decoded, each one whole
// and checked, in the order of the file. An error from a Sink stops the
// decoding and is returned.
type Sink interface {
	Entry(index int, e *journal.Entry, jots []journal.Jot) error
	DayOff(index int, d *journal.DayOff) error
	Idea(index int, i *journal.Idea) error
	Review(index int, w *journal.WeeklyReview) error
}

// Header is what an archive says about itself.
type Header struct {
	Version    int
	ExportedAt time.Time
	// Sealing is the key of a sealed journal's archive (nil when its vents
	// are not sealed); it comes before the entries.
	Sealing *Sealing
}

// Decoder reads an archive as a stream, record by record, and gives each
// record to a Sink once it is whole and valid. Memory stays bounded
// whatever the archive's size: one read buffer, one record, and the keys
// seen so far (to refuse a second record with the same key).
//
// It stops at the first problem: the file is not an archive
// (ErrNotArchive), its version is not one this debrief reads (ErrVersion),
// it is larger than the limit (ErrTooLarge), or a record is wrong
// (*RecordError naming section, index, key and field). Records given to
// the sink before the problem must then be thrown away: Import does so by
// rolling back its one transaction.
type Decoder struct {
	d      *decoder
	header bool
	done   bool
	err    error
}

// NewDecoder reads the archive in r; limit (> 0) is the most bytes read
// before ErrTooLarge.
func NewDecoder(r io.Reader, limit int64) *Decoder {
	return &Decoder{d: &decoder{s: newScanner(r, limit), limit: limit, pending: -1, ideas: map[uint64]struct{}{}}}
}

// Header reads the archive up to its first record: whether it is an
// archive, and its version. ExportedAt is known once the whole file is
// read if the file puts it after the records.
func (dec *Decoder) Header() (Header, error) {
	if !dec.header {
		dec.header = true
		dec.err = dec.d.fail(dec.d.begin())
	}
	return dec.d.header, dec.err
}

// Decode reads the records, giving each to sink, then the end of the file.
func (dec *Decoder) Decode(sink Sink) error {
	if _, err := dec.Header(); err != nil {
		return err
	}
	if dec.done {
		return errDecoded
	}
	dec.done = true
	dec.d.sink = sink
	dec.err = dec.d.fail(dec.d.rest())
	return dec.err
}

// errDecoded keeps a Decoder from being used twice.
var errDecoded = errors.New("archive: already decoded")

// Offset is how many bytes of the input have been read.
func (dec *Decoder) Offset() int64 { return dec.d.s.offset() }

// Read decodes the whole archive in r into sink.
func Read(r io.Reader, limit int64, sink Sink) (Header, error) {
	dec := NewDecoder(r, limit)
	if err := dec.Decode(sink); err != nil {
		return Header{}, err
	}
	return dec.d.header, nil
}

// fail turns the scanner's own failures into FileErrors.
func (d *decoder) fail(err error) error {
	switch {
	case err == nil:
		return nil
	case err == errTooLarge || d.s.rerr == errTooLarge:
		return &FileError{Kind: ErrTooLarge, Reason: ReasonTooLarge, Value: strconv.FormatInt(d.limit, 10)}
	case d.s.rerr != nil && errors.Is(err, d.s.rerr):
		return &FileError{Reason: ReasonUnreadable, Err: d.s.rerr}
	}
	return err
}

type decoder struct {
	s      *scanner
	limit  int64
	sink   Sink
	header Header
	// Where the reading of the top-level object stands.
	formatSeen bool
	seen       uint64 // top-level members read
	unknown    string // the first top-level name that is not the archive's
	pending    int    // a section whose name has been read, its records not; -1 if none
	closed     bool   // the top-level object has ended
	badVersion error  // a version this debrief does not read
	// Keys seen so far, to refuse a second record with the same key.
	entries, daysOff dateSet
	weeks            weekSet
	ideas            map[uint64]struct{}
}

// The top-level members of an archive, in the order backup writes them.
var topFields = []string{"format", "version", "exported_at", "sealing", "entries", "days_off", "ideas", "weekly_reviews"}

// begin reads the top-level object up to the name of its first section,
// checking on the way that the file says it is an archive of a version
// this debrief reads.
func (d *decoder) begin() error {
	s := d.s
	// A byte order mark is not JSON, but an editor may add one; it hides
	// nothing, so it is passed over.
	if s.ensure(3) && bytes.HasPrefix(s.buf[s.pos:s.end], []byte("\xEF\xBB\xBF")) {
		s.pos += 3
	}
	c, ok := s.peek()
	if !ok {
		if s.rerr != nil {
			return s.rerr
		}
		return &FileError{Kind: ErrNotArchive, Reason: ReasonEmpty}
	}
	if c != '{' {
		k, err := s.kind()
		if err == nil {
			err = s.skip() // "not json" starts like null
		}
		if err != nil {
			return &FileError{Kind: ErrNotArchive, Reason: ReasonNotJSON, Err: err}
		}
		return &FileError{Kind: ErrNotArchive, Reason: ReasonNotObject, Value: k}
	}
	empty, err := s.begin('{', '}')
	if err != nil {
		return d.notJSON(err)
	}
	d.closed = empty
	if err := d.members(); err != nil {
		return err
	}
	return d.start()
}

// rest reads the records of the pending section and every member after
// it, then checks that nothing follows the archive.
func (d *decoder) rest() error {
	for d.pending >= 0 {
		if err := d.section(topFields[d.pending]); err != nil {
			return d.notJSON(err)
		}
		d.pending = -1
		if err := d.next(); err != nil {
			return err
		}
		if err := d.members(); err != nil {
			return err
		}
	}
	if _, more := d.s.peek(); more {
		return &FileError{Reason: ReasonTrailing, Value: strconv.Itoa(d.s.line)}
	}
	return d.s.rerr
}

// next reads the comma or the closing brace after a top-level member.
func (d *decoder) next() error {
	more, err := d.s.more('}')
	if err != nil {
		return d.notJSON(err)
	}
	d.closed = !more
	return nil
}

// notJSON words a syntax error outside any record: until "format" has
// been read the file may be any JSON at all, so a problem then says it is
// not an archive.
func (d *decoder) notJSON(err error) error {
	if _, ok := err.(*SyntaxError); ok {
		if !d.formatSeen {
			return &FileError{Kind: ErrNotArchive, Reason: ReasonNotJSON, Err: err}
		}
		return &FileError{Reason: ReasonSyntax, Err: err}
	}
	return err
}

// members reads top-level members until the name of a section (left
// pending, its records unread) or the end of the object.
func (d *decoder) members() error {
	s := d.s
	top := &record{s: s}
	for !d.closed {
		k, _, err := s.key()
		if err != nil {
			return d.notJSON(err)
		}
		i := indexOf(topFields, k)
		switch {
		case i < 0:
			if d.unknown == "" {
				d.unknown = journal.Short(string(k))
			}
			if d.formatSeen {
				return d.unknownTop(d.unknown)
			}
			if err := s.skip(); err != nil {
				return d.notJSON(err)
			}
		case d.seen&(1<<i) != 0:
			if !d.formatSeen {
				return &FileError{Kind: ErrNotArchive, Reason: ReasonNoFormat}
			}
			return &FileError{Reason: ReasonField, Err: &journal.FieldError{Field: topFields[i], Rule: RuleTwice}}
		case i == 0: // format
			f, err := d.format()
			if err != nil {
				return d.notJSON(err)
			}
			if f != Format {
				return &FileError{Kind: ErrNotArchive, Reason: ReasonFormat, Value: journal.Short(f)}
			}
			d.formatSeen = true
			if d.unknown != "" {
				return d.unknownTop(d.unknown)
			}
		case i == 1: // version; a bad one counts once the format is known
			if err := d.version(); err != nil {
				var fe *FileError
				if !errors.As(err, &fe) {
					return d.notJSON(err)
				}
				d.badVersion = fe
			}
		case i == 2: // exported_at
			t, err := top.instant(field{name: "exported_at"})
			if err != nil {
				return d.notJSON(err)
			}
			if top.err != nil {
				if !d.formatSeen {
					return &FileError{Kind: ErrNotArchive, Reason: ReasonNoFormat}
				}
				return &FileError{Reason: ReasonField, Err: top.err}
			}
			d.header.ExportedAt = t
		case i == 3: // sealing
			if err := d.sealing(); err != nil {
				return err
			}
		default: // a section of records: the header must be complete
			d.seen |= 1 << i
			d.pending = i
			return d.start()
		}
		if i >= 0 {
			d.seen |= 1 << i
		}
		if err := d.next(); err != nil {
			return err
		}
	}
	return nil
}

// start checks that the file has said it is an archive of a version this
// debrief reads: before the first record, and at the end of a file
// without records.
func (d *decoder) start() error {
	switch {
	case !d.formatSeen && strings.EqualFold(d.unknown, "format"):
		return &FileError{Kind: ErrNotArchive, Reason: ReasonFormatCase, Value: d.unknown}
	case !d.formatSeen:
		return &FileError{Kind: ErrNotArchive, Reason: ReasonNoFormat}
	case d.unknown != "":
		return d.unknownTop(d.unknown)
	case d.badVersion != nil:
		return d.badVersion
	case d.header.Version == 0:
		return &FileError{Kind: ErrVersion, Reason: ReasonNoVersion}
	}
	return nil
}

func (d *decoder) unknownTop(name string) error {
	fe := unknownField(field{}, []byte(name), topFields)
	return &FileError{Reason: ReasonField, Err: fe}
}

func (d *decoder) format() (string, error) {
	k, err := d.s.kind()
	if err != nil {
		return "", err
	}
	if k != kindString {
		if err := d.s.skip(); err != nil {
			return "", err
		}
		return "a " + k, nil
	}
	b, _, err := d.s.readString(64)
	return string(b), err
}

// sealingFields are the members of "sealing".
var sealingFields = []string{"recipient", "identity"}

// sealing reads the key of a sealed journal: a public key and the key
// wrapped with the passphrase, armored, both as debrief makes them.
func (d *decoder) sealing() error {
	r := &record{s: d.s}
	at := field{name: "sealing"}
	ok, err := r.want(at, kindObject)
	if err != nil {
		return d.notJSON(err)
	}
	var rec, armored string
	if ok {
		err = r.members(at, sealingFields, func(i int) error {
			var err error
			if i == 0 {
				rec, err = r.text(field{name: "sealing.recipient"}, 4096)
			} else {
				armored, err = r.text(field{name: "sealing.identity"}, 16<<10)
			}
			return err
		})
		if err != nil {
			return d.notJSON(err)
		}
	}
	if r.err == nil && ok {
		var wrapped []byte
		if _, err := seal.ParseRecipient(rec); err != nil {
			r.fail(&journal.FieldError{Field: "sealing.recipient", Rule: RuleKey})
		} else if wrapped, err = seal.Dearmor(armored); err != nil {
			r.fail(&journal.FieldError{Field: "sealing.identity", Rule: RuleKey})
		} else {
			d.header.Sealing = &Sealing{Recipient: rec, Wrapped: wrapped}
		}
	}
	if r.err != nil {
		if !d.formatSeen {
			return &FileError{Kind: ErrNotArchive, Reason: ReasonNoFormat}
		}
		return &FileError{Reason: ReasonField, Err: r.err}
	}
	return nil
}

// Versions this debrief reads: 1, and 2 (entries with their jots).
func (d *decoder) version() error {
	r := &record{s: d.s}
	v, ok, err := r.whole(field{name: "version"}, versionsSupported)
	if err != nil {
		return err
	}
	if r.err != nil || !ok {
		found := "null"
		if r.err != nil {
			found = r.err.Value
		}
		return &FileError{Kind: ErrVersion, Reason: ReasonVersion, Value: found}
	}
	if v != 1 && v != 2 {
		return &FileError{Kind: ErrVersion, Reason: ReasonVersion, Value: strconv.FormatInt(v, 10)}
	}
	d.header.Version = int(v)
	return nil
}

// section reads one array of records.
func (d *decoder) section(name string) error {
	s := d.s
	k, err := s.kind()
	if err != nil {
		return err
	}
	if k == kindNull {
		_, err := s.readLiteral()
		return err
	}
	if k != kindArray {
		return &FileError{Reason: ReasonField, Err: &journal.FieldError{Field: name, Rule: RuleType, Value: k, Arg: kindArray}}
	}
	empty, err := s.begin('[', ']')
	if err != nil || empty {
		return err
	}
	for i := 0; ; i++ {
		if err := d.record(name, i); err != nil {
			return err
		}
		more, err := s.more(']')
		if err != nil || !more {
			if se, ok := err.(*SyntaxError); ok {
				return &RecordError{Section: name, Index: i, Err: se}
			}
			return err
		}
	}
}

// record reads, checks and hands over one record.
func (d *decoder) record(section string, i int) error {
	r := &record{s: d.s}
	k, err := d.s.kind()
	if err == nil && k != kindObject {
		r.fail(&journal.FieldError{Rule: RuleNotRecord, Value: k})
		err = d.s.skip()
	}
	var rec decoded
	if err == nil && k == kindObject {
		switch section {
		case "entries":
			rec, err = d.entry(r)
		case "days_off":
			rec, err = d.dayOff(r)
		case "ideas":
			rec, err = d.idea(r)
		default:
			rec, err = d.review(r)
		}
	}
	named := func(err error) error { return &RecordError{Section: section, Index: i, Key: rec.key, Err: err} }
	if _, ok := err.(*SyntaxError); ok {
		return named(err)
	}
	switch {
	case err != nil:
		return err
	case r.err != nil:
		return named(r.err)
	}
	if err := rec.check(); err != nil {
		return named(err)
	}
	if !rec.fresh() {
		return named(&journal.FieldError{Field: rec.keyField, Value: rec.key, Rule: RuleSameKey})
	}
	return rec.give(i)
}

// decoded is one record read whole, before it is checked.
type decoded struct {
	key, keyField string          // its key for messages, and the field that holds it
	check         func() error    // normalizes and validates
	fresh         func() bool     // notes the key; false when an earlier record had it
	give          func(int) error // hands the record, at its index, to the sink
}

// MaxJots is the most jots one shift may carry in an archive.
const MaxJots = 1000

var (
	contactsRange = "0–" + strconv.Itoa(journal.MaxContacts)
	scaleRange    = "1–5"
)

// entryIn is an entry as it is read: the entry and the jots that came with it.
type entryIn struct {
	journal.Entry
	jots []journal.Jot
}

// The members of each kind of record and nested object, in the order backup
// writes them; one line a member says how its value is read and where it goes.
var (
	entryMembers = table(
		member[entryIn]{"shift_date", into((*record).date, func(x *entryIn) *journal.Date { return &x.ShiftDate })},
		member[entryIn]{"shift", into(choiceOf(journal.ShiftKinds), func(x *entryIn) *string { return &x.Shift })},
		member[entryIn]{"started_at", into(textValue, func(x *entryIn) *string { return &x.StartedAt })},
		member[entryIn]{"ended_at", into(textValue, func(x *entryIn) *string { return &x.EndedAt })},
		member[entryIn]{"contacts", into(optional(integerIn(contactsRange)), func(x *entryIn) **int { return &x.Contacts })},
		member[entryIn]{"csat", into(optional(numberIn("0–100")), func(x *entryIn) **float64 { return &x.CSAT })},
		member[entryIn]{"mood", into(scaleValue, func(x *entryIn) *int { return &x.Mood })},
		member[entryIn]{"energy", into(scaleValue, func(x *entryIn) *int { return &x.Energy })},
		member[entryIn]{"stress", into(scaleValue, func(x *entryIn) *int { return &x.Stress })},
		member[entryIn]{"helped", into(textsOf("helped", journal.MaxHelped), func(x *entryIn) *[]string { return &x.Helped })},
		member[entryIn]{"cases", listInto("cases", journal.MaxCases, caseMembers, func(x *entryIn) *[]journal.Case { return &x.Cases })},
		member[entryIn]{"vent", into(textValue, func(x *entryIn) *string { return &x.Vent })},
		member[entryIn]{"tomorrow", into(textValue, func(x *entryIn) *string { return &x.Tomorrow })},
		member[entryIn]{"focus_done", into(choiceOf(journal.FocusAnswers), func(x *entryIn) *string { return &x.FocusDone })},
		member[entryIn]{"tags", into(textsOf("tags", journal.MaxTags), func(x *entryIn) *[]string { return &x.Tags })},
		member[entryIn]{"created_at", into((*record).instant, func(x *entryIn) *time.Time { return &x.CreatedAt })},
		member[entryIn]{"updated_at", into((*record).instant, func(x *entryIn) *time.Time { return &x.UpdatedAt })},
		member[entryIn]{"jots", version2(listInto("jots", MaxJots, jotMembers, func(x *entryIn) *[]journal.Jot { return &x.jots }))},
		member[entryIn]{"sealed_vent", func(d *decoder, r *record, f field, x *entryIn) (err error) {
			x.VentSealed, err = d.sealedVent(r, f)
			return err
		}},
	)
	caseMembers = table(
		member[journal.Case]{"title", into(textValue, func(c *journal.Case) *string { return &c.Title })},
		member[journal.Case]{"category", into(textValue, func(c *journal.Case) *string { return &c.Category })},
		member[journal.Case]{"channel", into(choiceOf(journal.Channels), func(c *journal.Case) *string { return &c.Channel })},
		member[journal.Case]{"need", into(textValue, func(c *journal.Case) *string { return &c.Need })},
		member[journal.Case]{"action", into(textValue, func(c *journal.Case) *string { return &c.Action })},
		member[journal.Case]{"outcome", into(choiceOf(journal.Outcomes), func(c *journal.Case) *string { return &c.Outcome })},
		member[journal.Case]{"better", into(textValue, func(c *journal.Case) *string { return &c.Better })},
		member[journal.Case]{"praise", into((*record).boolean, func(c *journal.Case) *bool { return &c.Praise })},
		member[journal.Case]{"pinned", into((*record).boolean, func(c *journal.Case) *bool { return &c.Pinned })},
	)
	jotMembers = table(
		member[journal.Jot]{"at", into((*record).instant, func(j *journal.Jot) *time.Time { return &j.At })},
		member[journal.Jot]{"text", into(textValue, func(j *journal.Jot) *string { return &j.Text })},
	)
	dayOffMembers = table(
		member[journal.DayOff]{"date", into((*record).date, func(o *journal.DayOff) *journal.Date { return &o.Date })},
		member[journal.DayOff]{"reason", into(choiceOf(journal.OffReasons), func(o *journal.DayOff) *string { return &o.Reason })},
		member[journal.DayOff]{"note", into(textValue, func(o *journal.DayOff) *string { return &o.Note })},
	)
	ideaMembers = table(
		member[journal.Idea]{"id", into((*record).id, func(x *journal.Idea) *uint64 { return &x.ID })},
		member[journal.Idea]{"shift_date", into((*record).date, func(x *journal.Idea) *journal.Date { return &x.ShiftDate })},
		member[journal.Idea]{"kind", into(choiceOf(journal.IdeaKinds), func(x *journal.Idea) *string { return &x.Kind })},
		member[journal.Idea]{"text", into(textValue, func(x *journal.Idea) *string { return &x.Text })},
		member[journal.Idea]{"status", into(choiceOf(journal.IdeaStatuses), func(x *journal.Idea) *string { return &x.Status })},
		member[journal.Idea]{"impact", into(textValue, func(x *journal.Idea) *string { return &x.Impact })},
		member[journal.Idea]{"updated_at", into((*record).instant, func(x *journal.Idea) *time.Time { return &x.UpdatedAt })},
		member[journal.Idea]{"shared_with", into(textValue, func(x *journal.Idea) *string { return &x.SharedWith })},
		member[journal.Idea]{"declined_why", into(textValue, func(x *journal.Idea) *string { return &x.DeclinedWhy })},
		member[journal.Idea]{"history", version2(listInto("history", journal.MaxIdeaHistory, moveMembers,
			func(x *journal.Idea) *[]journal.IdeaChange { return &x.History }))},
	)
	moveMembers = table(
		member[journal.IdeaChange]{"at", into((*record).instant, func(c *journal.IdeaChange) *time.Time { return &c.At })},
		member[journal.IdeaChange]{"status", into(choiceOf(journal.IdeaStatuses), func(c *journal.IdeaChange) *string { return &c.Status })},
	)
	reviewMembers = table(
		member[journal.WeeklyReview]{"week", into((*record).week, func(w *journal.WeeklyReview) *journal.Week { return &w.Week })},
		member[journal.WeeklyReview]{"went_well", into(textValue, func(w *journal.WeeklyReview) *string { return &w.WentWell })},
		member[journal.WeeklyReview]{"to_change", into(textValue, func(w *journal.WeeklyReview) *string { return &w.ToChange })},
		member[journal.WeeklyReview]{"focus", into(textValue, func(w *journal.WeeklyReview) *string { return &w.Focus })},
		member[journal.WeeklyReview]{"updated_at", into((*record).instant, func(w *journal.WeeklyReview) *time.Time { return &w.UpdatedAt })},
	)
)

func (d *decoder) entry(r *record) (decoded, error) {
	x := &entryIn{}
	err := entryMembers.read(d, r, field{}, x)
	e := &x.Entry
	return decoded{
		key: e.ShiftDate.String(), keyField: "shift_date",
		check: func() error {
			e.Normalize()
			if err := e.Validate(); err != nil {
				return err
			}
			if e.Vent != "" && len(e.VentSealed) > 0 {
				return &journal.FieldError{Field: "sealed_vent", Rule: RuleVentTwice}
			}
			return checkJots(x.jots)
		},
		fresh: func() bool { return d.entries.add(e.ShiftDate) },
		give:  func(i int) error { return d.sink.Entry(i, e, x.jots) },
	}, err
}

// maxSealedVent is the longest "sealed_vent": a vent of the longest text,
// sealed (age adds a header and 16 bytes per 64 KiB), in base64.
var maxSealedVent = base64.StdEncoding.EncodedLen(journal.MaxText + 4096)

// sealedVent reads an entry's sealed vent: base64 exactly as backup writes
// it (so it writes back the same), in an archive that gave its key first.
func (d *decoder) sealedVent(r *record, f field) ([]byte, error) {
	b, ok, err := r.textBytes(f, maxSealedVent)
	if !ok || err != nil {
		return nil, err
	}
	if d.header.Sealing == nil {
		r.fail(&journal.FieldError{Field: f.String(), Rule: RuleNoKey})
		return nil, nil
	}
	out, err := base64.StdEncoding.Strict().DecodeString(string(b))
	if err != nil || len(out) == 0 || base64.StdEncoding.EncodeToString(out) != string(b) {
		r.fail(&journal.FieldError{Field: f.String(), Rule: RuleBase64})
		return nil, nil
	}
	return out, nil
}

func (d *decoder) dayOff(r *record) (decoded, error) {
	o := &journal.DayOff{}
	err := dayOffMembers.read(d, r, field{}, o)
	return decoded{
		key: o.Date.String(), keyField: "date",
		check: o.Validate,
		fresh: func() bool { return d.daysOff.add(o.Date) },
		give:  func(i int) error { return d.sink.DayOff(i, o) },
	}, err
}

func (d *decoder) idea(r *record) (decoded, error) {
	x := &journal.Idea{}
	err := ideaMembers.read(d, r, field{}, x)
	rec := decoded{
		keyField: "id",
		check: func() error {
			if x.ID == 0 {
				return &journal.FieldError{Field: "id", Rule: journal.RuleRequired}
			}
			return x.Validate()
		},
		fresh: func() bool {
			_, dup := d.ideas[x.ID]
			d.ideas[x.ID] = struct{}{}
			return !dup
		},
		give: func(i int) error { return d.sink.Idea(i, x) },
	}
	if x.ID != 0 {
		rec.key = ideaKey(x.ID)
	}
	return rec, err
}

func (d *decoder) review(r *record) (decoded, error) {
	w := &journal.WeeklyReview{}
	err := reviewMembers.read(d, r, field{}, w)
	rec := decoded{
		keyField: "week",
		check:    w.Validate,
		fresh:    func() bool { return d.weeks.add(w.Week) },
		give:     func(i int) error { return d.sink.Review(i, w) },
	}
	if !w.Week.IsZero() {
		rec.key = w.Week.String()
	}
	return rec, err
}

// dateSet is a set of valid dates (1900–2999) as one bit each: 51 KB for
// every day debrief accepts, whatever the archive's size.
type dateSet struct{ bits []uint64 }

func (s *dateSet) add(d journal.Date) bool {
	y, m, day := d.Parts()
	return addBit(&s.bits, (y-1900)*372+(int(m)-1)*31+day-1, 1100*372)
}

// weekSet is the same for ISO weeks.
type weekSet struct{ bits []uint64 }

func (s *weekSet) add(w journal.Week) bool {
	return addBit(&s.bits, (w.Year-1900)*53+w.Num-1, 1100*53)
}

func addBit(bits *[]uint64, i, size int) bool {
	if *bits == nil {
		*bits = make([]uint64, (size+63)/64)
	}
	word, bit := i/64, uint64(1)<<(i%64)
	if (*bits)[word]&bit != 0 {
		return false
	}
	(*bits)[word] |= bit
	return true
}
