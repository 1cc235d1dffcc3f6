package insight

import (
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
)

// fourOnTwoOff starts on Sunday 2026-11-01: worked 1–4, 7–10, 13–16,
// 19–22, 25–28 November; off 5–6, 11–12, 17–18, 23–24.
var fourOnTwoOff = []string{"day", "day", "day", "day", "off", "off"}

func rotCal(t *testing.T, today string, kinds []string, start string, off ...string) Calendar {
	t.Helper()
	return cal(t, today, weekdaysOnly, off...).WithRotation(kinds, date(t, start))
}

// Every expectation below was counted by hand on a paper calendar of
// November 2026; the comments give the count.
func TestRotationStreaksAndConsistency(t *testing.T) {
	tests := []struct {
		name             string
		today            string
		off              []string
		logged           []string
		current, longest int
		consistency      *float64
	}{
		{
			// Missed the 9th. Back from the 22nd: 22 21 20 19, skip 18 17,
			// 16 15 14 13, skip 12 11, 10, then 9 stops the walk: 9.
			// Runs: 1 2 3 4 7 8 = 6; 10 … 22 = 9. Scheduled since the 1st:
			// 16, logged 15 → 0.94.
			name:  "4-on-2-off with a miss",
			today: "2026-11-22",
			logged: []string{"2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-07", "2026-11-08",
				"2026-11-10", "2026-11-13", "2026-11-14", "2026-11-15", "2026-11-16",
				"2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"},
			current: 9, longest: 9, consistency: fp(0.94),
		},
		{
			// Sick on the 14th, in the middle of a run: 20 19, skip 18 17,
			// 16 15, skip the 14th (off), 13; the 13th is the first entry: 5.
			// Scheduled from the 13th: 13 15 16 19 20 = 5 (the 14th is off).
			name:    "a day off inside a run",
			today:   "2026-11-20",
			off:     []string{"2026-11-14"},
			logged:  []string{"2026-11-13", "2026-11-15", "2026-11-16", "2026-11-19", "2026-11-20"},
			current: 5, longest: 5, consistency: fp(1),
		},
		{
			// The 24th is a rest day, nothing logged: start at the 23rd (rest,
			// skipped), then 22 21 20 19: 4. Scheduled from the 19th: 4.
			name:    "today a rest day",
			today:   "2026-11-24",
			logged:  []string{"2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"},
			current: 4, longest: 4, consistency: fp(1),
		},
		{
			// By weekdays the 21st and 22nd (a weekend) would not count and
			// Monday the 23rd would be "missed"; the rotation says the
			// opposite. Logged Thu 19 … Sun 22, today Tue 24 is off.
			name:    "the weekend is a workday, Monday is not",
			today:   "2026-11-24",
			logged:  []string{"2026-11-19", "2026-11-20", "2026-11-22"},
			current: 1, longest: 2, consistency: fp(0.75), // missed Sat 21: 3 of 4
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := rotCal(t, tt.today, fourOnTwoOff, "2026-11-01", tt.off...)
			ms := logged(t, tt.logged...)
			cur, long := Streaks(c, ms)
			if cur != tt.current || long != tt.longest {
				t.Errorf("streaks = %d/%d, want %d/%d", cur, long, tt.current, tt.longest)
			}
			if got := Consistency30d(c, ms); fstr(got) != fstr(tt.consistency) {
				t.Errorf("consistency = %s, want %s", fstr(got), fstr(tt.consistency))
			}
		})
	}
}

func TestRotationRepeatsBothWays(t *testing.T) {
	c := rotCal(t, "2026-11-25", fourOnTwoOff, "2026-11-01")
	for _, tt := range []struct {
		day  string
		kind string
	}{
		{"2026-11-01", "day"}, {"2026-11-04", "day"}, {"2026-11-05", ""}, {"2026-11-06", ""},
		{"2026-11-07", "day"}, {"2026-11-28", "day"}, {"2026-11-29", ""},
		// Before the anchor: 31 Oct and 30 Oct are the previous cycle's off
		// days, 29 Oct its fourth working day.
		{"2026-10-31", ""}, {"2026-10-30", ""}, {"2026-10-29", "day"},
		// A year back: 2025-11-01 is 365 days earlier, 365 = 60×6 + 5, so
		// it sits at index 1 (a working day); 2025-11-04 at index 4 (off).
		{"2025-11-01", "day"}, {"2025-11-04", ""},
	} {
		d := date(t, tt.day)
		if got := c.ShiftKind(d); got != tt.kind {
			t.Errorf("%s: kind %q, want %q", tt.day, got, tt.kind)
		}
		if c.Scheduled(d) != (tt.kind != "") {
			t.Errorf("%s: scheduled %v", tt.day, c.Scheduled(d))
		}
	}
	if (Calendar{Workdays: weekdaysOnly}).ShiftKind(date(t, "2026-11-25")) != "" {
		t.Error("a weekday schedule names no shift kind")
	}
}

// A night shift 22:00–06:00 belongs to the date it starts on. With the day
// starting at 08:00, at 07:30 on 3 November "today" is still the 2nd —
// the rotation's second night — and the reminder is due until it is written.
func TestRotationNightShiftOnItsStartDate(t *testing.T) {
	nights := []string{"night", "night", "off", "off"}
	now := time.Date(2026, 11, 3, 7, 30, 0, 0, time.FixedZone("CST", 8*3600))
	today := journal.ShiftDate(now, 8*60)
	if today != date(t, "2026-11-02") {
		t.Fatalf("shift date at 07:30 = %s", today)
	}
	c := rotCal(t, today.String(), nights, "2026-11-01")
	if c.ShiftKind(today) != "night" {
		t.Errorf("kind %q, want night", c.ShiftKind(today))
	}
	over := ShiftOver(today, now, 8*60, 6*60)
	if !over || !RemindDue(c, false, over) {
		t.Errorf("night shift over at 07:30: over=%v due=%v", over, RemindDue(c, false, over))
	}
	if RemindDue(c, true, over) {
		t.Error("remind after the night was written")
	}
	cur, _ := Streaks(c, logged(t, "2026-11-01", "2026-11-02"))
	if cur != 2 {
		t.Errorf("two nights: streak %d", cur)
	}
	// The next day (the 3rd) is a rest day: no reminder even after 18:00.
	rest := rotCal(t, "2026-11-03", nights, "2026-11-01")
	if RemindDue(rest, false, true) {
		t.Error("remind on the rotation's rest day")
	}
}

// Ten straight days logged by a new user are 100%, whatever the schedule
// says about the days before they began.
func TestConsistencyNewUserTenDays(t *testing.T) {
	var days []string
	for d := date(t, "2026-11-16"); d <= date(t, "2026-11-25"); d = d.AddDays(1) {
		days = append(days, d.String())
	}
	for name, c := range map[string]Calendar{
		"weekdays": cal(t, "2026-11-25", weekdaysOnly),
		"rotation": rotCal(t, "2026-11-25", fourOnTwoOff, "2026-11-01"),
	} {
		if got := Consistency30d(c, logged(t, days...)); fstr(got) != "1" {
			t.Errorf("%s: consistency %s, want 1", name, fstr(got))
		}
	}
}
