package archive

import "github.com/debrief-app/debrief/internal/journal"

// A reader reads one member's value into x, the value being built: d is the
// archive being read (its header says what a version allows), f names the
// member for messages.
type reader[T any] func(d *decoder, r *record, f field, x *T) error

// A member is one member an object may have and how its value is read.
type member[T any] struct {
	name string
	read reader[T]
}

// members is the table of one kind of object: every record and nested
// object of an archive is read by the same loop over such a table.
type members[T any] struct {
	names []string
	all   []member[T]
}

func table[T any](all ...member[T]) members[T] {
	m := members[T]{all: all, names: make([]string, len(all))}
	for i, x := range all {
		m.names[i] = x.name
	}
	return m
}

// read reads the object at f (its members in any order, each at most once,
// an unknown one refused with the names it could have been) into x.
func (m members[T]) read(d *decoder, r *record, at field, x *T) error {
	return r.members(at, m.names, func(i int) error {
		return m.all[i].read(d, r, at.in(m.names[i]), x)
	})
}

// into reads a member with read and puts its value at get(x).
func into[T, V any](read func(*record, field) (V, error), get func(*T) *V) reader[T] {
	return func(_ *decoder, r *record, f field, x *T) (err error) {
		*get(x), err = read(r, f)
		return err
	}
}

// textValue reads a text of at most journal.MaxText; scaleValue a 1–5 scale.
func textValue(r *record, f field) (string, error) { return r.text(f, journal.MaxText) }

func scaleValue(r *record, f field) (int, error) {
	v, _, err := r.integer(f, scaleRange)
	return v, err
}

func choiceOf(codes []string) func(*record, field) (string, error) {
	return func(r *record, f field) (string, error) { return r.choice(f, codes) }
}

// textsOf reads a list of texts; name is the list's name in messages.
func textsOf(name string, limit int) func(*record, field) ([]string, error) {
	return func(r *record, _ field) ([]string, error) { return r.texts(name, limit) }
}

func integerIn(rangeArg string) func(*record, field) (int, bool, error) {
	return func(r *record, f field) (int, bool, error) { return r.integer(f, rangeArg) }
}

func numberIn(rangeArg string) func(*record, field) (float64, bool, error) {
	return func(r *record, f field) (float64, bool, error) { return r.number(f, rangeArg) }
}

// optional gives a pointer to a number that was there, nil for null.
func optional[V any](read func(*record, field) (V, bool, error)) func(*record, field) (*V, error) {
	return func(r *record, f field) (*V, error) {
		v, ok, err := read(r, f)
		if !ok {
			return nil, err
		}
		return &v, err
	}
}

// listInto reads a list of at most limit objects of one kind into *get(x);
// name is the list's name in messages ("cases", 3, "title").
func listInto[T, E any](name string, limit int, of members[E], get func(*T) *[]E) reader[T] {
	return func(d *decoder, r *record, f field, x *T) error {
		return r.list(f, limit, func(n int) error {
			at := field{list: name, index: n}
			s := get(x)
			var zero E
			*s = append(*s, zero) // read in place: no copy of each item on the heap
			ok, err := r.want(at, kindObject)
			if ok && err == nil {
				err = of.read(d, r, at, &(*s)[len(*s)-1])
			}
			return err
		})
	}
}

// version2 refuses a member that only archives of version 2 may have (the
// archive is still read to its end, so every problem can be named).
func version2[T any](read reader[T]) reader[T] {
	return func(d *decoder, r *record, f field, x *T) error {
		if d.header.Version < 2 {
			r.fail(&journal.FieldError{Field: f.name, Rule: RuleVersion2})
			return r.s.skip()
		}
		return read(d, r, f, x)
	}
}
