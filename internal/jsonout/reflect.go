package jsonout

import (
	"encoding"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
)

// Encode writes any value encoding/json can marshal, exactly as
// encoding/json marshals it, indented and escaped like the rest of the
// writer's output — in one pass: the value's fields are written straight
// into the writer's buffer, which goes out in chunks, so a document of
// megabytes is neither marshalled whole nor copied again to be indented
// (two thirds of `export --format json`'s encoding, measured).
//
// Structs (with encoding/json's rules for names, embedded structs and
// omitempty), pointers, interfaces, slices, arrays, maps with string keys,
// strings, bools, integers, float64 and time.Time are written here; any
// other value (a json.Marshaler, a TextMarshaler, []byte, float32, a
// map with other keys, a field with the string or omitzero option) is
// marshalled by encoding/json and reindented in place, so the output stays
// encoding/json's. TestEncodeIsEncodingJSON compares the two.
func (w *Writer) Encode(v any) {
	if v == nil {
		w.Null()
		return
	}
	rv := reflect.ValueOf(v)
	encoderOf(rv.Type())(w, rv)
}

type encoderFunc func(w *Writer, v reflect.Value)

var encoders sync.Map // reflect.Type → encoderFunc

// encoderOf returns the encoder of t, made once per type. A type that
// contains itself gets, while its encoder is being made, one that waits
// for it.
func encoderOf(t reflect.Type) encoderFunc {
	if f, ok := encoders.Load(t); ok {
		return f.(encoderFunc)
	}
	var (
		wg sync.WaitGroup
		f  encoderFunc
	)
	wg.Add(1)
	fi, loaded := encoders.LoadOrStore(t, encoderFunc(func(w *Writer, v reflect.Value) {
		wg.Wait()
		f(w, v)
	}))
	if loaded {
		return fi.(encoderFunc)
	}
	f = newEncoder(t)
	wg.Done()
	encoders.Store(t, f)
	return f
}

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
	timeType          = reflect.TypeFor[time.Time]()
)

func newEncoder(t reflect.Type) encoderFunc {
	if t == timeType {
		return func(w *Writer, v reflect.Value) { w.Time(v.Interface().(time.Time)) }
	}
	if t.Kind() != reflect.Pointer && t.Implements(textMarshalerType) && !reflect.PointerTo(t).Implements(marshalerType) {
		return textMarshalled // a date: its text, as a string
	}
	if implementsMarshaler(t) {
		return marshalled
	}
	switch t.Kind() {
	case reflect.Bool:
		return func(w *Writer, v reflect.Value) { w.Bool(v.Bool()) }
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(w *Writer, v reflect.Value) { w.Int(v.Int()) }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(w *Writer, v reflect.Value) { w.Uint(v.Uint()) }
	case reflect.Float64:
		return func(w *Writer, v reflect.Value) { w.Float(v.Float()) }
	case reflect.String:
		return func(w *Writer, v reflect.Value) { w.String(v.String()) }
	case reflect.Interface:
		return func(w *Writer, v reflect.Value) {
			if v.IsNil() {
				w.Null()
				return
			}
			e := v.Elem()
			encoderOf(e.Type())(w, e)
		}
	case reflect.Pointer:
		enc := encoderOf(t.Elem())
		return func(w *Writer, v reflect.Value) {
			if v.IsNil() {
				w.Null()
				return
			}
			enc(w, v.Elem())
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 && !implementsMarshaler(t.Elem()) {
			return marshalled // base64
		}
		return arrayEncoder(t, true)
	case reflect.Array:
		return arrayEncoder(t, false)
	case reflect.Map:
		if t.Key().Kind() != reflect.String || implementsMarshaler(t.Key()) {
			return marshalled
		}
		return mapEncoder(t)
	case reflect.Struct:
		return structEncoder(t)
	}
	return marshalled // float32, complex, channels, funcs: encoding/json's words
}

// implementsMarshaler: encoding/json calls the type's own method (on the
// value, or on its address when the value has one).
func implementsMarshaler(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	return t.Implements(marshalerType) || t.Implements(textMarshalerType) ||
		p.Implements(marshalerType) || p.Implements(textMarshalerType)
}

// marshalled writes what encoding/json makes of v (through its address
// when it has one, so a method on the pointer is called as encoding/json
// calls it), reindented at the writer's depth.
func marshalled(w *Writer, v reflect.Value) {
	x := v.Interface()
	if v.CanAddr() {
		x = v.Addr().Interface()
	}
	b, err := marshalCompact(x)
	if err != nil {
		w.fail(err)
		return
	}
	w.value()
	w.reindent(b)
	w.done()
}

// textMarshalled writes the text of a value whose own MarshalText
// encoding/json would call, as the string it makes of it.
func textMarshalled(w *Writer, v reflect.Value) {
	b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
	if err != nil {
		w.fail(err)
		return
	}
	w.String(string(b))
}

func marshalCompact(x any) ([]byte, error) {
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(x); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(sb.String(), "\n")), nil
}

func arrayEncoder(t reflect.Type, slice bool) encoderFunc {
	enc := encoderOf(t.Elem())
	return func(w *Writer, v reflect.Value) {
		if slice && v.IsNil() {
			w.Null()
			return
		}
		w.BeginArray()
		for i := range v.Len() {
			enc(w, v.Index(i))
		}
		w.End()
	}
}

func mapEncoder(t reflect.Type) encoderFunc {
	enc := encoderOf(t.Elem())
	return func(w *Writer, v reflect.Value) {
		if v.IsNil() {
			w.Null()
			return
		}
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		w.BeginObject()
		for _, k := range keys {
			w.Key(k.String())
			enc(w, v.MapIndex(k))
		}
		w.End()
	}
}

// field is a member of a struct's JSON object, as encoding/json finds it.
type field struct {
	name      string
	index     []int // through embedded structs
	typ       reflect.Type
	tagged    bool
	omitEmpty bool
}

func structEncoder(t reflect.Type) encoderFunc {
	fields, ok := typeFields(t)
	if !ok {
		return marshalled
	}
	encs := make([]encoderFunc, len(fields))
	for i, f := range fields {
		encs[i] = encoderOf(f.typ)
	}
	return func(w *Writer, v reflect.Value) {
		w.BeginObject()
	next:
		for i := range fields {
			f := &fields[i]
			fv := v
			for _, x := range f.index {
				if fv.Kind() == reflect.Pointer {
					if fv.IsNil() {
						continue next // a field of a nil embedded struct
					}
					fv = fv.Elem()
				}
				fv = fv.Field(x)
			}
			if f.omitEmpty && isEmpty(fv) {
				continue
			}
			w.Key(f.name)
			encs[i](w, fv)
		}
		w.End()
	}
}

func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// typeFields finds the members of t's object by encoding/json's rules:
// exported fields, named by their tag when it is valid; the fields of an
// embedded struct without a name in its tag promoted, breadth first; of
// several with one name, the shallowest, then the only tagged one, else
// none. ok is false for what is left to encoding/json (the string and
// omitzero options).
func typeFields(t reflect.Type) (fields []field, ok bool) {
	type queued struct {
		typ   reflect.Type
		index []int
	}
	current, next := []queued{}, []queued{{typ: t}}
	visited := map[reflect.Type]bool{}
	var count, nextCount map[reflect.Type]int
	for len(next) > 0 {
		current, next = next, current[:0]
		count, nextCount = nextCount, map[reflect.Type]int{}
		for _, q := range current {
			if visited[q.typ] {
				continue
			}
			visited[q.typ] = true
			for i := range q.typ.NumField() {
				sf := q.typ.Field(i)
				if sf.Anonymous {
					ft := sf.Type
					if ft.Kind() == reflect.Pointer {
						ft = ft.Elem()
					}
					if !sf.IsExported() && ft.Kind() != reflect.Struct {
						continue
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts, _ := strings.Cut(tag, ",")
				if !validTag(name) {
					name = ""
				}
				for o := range strings.SplitSeq(opts, ",") {
					if o == "string" || o == "omitzero" {
						return nil, false
					}
				}
				index := append(slices.Clone(q.index), i)
				ft := sf.Type
				if ft.Name() == "" && ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if name != "" || !sf.Anonymous || ft.Kind() != reflect.Struct {
					tagged := name != ""
					if name == "" {
						name = sf.Name
					}
					f := field{name: name, index: index, typ: sf.Type, tagged: tagged, omitEmpty: hasOption(opts, "omitempty")}
					fields = append(fields, f)
					if count[q.typ] > 1 {
						// Two embedded structs of one type at one depth: both
						// annihilate each other; one copy is enough to say so.
						fields = append(fields, fields[len(fields)-1])
					}
					continue
				}
				nextCount[ft]++
				if nextCount[ft] == 1 {
					next = append(next, queued{typ: ft, index: index})
				}
			}
		}
	}
	// By name, then depth, then tagged first, then order.
	slices.SortFunc(fields, func(a, b field) int {
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		if len(a.index) != len(b.index) {
			return len(a.index) - len(b.index)
		}
		if a.tagged != b.tagged {
			if a.tagged {
				return -1
			}
			return 1
		}
		return slices.Compare(a.index, b.index)
	})
	out := fields[:0]
	for i := 0; i < len(fields); {
		j := i + 1
		for j < len(fields) && fields[j].name == fields[i].name {
			j++
		}
		if dominant, ok := dominantField(fields[i:j]); ok {
			out = append(out, dominant)
		}
		i = j
	}
	slices.SortFunc(out, func(a, b field) int { return slices.Compare(a.index, b.index) })
	return out, true
}

// dominantField picks the field of a name: the shallowest, and of several
// at that depth the tagged one if it is the only tagged one.
func dominantField(fs []field) (field, bool) {
	if len(fs) > 1 && len(fs[0].index) == len(fs[1].index) && fs[0].tagged == fs[1].tagged {
		return field{}, false
	}
	return fs[0], true
}

func hasOption(opts, want string) bool {
	for o := range strings.SplitSeq(opts, ",") {
		if o == want {
			return true
		}
	}
	return false
}

// validTag is encoding/json's rule for a name in a tag.
func validTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}
