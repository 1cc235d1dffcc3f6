package journal

import (
	"strings"
	"testing"
)

// The parsers of what people type: never a panic; what is accepted prints
// back as exactly what was typed (so nothing is silently reinterpreted) and
// is a real calendar value.

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-11-25", "2026-02-29", "2024-02-29", "0000-01-01", "1900-01-01", "2999-12-31", "2026-13-01", "+026-11-25", "2026-1-5", "２０２６-11-25"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q) = %s", s, d)
		}
		if back := DateOf(d.Time()); back != d {
			t.Fatalf("%q is not a calendar day (%s)", s, back)
		}
		if d.AddDays(1).AddDays(-1) != d {
			t.Fatalf("day arithmetic around %s", d)
		}
	})
}

func FuzzParseWeek(f *testing.F) {
	for _, s := range []string{"2026-W47", "2026-w01", "2020-W53", "2021-W53", "2026-W00", "2026-W+1", "1900-W01", "2999-W52"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, err := ParseWeek(s)
		if err != nil {
			return
		}
		if w.String() != strings.ToUpper(s) {
			t.Fatalf("ParseWeek(%q) = %s", s, w)
		}
		if WeekOf(w.Monday()) != w || WeekOf(w.Sunday()) != w || w.Monday().Weekday() != 1 {
			t.Fatalf("%s: Monday %s Sunday %s", w, w.Monday(), w.Sunday())
		}
	})
}

func FuzzParseClock(f *testing.F) {
	for _, s := range []string{"00:00", "23:59", "24:00", "9:30", "09:60", "-1:00", "+9:00", "12:+5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseClock(s)
		if err != nil {
			return
		}
		if c.String() != s || c < 0 || c >= 24*60 {
			t.Fatalf("ParseClock(%q) = %d (%s)", s, c, c)
		}
	})
}

// Whatever ReadClock accepts is a time of day that ParseClock reads back
// from its HH:MM form, and every HH:MM ParseClock accepts reads the same.
func FuzzReadClock(f *testing.F) {
	for _, s := range []string{"9", "21", "930", "2130", "9:30", "21.30", "0930", " 9 ", "２１：３０", "25:99", "-3", "24", "9:5", "1:2:3", "", "９。３０", "12345"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strict, err := ParseClock(s); err == nil {
			if c, err := ReadClock(s); err != nil || c != strict {
				t.Fatalf("ReadClock(%q) = %v, %v; ParseClock says %v", s, c, err, strict)
			}
		}
		c, err := ReadClock(s)
		if err != nil {
			return
		}
		if c < 0 || c >= 24*60 {
			t.Fatalf("ReadClock(%q) = %d", s, c)
		}
		if back, err := ParseClock(c.String()); err != nil || back != c {
			t.Fatalf("ReadClock(%q) = %s, which ParseClock reads as %v, %v", s, c, back, err)
		}
	})
}
