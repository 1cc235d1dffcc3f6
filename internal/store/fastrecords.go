package store

import (
	"math"

	"github.com/debrief-app/debrief/internal/journal"
)

// The fast paths of the small records a journal holds many of — vents,
// ideas, days off — read as the record codec writes them, without
// reflection, with decodeEntryFast's rules (fastReader). Each reports
// false for anything else, which the general decoder then reads or
// refuses; what each accepts it decodes to exactly what the general
// decoder gives (TestSmallRecordFastPathsAgree, FuzzSmallRecordFastPaths).

// majorBytes is CBOR's byte string, the sealed vent's type.
const majorBytes = 2

// decodeVentFast reads a vent: key 1 the text, key 2 the sealed bytes,
// each present only when not empty. A journal has a vent on most shifts:
// through the general decoder they were a tenth of `debrief check` and of
// `list --json`.
func decodeVentFast(payload []byte, v *journal.Vent) bool {
	r := fastReader{b: payload}
	return r.fields(2, func(k uint64) (ok bool) {
		switch k {
		case 1:
			r.s = string(payload)
			v.Text, ok = r.text()
			return ok && v.Text != ""
		case 2:
			v.Sealed, ok = r.bytes()
		}
		return ok
	})
}

// bytes reads a byte string, copied: the general decoder's rules (and its
// empty, non-nil slice) are left to it, as the encoder never writes one
// empty.
func (r *fastReader) bytes() ([]byte, bool) {
	m, n, ok := r.head()
	if !ok || m != majorBytes || n == 0 || n > uint64(len(r.b)-r.off) {
		return nil, false
	}
	out := make([]byte, n)
	copy(out, r.b[r.off:])
	r.off += int(n)
	return out, true
}

// decodeIdeaFast reads an idea, its history included: `debrief stats`
// reads every idea of the backlog.
func decodeIdeaFast(payload []byte, i *journal.Idea) bool {
	r := fastReader{b: payload, s: string(payload)}
	return r.fields(maxPairs, func(k uint64) (ok bool) {
		switch k {
		case 1:
			i.ID, ok = r.uint()
		case 2:
			i.ShiftDate, ok = r.date()
		case 3:
			i.Kind, ok = r.text()
		case 4:
			i.Text, ok = r.text()
		case 5:
			i.Status, ok = r.text()
		case 6:
			i.Impact, ok = r.text()
		case 7:
			i.UpdatedAt, ok = r.time()
		case 8:
			i.SharedWith, ok = r.text()
		case 9:
			i.DeclinedWhy, ok = r.text()
		case 10:
			i.History, ok = r.ideaHistory()
		}
		return ok
	})
}

func (r *fastReader) ideaHistory() ([]journal.IdeaChange, bool) {
	n, ok := r.count(majorArray, maxArrayElements)
	if !ok {
		return nil, false
	}
	out := make([]journal.IdeaChange, n)
	for i := range out {
		c := &out[i]
		if !r.mapFields(maxPairs, func(k uint64) (ok bool) {
			switch k {
			case 1:
				c.At, ok = r.time()
			case 2:
				c.Status, ok = r.text()
			}
			return ok
		}) {
			return nil, false
		}
	}
	return out, true
}

// decodeDayOffFast reads a day off: `debrief stats`, the streaks and
// `debrief remind` read them.
func decodeDayOffFast(payload []byte, o *journal.DayOff) bool {
	r := fastReader{b: payload, s: string(payload)}
	return r.fields(maxPairs, func(k uint64) (ok bool) {
		switch k {
		case 1:
			o.Date, ok = r.date()
		case 2:
			o.Reason, ok = r.text()
		case 3:
			o.Note, ok = r.text()
		}
		return ok
	})
}

// date reads a Date (yyyymmdd as an integer), within the int32 it is.
func (r *fastReader) date() (journal.Date, bool) {
	v, ok := r.int()
	if !ok || v < math.MinInt32 || v > math.MaxInt32 {
		return 0, false
	}
	return journal.Date(v), true
}
