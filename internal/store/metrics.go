package store

import (
	"encoding/binary"
	"errors"
	"math"
	"slices"

	"github.com/debrief-app/debrief/internal/journal"
)

// Metrics record encoding, version 1 (all integers unsigned varints unless
// said otherwise):
//
//	version(1 byte = 1) shift(1: index in journal.ShiftKinds, 255 unknown)
//	mood(1) energy(1) stress(1) flags(1: 1 contacts, 2 csat) focus(1: index+1 in FocusAnswers, 0 none)
//	contacts  csat(8 bytes float64 bits, only with flag 2)
//	cases praise helped  outcome counts ×5 (resolved escalated pending unresolved none)
//	ncategories then each: length, bytes
const metricsVersion = 1

var outcomeSlots = append(slices.Clone(journal.Outcomes), "")

func encodeMetrics(m *journal.Metrics) []byte {
	b := make([]byte, 0, 32)
	b = append(b, metricsVersion, indexByte(journal.ShiftKinds, m.Shift), byte(m.Mood), byte(m.Energy), byte(m.Stress))
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
	for _, o := range outcomeSlots {
		b = binary.AppendUvarint(b, uint64(m.ByOutcome[o]))
	}
	b = binary.AppendUvarint(b, uint64(len(m.Categories)))
	for _, c := range m.Categories {
		b = binary.AppendUvarint(b, uint64(len(c)))
		b = append(b, c...)
	}
	return b
}

func indexByte(list []string, v string) byte {
	if i := slices.Index(list, v); i >= 0 {
		return byte(i)
	}
	return 255
}

var errShort = errors.New("short metrics record")

func decodeMetrics(b []byte) (journal.Metrics, error) { return decodeMetricsInterned(b, nil) }

// decodeMetricsInterned decodes with category names shared through names:
// a journal has a few dozen categories over thousands of shifts, so years
// of records then cost one string per category instead of one per case.
func decodeMetricsInterned(b []byte, names map[string]string) (journal.Metrics, error) {
	var m journal.Metrics
	if len(b) < 7 || b[0] != metricsVersion {
		return m, errShort
	}
	if int(b[1]) < len(journal.ShiftKinds) {
		m.Shift = journal.ShiftKinds[b[1]]
	}
	m.Mood, m.Energy, m.Stress = int(b[2]), int(b[3]), int(b[4])
	flags, focus := b[5], b[6]
	m.HasContacts, m.HasCSAT = flags&1 != 0, flags&2 != 0
	if focus > 0 && int(focus) <= len(journal.FocusAnswers) {
		m.FocusDone = journal.FocusAnswers[focus-1]
	}
	r := b[7:]
	next := func() (int, bool) {
		v, n := binary.Uvarint(r)
		if n <= 0 || v > math.MaxInt32 {
			return 0, false
		}
		r = r[n:]
		return int(v), true
	}
	var ok bool
	if m.Contacts, ok = next(); !ok {
		return m, errShort
	}
	if m.HasCSAT {
		if len(r) < 8 {
			return m, errShort
		}
		m.CSAT = math.Float64frombits(binary.BigEndian.Uint64(r))
		r = r[8:]
	}
	for _, p := range []*int{&m.Cases, &m.Praise, &m.Helped} {
		if *p, ok = next(); !ok {
			return m, errShort
		}
	}
	for _, o := range outcomeSlots {
		n, ok := next()
		if !ok {
			return m, errShort
		}
		if n > 0 {
			if m.ByOutcome == nil {
				m.ByOutcome = make(map[string]int, 2)
			}
			m.ByOutcome[o] = n
		}
	}
	nc, ok := next()
	if !ok || nc > len(r) {
		return m, errShort
	}
	if nc > 0 {
		m.Categories = make([]string, 0, nc)
	}
	for range nc {
		l, ok := next()
		if !ok || l > len(r) {
			return m, errShort
		}
		if names == nil {
			m.Categories = append(m.Categories, string(r[:l]))
		} else if name, ok := names[string(r[:l])]; ok {
			m.Categories = append(m.Categories, name)
		} else {
			name = string(r[:l])
			names[name] = name
			m.Categories = append(m.Categories, name)
		}
		r = r[l:]
	}
	return m, nil
}
