package journal

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	cases := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"2026-11-25", 20261125, true},
		{"2024-02-29", 20240229, true},
		{"2026-02-29", 0, false},
		{"2026-02-30", 0, false},
		{"0000-01-01", 0, false},
		{"2026-13-01", 0, false},
		{"2026-1-01", 0, false},
		{"2026/11/25", 0, false},
		{"+026-11-25", 0, false},
		{"2026-11-+5", 0, false},
		{"", 0, false},
		{"1900-01-01", 19000101, true},
		{"2999-12-31", 29991231, true},
	}
	for _, c := range cases {
		got, err := ParseDate(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v ok=%v", c.in, got, err, c.want, c.ok)
		}
		if c.ok && got.String() != c.in {
			t.Errorf("round trip %q → %q", c.in, got.String())
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	d := NewDate(2024, 2, 28)
	if got := d.AddDays(1).String(); got != "2024-02-29" {
		t.Errorf("leap day: %s", got)
	}
	if got := d.AddDays(2).String(); got != "2024-03-01" {
		t.Errorf("after leap day: %s", got)
	}
	if got := NewDate(2026, 1, 1).AddDays(-1).String(); got != "2025-12-31" {
		t.Errorf("year back: %s", got)
	}
	if n := NewDate(2026, 3, 30).DaysSince(NewDate(2026, 3, 28)); n != 2 {
		t.Errorf("DaysSince across DST = %d, want 2", n)
	}
	if w := NewDate(2026, 11, 25).Weekday(); w != time.Wednesday {
		t.Errorf("weekday %v", w)
	}
}

func TestShiftDate(t *testing.T) {
	starts := Clock(5 * 60)
	loc := time.FixedZone("CST", 8*3600)
	cases := []struct {
		now  time.Time
		want string
	}{
		{time.Date(2026, 11, 25, 4, 59, 0, 0, loc), "2026-11-24"}, // night shift still going
		{time.Date(2026, 11, 25, 5, 0, 0, 0, loc), "2026-11-25"},
		{time.Date(2026, 11, 25, 23, 30, 0, 0, loc), "2026-11-25"},
		{time.Date(2026, 3, 1, 0, 30, 0, 0, loc), "2026-02-28"},
	}
	for _, c := range cases {
		if got := ShiftDate(c.now, starts).String(); got != c.want {
			t.Errorf("ShiftDate(%v) = %s, want %s", c.now, got, c.want)
		}
	}
}

func TestParseClock(t *testing.T) {
	for in, ok := range map[string]bool{"00:00": true, "23:59": true, "24:00": false, "7:30": false, "07:60": false, "-1:00": false, "ab:cd": false} {
		_, err := ParseClock(in)
		if (err == nil) != ok {
			t.Errorf("ParseClock(%q) err=%v, want ok=%v", in, err, ok)
		}
	}
	if c, _ := ParseClock("22:05"); c.String() != "22:05" || c != 22*60+5 {
		t.Errorf("clock round trip: %v", c)
	}
}

func TestWeeks(t *testing.T) {
	cases := []struct {
		date string
		week string
		mon  string
	}{
		{"2026-11-25", "2026-W48", "2026-11-23"},
		{"2026-01-01", "2026-W01", "2025-12-29"},
		{"2021-01-03", "2020-W53", "2020-12-28"},
		{"2024-12-30", "2025-W01", "2024-12-30"},
	}
	for _, c := range cases {
		d, _ := ParseDate(c.date)
		w := WeekOf(d)
		if w.String() != c.week || w.Monday().String() != c.mon {
			t.Errorf("WeekOf(%s) = %s (Mon %s), want %s (Mon %s)", c.date, w, w.Monday(), c.week, c.mon)
		}
		p, err := ParseWeek(c.week)
		if err != nil || p != w {
			t.Errorf("ParseWeek(%s) = %v %v", c.week, p, err)
		}
	}
	for _, bad := range []string{"2026-W54", "2026-W00", "2025-W53", "2026W47", "2026-X47", ""} {
		if _, err := ParseWeek(bad); err == nil {
			t.Errorf("ParseWeek(%q) accepted", bad)
		}
	}
	if _, err := ParseWeek("2020-W53"); err != nil {
		t.Errorf("2020 has 53 weeks: %v", err)
	}
	if got := (Week{2026, 1}).Prev().String(); got != "2025-W52" {
		t.Errorf("prev of 2026-W01 = %s", got)
	}
}

// What people type at the end of a shift is read as the time they meant.
func TestReadClock(t *testing.T) {
	for in, want := range map[string]string{
		"9": "09:00", "09": "09:00", "21": "21:00", "0": "00:00", "930": "09:30", "0930": "09:30",
		"2130": "21:30", "9:30": "09:30", "21.30": "21:30", " 9:05 ": "09:05", "２１：３０": "21:30",
		"23:59": "23:59", "00:00": "00:00",
	} {
		c, err := ReadClock(in)
		if err != nil || c.String() != want {
			t.Errorf("ReadClock(%q) = %s, %v; want %s", in, c, err, want)
		}
	}
	for _, in := range []string{"", "25:99", "24", "2400", "9:5", "9:300", "-3", "+9", "12345", "9h", "9:3a", "1:2:3", "ab"} {
		if c, err := ReadClock(in); err == nil {
			t.Errorf("ReadClock(%q) = %s, want an error", in, c)
		}
	}
}
