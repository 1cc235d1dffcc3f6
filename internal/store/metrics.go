package store

import (
	"encoding/binary"
	"errors"
	"math"
	"slices"

	"github.com/debrief-app/debrief/internal/journal"
)

// Metrics record, binary v2 (envelope version 0x02, record.go). The payload,
// integers unsigned varints unless said otherwise:
//
//	shift(1 byte: index in journal.ShiftKinds, 255 unknown)
//	mood(1) energy(1) stress(1) flags(1: 1 contacts, 2 csat) focus(1: index+1 in FocusAnswers, 0 none)
//	contacts  csat(8 bytes float64 bits, only with flag 2)
//	cases praise helped  outcome counts ×5 (resolved escalated pending unresolved none)
//	ncategories then each: length, bytes
//	headline: length, bytes (journal.HeadlineOf the entry)
//
// Nothing may follow. Statistics read it without the headline; one-line
// listings read it with.

func encodeMetrics(m *journal.Metrics, headline string) []byte {
	return appendMetrics(make([]byte, 0, 40+len(headline)), m, headline)
}

// appendMetrics appends the payload of m to b: the check compares each
// stored record with its entry's in one reused buffer.
func appendMetrics(b []byte, m *journal.Metrics, headline string) []byte {
	b = append(b, indexByte(journal.ShiftKinds, m.Shift), byte(m.Mood), byte(m.Energy), byte(m.Stress))
	var flags byte
	if m.HasContacts {
		flags |= 1
	}
	if m.HasCSAT {
		flags |= 2
	}
	focus := byte(0)
	if i := slices.Index(journal.FocusAnswers, m.FocusDone); i >= 0 {
		focus = byte(i + 1)
	}
	b = append(b, flags, focus)
	b = binary.AppendUvarint(b, uint64(m.Contacts))
	if m.HasCSAT {
		b = binary.BigEndian.AppendUint64(b, math.Float64bits(m.CSAT))
	}
	b = binary.AppendUvarint(b, uint64(m.Cases))
	b = binary.AppendUvarint(b, uint64(m.Praise))
	b = binary.AppendUvarint(b, uint64(m.Helped))
	for _, n := range m.ByOutcome {
		b = binary.AppendUvarint(b, uint64(n))
	}
	b = binary.AppendUvarint(b, uint64(len(m.Categories)))
	for _, c := range m.Categories {
		b = binary.AppendUvarint(b, uint64(len(c)))
		b = append(b, c...)
	}
	b = binary.AppendUvarint(b, uint64(len(headline)))
	return append(b, headline...)
}

// metricsRecord is the enveloped metrics value of an entry.
func metricsRecord(key []byte, e *journal.Entry) []byte {
	m := journal.MetricsOf(e)
	return sealRecord(key, verMetrics, encodeMetrics(&m, journal.HeadlineOf(e)))
}

func indexByte(list []string, v string) byte {
	if i := slices.Index(list, v); i >= 0 {
		return byte(i)
	}
	return 255
}

var errBadMetrics = errors.New("malformed metrics record")

// metricsReader decodes metrics payloads, sharing category names: a
// journal has a few dozen categories over thousands of shifts, so years of
// records cost one string per category instead of one per case. The
// categories of all its records are cut from shared blocks (cats), not a
// slice each: with the collector off for a command's one run every
// allocation is fresh memory, and thousands of small ones were a fifth of
// the time `debrief stats` spent reading ten years.
type metricsReader struct {
	names map[string]string
	cats  []string
}

// catBlock is the most category names one shared block holds. Blocks
// start small and double, so a reader used for one record (the check)
// costs no more than a slice of its own.
const catBlock = 1024

// categories gives a record n category slots, cut from the shared block.
// The slice's capacity is n, so an append by a caller copies it rather
// than writing over the next record's.
func (r *metricsReader) categories(n int) []string {
	if len(r.cats)+n > cap(r.cats) {
		r.cats = make([]string, 0, max(n, min(2*cap(r.cats), catBlock), 8))
	}
	i := len(r.cats)
	r.cats = r.cats[:i+n]
	return r.cats[i : i+n : i+n]
}

func (r *metricsReader) intern(b []byte) string {
	if r.names == nil {
		return string(b)
	}
	if name, ok := r.names[string(b)]; ok {
		return name
	}
	name := string(b)
	r.names[name] = name
	return name
}

// decode reads a payload; the headline only when withHeadline.
func (r *metricsReader) decode(p []byte, withHeadline bool) (m journal.Metrics, headline string, err error) {
	if len(p) < 6 {
		return m, "", errBadMetrics
	}
	if int(p[0]) < len(journal.ShiftKinds) {
		m.Shift = journal.ShiftKinds[p[0]]
	} else if p[0] != 255 {
		return m, "", errBadMetrics
	}
	m.Mood, m.Energy, m.Stress = int(p[1]), int(p[2]), int(p[3])
	flags, focus := p[4], p[5]
	if m.Mood > 5 || m.Energy > 5 || m.Stress > 5 || flags > 3 || int(focus) > len(journal.FocusAnswers) {
		return m, "", errBadMetrics
	}
	m.HasContacts, m.HasCSAT = flags&1 != 0, flags&2 != 0
	if focus > 0 {
		m.FocusDone = journal.FocusAnswers[focus-1]
	}
	rest := p[6:]
	next := func() (int, bool) {
		v, n := binary.Uvarint(rest)
		if n <= 0 || v > math.MaxInt32 {
			return 0, false
		}
		rest = rest[n:]
		return int(v), true
	}
	var ok bool
	if m.Contacts, ok = next(); !ok {
		return m, "", errBadMetrics
	}
	if m.HasCSAT {
		if len(rest) < 8 {
			return m, "", errBadMetrics
		}
		m.CSAT = math.Float64frombits(binary.BigEndian.Uint64(rest))
		rest = rest[8:]
	}
	for _, p := range []*int{&m.Cases, &m.Praise, &m.Helped} {
		if *p, ok = next(); !ok {
			return m, "", errBadMetrics
		}
	}
	for i := range m.ByOutcome {
		if m.ByOutcome[i], ok = next(); !ok {
			return m, "", errBadMetrics
		}
	}
	nc, ok := next()
	if !ok || nc > len(rest) {
		return m, "", errBadMetrics
	}
	if nc > 0 {
		m.Categories = r.categories(nc)
	}
	for i := range nc {
		l, ok := next()
		if !ok || l > len(rest) {
			return m, "", errBadMetrics
		}
		m.Categories[i] = r.intern(rest[:l])
		rest = rest[l:]
	}
	l, ok := next()
	if !ok || l != len(rest) {
		return m, "", errBadMetrics
	}
	if withHeadline {
		headline = string(rest)
	}
	return m, headline, nil
}
