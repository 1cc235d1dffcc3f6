package archive

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
)

// field names a value inside a record for an error: "mood", "helped[1]",
// "cases[2].title". It is built into a string only when something is wrong.
type field struct {
	list  string // the list the value sits in ("cases", "helped"), or ""
	index int
	name  string // the member name, or "" for a list item itself
}

func (f field) String() string {
	if f.list == "" {
		return f.name
	}
	s := f.list + "[" + strconv.Itoa(f.index) + "]"
	if f.name != "" {
		s += "." + f.name
	}
	return s
}

func (f field) in(name string) field { return field{list: f.list, index: f.index, name: name} }

// record reads the values of one record. The first problem of its content
// is kept and reading goes on, so the record's key (which may come after
// the bad field) can still be named; a problem with the JSON text itself
// stops everything and is returned.
type record struct {
	s   *scanner
	err *journal.FieldError
}

func (r *record) fail(fe *journal.FieldError) {
	if r.err == nil {
		r.err = fe
	}
}

// want checks that the next value is of kind. null counts as "not given"
// and reports false. Another kind is recorded as a problem and skipped.
func (r *record) want(f field, kind string) (bool, error) {
	return r.wantAs(f, kind, kind)
}

// wantAs is want where the message names what belongs more closely than
// its JSON kind (a whole number).
func (r *record) wantAs(f field, kind, belongs string) (bool, error) {
	k, err := r.s.kind()
	if err != nil {
		return false, err
	}
	switch {
	case k == kind:
		return true, nil
	case k == kindNull:
		_, err := r.s.readLiteral()
		return false, err
	}
	r.fail(&journal.FieldError{Field: f.String(), Rule: RuleType, Value: k, Arg: belongs})
	return false, r.s.skip()
}

// text reads a string of at most max bytes that is valid UTF-8.
func (r *record) text(f field, max int) (string, error) {
	b, ok, err := r.textBytes(f, max)
	if !ok || err != nil {
		return "", err
	}
	return string(b), nil
}

// textBytes is text without the copy: the bytes are valid until the next
// read.
func (r *record) textBytes(f field, max int) ([]byte, bool, error) {
	ok, err := r.want(f, kindString)
	if !ok || err != nil {
		return nil, false, err
	}
	b, flags, n, err := r.s.readStringN(max)
	switch {
	case err != nil:
		return nil, false, err
	case flags&strBadUTF8 != 0:
		r.fail(&journal.FieldError{Field: f.String(), Rule: journal.RuleUTF8})
		return nil, false, nil
	case n > max:
		r.fail(&journal.FieldError{Field: f.String(), Rule: journal.RuleTooLong, Arg: strconv.Itoa(max)})
		return nil, false, nil
	}
	return b, true, nil
}

// choice reads a string that is usually one of a few codes, and shares
// the code's string instead of allocating a copy per record. A value that
// is not a code is kept for Validate to name.
func (r *record) choice(f field, codes []string) (string, error) {
	b, ok, err := r.textBytes(f, journal.MaxText)
	if !ok || err != nil {
		return "", err
	}
	for _, c := range codes {
		if string(b) == c {
			return c, nil
		}
	}
	return string(b), nil
}

// whole reads a whole number; rangeArg is the allowed range the message
// names when the number does not even fit an int64.
func (r *record) whole(f field, rangeArg string) (int64, bool, error) {
	ok, err := r.wantAs(f, kindNumber, kindWhole)
	if !ok || err != nil {
		return 0, false, err
	}
	text, isWhole, err := r.s.readNumber()
	if err != nil {
		return 0, false, err
	}
	if !isWhole {
		r.fail(&journal.FieldError{Field: f.String(), Rule: RuleType, Value: kindFraction, Arg: kindWhole})
		return 0, false, nil
	}
	v, perr := strconv.ParseInt(string(text), 10, 64)
	if perr != nil {
		r.fail(&journal.FieldError{Field: f.String(), Rule: journal.RuleRange, Value: journal.Short(string(text)), Arg: rangeArg})
		return 0, false, nil
	}
	return v, true, nil
}

// integer reads a whole number into an int.
func (r *record) integer(f field, rangeArg string) (int, bool, error) {
	v, ok, err := r.whole(f, rangeArg)
	if !ok || err != nil {
		return 0, false, err
	}
	if v != int64(int(v)) {
		r.fail(&journal.FieldError{Field: f.String(), Rule: journal.RuleRange, Value: strconv.FormatInt(v, 10), Arg: rangeArg})
		return 0, false, nil
	}
	return int(v), true, nil
}

// MaxID is the largest idea id an archive may hold: the journal's
// (2^53−1, the largest integer every JSON reader keeps exactly).
const MaxID = journal.MaxIdeaID

var idRange = "1–" + strconv.FormatUint(MaxID, 10)

// id reads an idea id: a whole number from 1 to MaxID.
func (r *record) id(f field) (uint64, error) {
	ok, err := r.wantAs(f, kindNumber, kindWhole)
	if !ok || err != nil {
		return 0, err
	}
	text, isWhole, err := r.s.readNumber()
	if err != nil {
		return 0, err
	}
	if !isWhole {
		r.fail(&journal.FieldError{Field: f.String(), Rule: RuleType, Value: kindFraction, Arg: kindWhole})
		return 0, nil
	}
	v, perr := strconv.ParseUint(string(text), 10, 64)
	if perr != nil || v > MaxID || v == 0 {
		r.fail(&journal.FieldError{Field: f.String(), Rule: journal.RuleRange, Value: journal.Short(string(text)), Arg: idRange})
		return 0, nil
	}
	return v, nil
}

// number reads any finite number.
func (r *record) number(f field, rangeArg string) (float64, bool, error) {
	ok, err := r.want(f, kindNumber)
	if !ok || err != nil {
		return 0, false, err
	}
	text, _, err := r.s.readNumber()
	if err != nil {
		return 0, false, err
	}
	v, perr := strconv.ParseFloat(string(text), 64)
	if perr != nil || math.IsInf(v, 0) {
		r.fail(&journal.FieldError{Field: f.String(), Rule: journal.RuleRange, Value: journal.Short(string(text)), Arg: rangeArg})
		return 0, false, nil
	}
	return v, true, nil
}

func (r *record) boolean(f field) (bool, error) {
	ok, err := r.want(f, kindBool)
	if !ok || err != nil {
		return false, err
	}
	word, err := r.s.readLiteral()
	return word == "true", err
}

func (r *record) date(f field) (journal.Date, error) {
	b, ok, err := r.textBytes(f, 64)
	if !ok || err != nil {
		return 0, err
	}
	d, perr := journal.ParseDate(string(b))
	if perr != nil {
		r.fail(&journal.FieldError{Field: f.String(), Value: journal.Short(string(b)), Rule: journal.RuleDate})
		return 0, nil
	}
	return d, nil
}

func (r *record) week(f field) (journal.Week, error) {
	b, ok, err := r.textBytes(f, 64)
	if !ok || err != nil {
		return journal.Week{}, err
	}
	w, perr := journal.ParseWeek(string(b))
	if perr != nil {
		r.fail(&journal.FieldError{Field: f.String(), Value: journal.Short(string(b)), Rule: journal.RuleWeek})
		return journal.Week{}, nil
	}
	return w, nil
}

// instant reads an RFC 3339 time, keeping its offset.
func (r *record) instant(f field) (time.Time, error) {
	b, ok, err := r.textBytes(f, 64)
	if !ok || err != nil {
		return time.Time{}, err
	}
	var t time.Time
	if perr := t.UnmarshalText(b); perr != nil {
		r.fail(&journal.FieldError{Field: f.String(), Value: journal.Short(string(b)), Rule: RuleTime})
		return time.Time{}, nil
	}
	return t, nil
}

// members reads an object whose member names are names, calling fn with
// each name's position. A name not in names, or one given twice, is a
// problem of the record; its value is read and left.
func (r *record) members(at field, names []string, fn func(i int) error) error {
	empty, err := r.s.begin('{', '}')
	if err != nil || empty {
		return err
	}
	var seen uint64
	for {
		k, _, err := r.s.key()
		if err != nil {
			return err
		}
		i := indexOf(names, k)
		switch {
		case i < 0:
			r.fail(unknownField(at, k, names))
			err = r.s.skip()
		case seen&(1<<i) != 0:
			r.fail(&journal.FieldError{Field: at.in(names[i]).String(), Rule: RuleTwice})
			err = r.s.skip()
		default:
			seen |= 1 << i
			err = fn(i)
		}
		if err != nil {
			return err
		}
		more, err := r.s.more('}')
		if err != nil || !more {
			return err
		}
	}
}

func indexOf(names []string, k []byte) int {
	for i, n := range names {
		if string(k) == n {
			return i
		}
	}
	return -1
}

// unknownField names a member the record does not have; when it differs
// from one it has only in case, the message says which.
func unknownField(at field, k []byte, names []string) *journal.FieldError {
	name := journal.Short(string(k))
	if name == "" {
		name = `""` // an empty name, or one of nothing but a lone surrogate
	}
	for _, n := range names {
		if strings.EqualFold(string(k), n) {
			return &journal.FieldError{Field: at.in(name).String(), Rule: RuleCase, Arg: at.in(n).String()}
		}
	}
	return &journal.FieldError{Field: at.in(name).String(), Rule: RuleUnknown}
}

// list reads an array of at most limit items, calling item for each; more
// items are a problem of the record (read and left).
func (r *record) list(f field, limit int, item func(i int) error) error {
	ok, err := r.want(f, kindArray)
	if !ok || err != nil {
		return err
	}
	empty, err := r.s.begin('[', ']')
	if err != nil || empty {
		return err
	}
	for i := 0; ; i++ {
		if i < limit {
			err = item(i)
		} else {
			if i == limit {
				r.fail(&journal.FieldError{Field: f.String(), Rule: journal.RuleTooMany, Arg: strconv.Itoa(limit)})
			}
			err = r.s.skip()
		}
		if err != nil {
			return err
		}
		more, err := r.s.more(']')
		if err != nil || !more {
			return err
		}
	}
}

// texts reads a list of strings.
func (r *record) texts(name string, limit int) ([]string, error) {
	var out []string
	err := r.list(field{name: name}, limit, func(i int) error {
		s, err := r.text(field{list: name, index: i}, journal.MaxText)
		out = append(out, s)
		return err
	})
	return out, err
}
