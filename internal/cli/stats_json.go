package cli

import (
	"maps"
	"slices"
	"strconv"

	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/jsonout"
	"github.com/debrief-app/debrief/internal/safetext"
)

// appendStatsJSON appends s as `debrief stats --json` prints it for a
// script: one line, byte for byte what encoding/json's Encoder (without
// HTML escaping) through safetext.JSON writes for it
// (TestStatsJSONIsEncodingJSON), but without reflection. Ten years are
// 520 weekly rows; encoding them by reflection, each week and date through
// its MarshalText, was a fifth of the command's own time.
func appendStatsJSON(b []byte, s *insight.Stats) []byte {
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
		key string
		v   *insight.ScaleStats
	}{{`,"mood":`, &s.Mood}, {`,"energy":`, &s.Energy}, {`,"stress":`, &s.Stress}} {
		b = append(b, sc.key...)
		b = append(b, `{"avg":`...)
		b = appendNumber(b, sc.v.Avg)
		b = append(b, `,"last7_avg":`...)
		b = appendNumber(b, sc.v.Last7Avg)
		b = append(b, `,"prev7_avg":`...)
		b = appendNumber(b, sc.v.Prev7Avg)
		b = append(b, `,"trend":`...)
		b = safetext.AppendJSON(b, sc.v.Trend)
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
	b = appendWeeks(b, s.Weekly)
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
			b = safetext.AppendJSON(b, r)
		}
		b = append(b, ']')
	}
	b = append(b, `,"enabled":`...)
	b = strconv.AppendBool(b, s.Wellbeing.Enabled)
	b = append(b, `},"by_weekday":`...)
	b = appendGroups(b, s.ByWeekday)
	b = append(b, `,"by_shift":`...)
	b = appendGroups(b, s.ByShift)
	b = append(b, `,"by_category_stress":`...)
	if s.ByCategoryStress == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '{')
		for i, k := range slices.Sorted(maps.Keys(s.ByCategoryStress)) {
			c := s.ByCategoryStress[k]
			b = appendKey(b, i, k)
			b = append(b, `{"stress_avg":`...)
			b = appendNumber(b, c.StressAvg)
			b = append(b, `,"shifts":`...)
			b = strconv.AppendInt(b, int64(c.Shifts), 10)
			b = append(b, '}')
		}
		b = append(b, '}')
	}
	return append(b, "}\n"...)
}

func appendWeeks(b []byte, weeks []insight.WeekStats) []byte {
	if weeks == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range weeks {
		w := &weeks[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"week":"`...)
		b = append(b, w.Week.String()...)
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
		b = append(b, '}')
	}
	return append(b, ']')
}

// appendGroups writes groups by name, in encoding/json's order of keys.
func appendGroups(b []byte, groups map[string]insight.Group) []byte {
	if groups == nil {
		return append(b, "null"...)
	}
	b = append(b, '{')
	for i, k := range slices.Sorted(maps.Keys(groups)) {
		g := groups[k]
		b = appendKey(b, i, k)
		b = append(b, `{"shifts":`...)
		b = strconv.AppendInt(b, int64(g.Shifts), 10)
		b = append(b, `,"mood_avg":`...)
		b = appendNumber(b, g.MoodAvg)
		b = append(b, `,"energy_avg":`...)
		b = appendNumber(b, g.EnergyAvg)
		b = append(b, `,"stress_avg":`...)
		b = appendNumber(b, g.StressAvg)
		b = append(b, `,"contacts_per_shift":`...)
		b = appendNumber(b, g.ContactsPerShift)
		b = append(b, '}')
	}
	return append(b, '}')
}

// appendCounts writes a map of counts, in encoding/json's order of keys.
func appendCounts(b []byte, counts map[string]int) []byte {
	if counts == nil {
		return append(b, "null"...)
	}
	b = append(b, '{')
	for i, k := range slices.Sorted(maps.Keys(counts)) {
		b = appendKey(b, i, k)
		b = strconv.AppendInt(b, int64(counts[k]), 10)
	}
	return append(b, '}')
}

// appendKey writes the i-th key of an object and its colon.
func appendKey(b []byte, i int, k string) []byte {
	if i > 0 {
		b = append(b, ',')
	}
	b = safetext.AppendJSON(b, k)
	return append(b, ':')
}

func appendDate(b []byte, d journal.Date) []byte {
	b = append(b, '"')
	b = append(b, d.String()...)
	return append(b, '"')
}

// appendNumber writes a float64 as encoding/json does, or null. The
// figures are means and ratios of validated values: always finite.
func appendNumber(b []byte, f *float64) []byte {
	if f == nil {
		return append(b, "null"...)
	}
	return jsonout.AppendFloat(b, *f)
}
