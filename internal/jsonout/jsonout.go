// Package jsonout writes JSON in one streaming pass: indented two spaces
// as encoding/json's SetIndent("", "  ") would, every string escaped by
// safetext.AppendJSON so the output is harmless on a terminal, written to
// its destination in chunks so memory stays flat however long the output.
// It is the one JSON writer of debrief's outputs (backup, export, --json):
// indenting and sanitizing no longer take passes of their own.
package jsonout

import (
	"errors"
	"io"
	"math"
	"strconv"
	"time"

	"github.com/debrief-app/debrief/internal/safetext"
)

// Writer writes one JSON value. Calls build it in order: BeginObject, Key
// and a value for each member, End; BeginArray, values, End. Errors stick:
// the first one is returned by Flush.
type Writer struct {
	out      io.Writer // nil for a fragment
	buf      []byte
	open     []frame // the containers not yet ended
	base     int     // the depth a fragment is written at
	afterKey bool
	fragment bool // the elements of an array begun elsewhere (NewFragment)
	err      error
}

type frame struct {
	closing byte
	n       int // elements or members written
}

// flushAt is how much output is kept before it is written out.
const flushAt = 64 << 10

// New writes to w. Call Flush at the end.
func New(w io.Writer) *Writer { return &Writer{out: w, buf: make([]byte, 0, flushAt+4096)} }

// NewFragment writes array elements into memory, indented as elements at
// depth (the number of containers around them), to be placed with
// Fragment: how elements are written on another goroutine while the
// writer writes out the ones before.
func NewFragment(depth int) *Writer {
	return &Writer{base: depth - 1, open: []frame{{closing: ']'}}, fragment: true}
}

// Bytes is a fragment's output.
func (w *Writer) Bytes() []byte { return w.buf }

// Reset empties a fragment for the next elements.
func (w *Writer) Reset() {
	w.buf, w.open, w.afterKey, w.err = w.buf[:0], w.open[:1], false, nil
	w.open[0].n = 0
}

// Err is the first error so far.
func (w *Writer) Err() error { return w.err }

// Flush writes out what is buffered and returns the first error.
func (w *Writer) Flush() error {
	if w.err == nil && w.out != nil && len(w.buf) > 0 {
		_, w.err = w.out.Write(w.buf)
		w.buf = w.buf[:0]
	}
	return w.err
}

func (w *Writer) maybeFlush() {
	if w.out != nil && len(w.buf) >= flushAt {
		w.Flush()
	}
}

// value starts a value: after a key nothing, in an array the comma and the
// new line of an element.
func (w *Writer) value() {
	if w.afterKey {
		w.afterKey = false
		return
	}
	w.element()
}

func (w *Writer) element() {
	if len(w.open) == 0 {
		return
	}
	f := &w.open[len(w.open)-1]
	if f.n > 0 {
		w.buf = append(w.buf, ',')
	}
	// A fragment's first element starts where Fragment places it.
	first := w.fragment && len(w.open) == 1 && f.n == 0
	f.n++
	if !first {
		w.newline(w.base + len(w.open))
	}
}

func (w *Writer) newline(depth int) {
	w.buf = append(w.buf, '\n')
	for range depth {
		w.buf = append(w.buf, ' ', ' ')
	}
}

// BeginObject starts an object.
func (w *Writer) BeginObject() { w.begin('{', '}') }

// BeginArray starts an array.
func (w *Writer) BeginArray() { w.begin('[', ']') }

func (w *Writer) begin(open, closing byte) {
	w.value()
	w.buf = append(w.buf, open)
	w.open = append(w.open, frame{closing: closing})
}

// End ends the innermost object or array; an empty one is written {} or
// [], as encoding/json does.
func (w *Writer) End() {
	if len(w.open) == 0 {
		w.fail(errors.New("jsonout: End without a container"))
		return
	}
	f := w.open[len(w.open)-1]
	w.open = w.open[:len(w.open)-1]
	if f.n > 0 {
		w.newline(w.base + len(w.open))
	}
	w.buf = append(w.buf, f.closing)
	w.done()
}

// done follows a complete value: the whole document ends with a new line,
// as encoding/json's Encoder writes it.
func (w *Writer) done() {
	if len(w.open) == 0 && w.out != nil {
		w.buf = append(w.buf, '\n')
	}
	w.maybeFlush()
}

func (w *Writer) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

// Key writes an object member's name; its value follows.
func (w *Writer) Key(name string) {
	w.element()
	if plainName(name) { // the names of debrief's documents, as they are
		w.buf = append(append(append(w.buf, '"'), name...), '"', ':', ' ')
	} else {
		w.buf = append(safetext.AppendJSON(w.buf, name), ':', ' ')
	}
	w.afterKey = true
}

// plainName reports whether a name is lower-case letters, digits and
// underscores, which JSON writes as they are.
func plainName(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// String writes text, escaped for JSON and for a terminal.
func (w *Writer) String(s string) {
	w.value()
	w.buf = safetext.AppendJSON(w.buf, s)
	w.done()
}

// Int writes a whole number.
func (w *Writer) Int(v int64) {
	w.value()
	w.buf = strconv.AppendInt(w.buf, v, 10)
	w.done()
}

// Uint writes a whole number.
func (w *Writer) Uint(v uint64) {
	w.value()
	w.buf = strconv.AppendUint(w.buf, v, 10)
	w.done()
}

// Float writes a number as encoding/json writes a float64 (the shortest
// form that reads back exactly; exponents only for very small or large
// numbers). NaN and infinities are errors, as there.
func (w *Writer) Float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		w.fail(errors.New("jsonout: " + strconv.FormatFloat(f, 'g', -1, 64) + " is not a JSON number"))
		return
	}
	w.value()
	w.buf = AppendFloat(w.buf, f)
	w.done()
}

// AppendFloat appends a finite f as encoding/json writes a float64: the
// shortest form that reads back, an exponent only below 1e-6 or from 1e21.
func AppendFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9, as encoding/json writes it
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// Bool writes true or false.
func (w *Writer) Bool(b bool) {
	w.value()
	w.buf = strconv.AppendBool(w.buf, b)
	w.done()
}

// Null writes null.
func (w *Writer) Null() {
	w.value()
	w.buf = append(w.buf, "null"...)
	w.done()
}

// Time writes an RFC 3339 time with its offset, as time.Time's MarshalJSON
// does (and fails as it does for years outside 0–9999).
func (w *Writer) Time(t time.Time) {
	if y := t.Year(); y < 0 || y > 9999 {
		w.fail(errors.New("jsonout: year outside 0–9999"))
		return
	}
	w.value()
	w.buf = append(w.buf, '"')
	w.buf = t.AppendFormat(w.buf, time.RFC3339Nano)
	w.buf = append(w.buf, '"')
	w.done()
}

// Fragment places the elements written by a NewFragment writer of this
// depth.
func (w *Writer) Fragment(b []byte) {
	w.value()
	if w.out != nil && len(b) >= flushAt {
		// A large fragment goes out as it is, not copied through buf.
		if w.Flush() == nil {
			_, w.err = w.out.Write(b)
		}
	} else {
		w.buf = append(w.buf, b...)
	}
	w.done()
}
