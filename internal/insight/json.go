package insight

import (
	"bytes"
	"encoding/json"
	"maps"
	"math"
	"slices"
	"strconv"

	"github.com/debrief-app/debrief/internal/journal"
)

// AppendJSON appends s as one line of compact JSON: byte for byte what
// encoding/json writes with HTML escaping off (a test holds it to that),
// without reflection. `debrief stats --json` spends its budget here: a
// 100-year journal has 5,200 weekly rows.
func (s *Stats) AppendJSON(b []byte) []byte {
	b = append(b, `{"today":`...)
	b = appendDate(b, s.Today)
	b = append(b, `,"range":{"from":`...)
	if s.Range.From == nil {
		b = append(b, "null"...)
	} else {
		b = appendDate(b, *s.Range.From)
	}
	b = append(b, `,"to":`...)
	b = appendDate(b, s.Range.To)
	b = append(b, `},"shifts":`...)
	b = strconv.AppendInt(b, int64(s.Shifts), 10)
	b = append(b, `,"streak":{"current":`...)
	b = strconv.AppendInt(b, int64(s.Streak.Current), 10)
	b = append(b, `,"longest":`...)
	b = strconv.AppendInt(b, int64(s.Streak.Longest), 10)
	b = append(b, `},"consistency_30d":`...)
	b = appendNumber(b, s.Consistency30d)
	for _, sc := range []struct {
		name string
		v    *ScaleStats
	}{{"mood", &s.Mood}, {"energy", &s.Energy}, {"stress", &s.Stress}} {
		b = append(b, `,"`...)
		b = append(b, sc.name...)
		b = append(b, `":{"avg":`...)
		b = appendNumber(b, sc.v.Avg)
		b = append(b, `,"last7_avg":`...)
		b = appendNumber(b, sc.v.Last7Avg)
		b = append(b, `,"prev7_avg":`...)
		b = appendNumber(b, sc.v.Prev7Avg)
		b = append(b, `,"trend":`...)
		b = appendString(b, sc.v.Trend)
		b = append(b, '}')
	}
	b = append(b, `,"contacts":{"total":`...)
	b = strconv.AppendInt(b, int64(s.Contacts.Total), 10)
	b = append(b, `,"per_shift":`...)
	b = appendNumber(b, s.Contacts.PerShift)
	b = append(b, `},"csat_avg":`...)
	b = appendNumber(b, s.CSATAvg)
	b = append(b, `,"cases":{"total":`...)
	b = strconv.AppendInt(b, int64(s.Cases.Total), 10)
	b = append(b, `,"praise":`...)
	b = strconv.AppendInt(b, int64(s.Cases.Praise), 10)
	b = append(b, `,"by_outcome":`...)
	b = appendCounts(b, s.Cases.ByOutcome)
	b = append(b, `,"by_category":`...)
	b = appendCounts(b, s.Cases.ByCategory)
	b = append(b, `},"ideas":{"total":`...)
	b = strconv.AppendInt(b, int64(s.Ideas.Total), 10)
	b = append(b, `,"by_status":`...)
	b = appendCounts(b, s.Ideas.ByStatus)
	b = append(b, `},"weekly":`...)
	if s.Weekly == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range s.Weekly {
			if i > 0 {
				b = append(b, ',')
			}
			b = s.Weekly[i].appendJSON(b)
		}
		b = append(b, ']')
	}
	b = append(b, `,"wellbeing":{"signal":`...)
	b = strconv.AppendBool(b, s.Wellbeing.Signal)
	b = append(b, `,"reasons":`...)
	if s.Wellbeing.Reasons == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, r := range s.Wellbeing.Reasons {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, r)
		}
		b = append(b, ']')
	}
	b = append(b, `,"enabled":`...)
	b = strconv.AppendBool(b, s.Wellbeing.Enabled)
	return append(b, "}}"...)
}

func (w *WeekStats) appendJSON(b []byte) []byte {
	b = append(b, `{"week":"`...)
	b = appendPadded(b, w.Week.Year, 4)
	b = append(b, "-W"...)
	b = appendPadded(b, w.Week.Num, 2)
	b = append(b, `","shifts":`...)
	b = strconv.AppendInt(b, int64(w.Shifts), 10)
	b = append(b, `,"mood_avg":`...)
	b = appendNumber(b, w.MoodAvg)
	b = append(b, `,"energy_avg":`...)
	b = appendNumber(b, w.EnergyAvg)
	b = append(b, `,"stress_avg":`...)
	b = appendNumber(b, w.StressAvg)
	b = append(b, `,"contacts":`...)
	b = strconv.AppendInt(b, int64(w.Contacts), 10)
	b = append(b, `,"csat_avg":`...)
	b = appendNumber(b, w.CSATAvg)
	b = append(b, `,"cases":`...)
	b = strconv.AppendInt(b, int64(w.Cases), 10)
	b = append(b, `,"praise":`...)
	b = strconv.AppendInt(b, int64(w.Praise), 10)
	return append(b, '}')
}

func appendDate(b []byte, d journal.Date) []byte {
	if d.IsZero() {
		return append(b, `""`...)
	}
	y, m, dd := d.Parts()
	b = append(b, '"')
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	b = appendPadded(b, int(m), 2)
	b = append(b, '-')
	b = appendPadded(b, dd, 2)
	return append(b, '"')
}

func appendPadded(b []byte, v, width int) []byte {
	for n, p := 1, 10; n < width; n, p = n+1, p*10 {
		if v < p {
			b = append(b, '0')
		}
	}
	return strconv.AppendInt(b, int64(v), 10)
}

// appendNumber writes a float the way encoding/json does (shortest
// representation, exponent only outside [1e-6, 1e21)); nil is null.
func appendNumber(b []byte, v *float64) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	f := *v
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// 1e-07 → 1e-7, as encoding/json writes it.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendCounts writes a map with its keys sorted, as encoding/json does.
func appendCounts(b []byte, m map[string]int) []byte {
	if m == nil {
		return append(b, "null"...)
	}
	b = append(b, '{')
	for i, k := range slices.Sorted(maps.Keys(m)) {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, k)
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(m[k]), 10)
	}
	return append(b, '}')
}

// appendString leaves the escaping of strings (category names are the
// person's own words) to encoding/json: they are few.
func appendString(b []byte, s string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
}
