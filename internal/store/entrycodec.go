package store

import (
	"math"
	"time"
	"unicode/utf8"

	"github.com/debrief-app/debrief/internal/journal"
)

// decodeEntryFast reads an entry record's CBOR payload as the record codec
// (codec.go) writes it — a definite-length map, integer keys in ascending
// order, minimal heads, no tags, no nulls, only the keys of journal.Entry
// and journal.Case — without reflection, and with one copy of the payload
// that every text is cut from. Ten years of entries decode several times
// faster than through the general decoder, which was most of the CPU time of
// `debrief playbook` and `export`.
//
// It reports false for anything else (an unknown key of a later debrief, a
// damaged or hostile record), having left e in an unspecified state: the
// caller then decodes the payload with the general decoder, whose result
// and errors are the rule. What it accepts it decodes to exactly what the
// general decoder gives (TestEntryFastPathAgrees, FuzzEntryFastPath).
//
// texts, when not nil, is shared by the entries one goroutine of a list
// decodes (see textTable); nil cuts every text from one copy of payload.
func decodeEntryFast(payload []byte, e *journal.Entry, texts *textTable) bool {
	r := fastReader{b: payload, table: texts}
	if texts == nil {
		r.s = string(payload)
	}
	return r.fields(maxPairs, func(k uint64) (ok bool) {
		switch k {
		case 1:
			v, ok := r.int()
			if !ok || v < math.MinInt32 || v > math.MaxInt32 {
				return false
			}
			e.ShiftDate = journal.Date(v)
			return true
		case 2:
			e.Shift, ok = r.text()
		case 3:
			e.StartedAt, ok = r.text()
		case 4:
			e.EndedAt, ok = r.text()
		case 5:
			var v int64
			v, ok = r.int()
			c := int(v)
			e.Contacts = &c
		case 6:
			var v float64
			v, ok = r.float()
			e.CSAT = &v
		case 7:
			e.Mood, ok = r.intValue()
		case 8:
			e.Energy, ok = r.intValue()
		case 9:
			e.Stress, ok = r.intValue()
		case 10:
			e.Helped, ok = r.texts()
		case 11:
			e.Cases, ok = r.cases()
		case 12:
			e.Tomorrow, ok = r.text()
		case 13:
			e.FocusDone, ok = r.text()
		case 14:
			e.Tags, ok = r.texts()
		case 15:
			e.CreatedAt, ok = r.time()
		case 16:
			e.UpdatedAt, ok = r.time()
		case 17:
			e.Rev, ok = r.uint()
		}
		return ok
	})
}

// fields reads a whole payload that is a map of at most limit pairs with
// integer keys in ascending order, reading each value with field (false:
// a key it does not know, or a value it can't read). Nothing may follow.
func (r *fastReader) fields(limit uint64, field func(k uint64) bool) bool {
	n, ok := r.count(majorMap, limit)
	if !ok {
		return false
	}
	var prev uint64
	for range n {
		k, ok := r.key(&prev)
		if !ok || !field(k) {
			return false
		}
	}
	return r.off == len(r.b)
}

// cases reads an entry's array of cases.
func (r *fastReader) cases() ([]journal.Case, bool) {
	n, ok := r.count(majorArray, maxArrayElements)
	if !ok {
		return nil, false
	}
	out := make([]journal.Case, n)
	for i := range out {
		c := &out[i]
		m, ok := r.count(majorMap, maxPairs)
		if !ok {
			return nil, false
		}
		var prev uint64
		for range m {
			k, ok := r.key(&prev)
			if !ok {
				return nil, false
			}
			// keys 1–7 are the case's texts, in the order of journal.Case's tags
			texts := [...]*string{1: &c.Title, 2: &c.Category, 3: &c.Channel, 4: &c.Need, 5: &c.Action, 6: &c.Outcome, 7: &c.Better}
			switch {
			case k >= 1 && k <= 7:
				*texts[k], ok = r.text()
			case k == 8:
				c.Praise, ok = r.bool()
			case k == 9:
				c.Pinned, ok = r.bool()
			default:
				return nil, false
			}
			if !ok {
				return nil, false
			}
		}
	}
	return out, true
}

// The CBOR major types the fast path reads.
const (
	majorUint   = 0
	majorNeg    = 1
	majorText   = 3
	majorArray  = 4
	majorMap    = 5
	majorSimple = 7
)

// maxArrayElements is the decoder's array limit (codec.go).
var maxArrayElements = uint64(max(maxArray, journal.MaxCases, journal.MaxTags))

// fastReader walks a CBOR payload; s is the payload as one string when
// table is nil.
type fastReader struct {
	b     []byte
	s     string
	table *textTable
	off   int
}

// textTable holds one copy of each text the entries of a list repeat. A
// journal's texts recur — the category, the outcome, the channel, the
// shift, and the needs and lessons the playbook exists to merge — and with
// the collector off for a command's one run, every byte kept is a fresh
// page: ten years of texts copied one by one were a quarter of the page
// faults of `debrief export --for review`. Texts longer than
// maxTableText, and any once the table holds maxTableTexts, are copied
// alone, so a journal of unique texts costs no more than before.
type textTable struct{ m map[string]string }

const (
	maxTableText  = 512
	maxTableTexts = 4096
)

// text is b as a string: the table's copy when it has one.
func (t *textTable) text(b []byte) (string, bool) {
	if s, ok := t.m[string(b)]; ok {
		return s, true
	}
	if !utf8.Valid(b) {
		return "", false
	}
	s := string(b)
	if len(b) <= maxTableText && len(t.m) < maxTableTexts {
		if t.m == nil {
			t.m = make(map[string]string, 256)
		}
		t.m[s] = s
	}
	return s, true
}

// head reads an item's major type and argument. ok is false past the end,
// for an indefinite length or a reserved head, and for an argument not in
// its shortest form (the encoder writes only the shortest); floats, whose
// width is the value's, are left to float.
func (r *fastReader) head() (major byte, arg uint64, ok bool) {
	if r.off >= len(r.b) {
		return 0, 0, false
	}
	c := r.b[r.off]
	r.off++
	major, ai := c>>5, c&0x1f
	if ai < 24 {
		return major, uint64(ai), true
	}
	if ai > 27 || major == majorSimple {
		return 0, 0, false
	}
	size := 1 << (ai - 24)
	if len(r.b)-r.off < size {
		return 0, 0, false
	}
	for _, b := range r.b[r.off : r.off+size] {
		arg = arg<<8 | uint64(b)
	}
	r.off += size
	// The shortest form: 1 byte from 24, 2 above 0xff, 4 above 0xffff, 8
	// above 0xffffffff.
	if arg < 24 || size > 1 && arg>>(4*size) == 0 {
		return 0, 0, false
	}
	return major, arg, true
}

// count reads the head of an array or a map of at most limit elements
// (pairs), each of which takes at least a byte.
func (r *fastReader) count(major byte, limit uint64) (int, bool) {
	m, n, ok := r.head()
	if !ok || m != major || n > limit || n > uint64(len(r.b)-r.off) {
		return 0, false
	}
	return int(n), true
}

// key reads a map key: an unsigned integer above the previous one (the
// encoder sorts them, so this also refuses a repeated key).
func (r *fastReader) key(prev *uint64) (uint64, bool) {
	m, k, ok := r.head()
	if !ok || m != majorUint || k <= *prev {
		return 0, false
	}
	*prev = k
	return k, true
}

func (r *fastReader) uint() (uint64, bool) {
	m, v, ok := r.head()
	return v, ok && m == majorUint
}

func (r *fastReader) int() (int64, bool) {
	m, v, ok := r.head()
	if !ok || v > math.MaxInt64 {
		return 0, false
	}
	switch m {
	case majorUint:
		return int64(v), true
	case majorNeg:
		return -1 - int64(v), true
	}
	return 0, false
}

func (r *fastReader) intValue() (int, bool) {
	v, ok := r.int()
	return int(v), ok
}

// text reads a text string, from the table or cut from the payload's one
// string; invalid UTF-8 is the general decoder's to refuse.
func (r *fastReader) text() (string, bool) {
	m, n, ok := r.head()
	if !ok || m != majorText || n > uint64(len(r.b)-r.off) {
		return "", false
	}
	if r.table != nil {
		b := r.b[r.off : r.off+int(n)]
		r.off += int(n)
		return r.table.text(b)
	}
	s := r.s[r.off : r.off+int(n)]
	r.off += int(n)
	return s, utf8.ValidString(s)
}

func (r *fastReader) texts() ([]string, bool) {
	n, ok := r.count(majorArray, maxArrayElements)
	if !ok {
		return nil, false
	}
	out := make([]string, n)
	for i := range out {
		if out[i], ok = r.text(); !ok {
			return nil, false
		}
	}
	return out, true
}

// time reads a time as the encoder writes it: RFC 3339 text, parsed as
// the general decoder parses it, or null for the zero time (omitempty
// does not omit a struct).
// Each time is its own text: it goes to no table.
func (r *fastReader) time() (time.Time, bool) {
	if r.off < len(r.b) && r.b[r.off] == 0xf6 {
		r.off++
		return time.Time{}, true
	}
	m, n, ok := r.head()
	if !ok || m != majorText || n > uint64(len(r.b)-r.off) {
		return time.Time{}, false
	}
	b := r.b[r.off : r.off+int(n)]
	r.off += int(n)
	if !utf8.Valid(b) {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339, string(b))
	return t, err == nil
}

func (r *fastReader) bool() (bool, bool) {
	if r.off >= len(r.b) {
		return false, false
	}
	c := r.b[r.off]
	r.off++
	switch c {
	case 0xf4:
		return false, true
	case 0xf5:
		return true, true
	}
	return false, false
}

// float reads a half, single or double precision float; NaN and the
// infinities are the general decoder's to refuse.
func (r *fastReader) float() (float64, bool) {
	if r.off >= len(r.b) {
		return 0, false
	}
	var size int
	switch r.b[r.off] {
	case 0xf9:
		size = 2
	case 0xfa:
		size = 4
	case 0xfb:
		size = 8
	}
	if size == 0 || len(r.b)-r.off-1 < size {
		return 0, false
	}
	var bits uint64
	for _, b := range r.b[r.off+1 : r.off+1+size] {
		bits = bits<<8 | uint64(b)
	}
	r.off += 1 + size
	var f float64
	switch size {
	case 2:
		f = halfToFloat(uint16(bits))
	case 4:
		f = float64(math.Float32frombits(uint32(bits)))
	default:
		f = math.Float64frombits(bits)
	}
	return f, !math.IsNaN(f) && !math.IsInf(f, 0)
}

// halfToFloat is an IEEE 754 half-precision float's value (NaN for the
// infinities and NaNs, which float refuses either way).
func halfToFloat(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp, frac := int(h>>10&0x1f), float64(h&0x3ff)
	switch exp {
	case 0:
		return sign * math.Ldexp(frac, -24)
	case 0x1f:
		return math.NaN()
	}
	return sign * math.Ldexp(1024+frac, exp-25)
}

// decodeListedEntry is decodeInto for one entry of a list, with the text
// table of the goroutine decoding it.
func decodeListedEntry(t *Tx, key, data []byte, e *journal.Entry, texts *textTable) error {
	if !t.legacy {
		payload, err := openRecord(string(bucketEntries), key, data, verCBOR)
		if err == nil && decodeEntryFast(payload, e, texts) {
			return nil
		}
		*e = journal.Entry{}
	}
	return decodeInto(t, bucketEntries, key, data, e)
}
