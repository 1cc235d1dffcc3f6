package store

import "github.com/debrief-app/debrief/internal/journal"

// majorBytes is CBOR's byte string, the sealed vent's type.
const majorBytes = 2

// decodeVentFast reads a vent record's CBOR payload as the record codec
// writes it — a definite-length map of key 1 (the text) and key 2 (the
// sealed bytes), in that order, each present only when not empty —
// without reflection, as decodeEntryFast does for entries (its rules for
// heads and texts). A journal has a vent on most shifts: through the
// general decoder they were a tenth of `debrief check` and of
// `list --json`. It reports false for anything else, which the general
// decoder then reads or refuses (TestVentFastPathAgrees, FuzzVentFastPath).
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
