package insight

import (
	"math/rand/v2"
	"testing"
	"time"
	_ "time/tzdata" // the DST test loads zones on machines without a zone database

	"github.com/debrief-app/debrief/internal/journal"
)

// 2026-11-25 is a Wednesday; 21–22 November are the weekend before it.
func TestStreaks(t *testing.T) {
	tests := []struct {
		name             string
		today            string
		workdays         [7]bool
		off              []string
		logged           []string
		current, longest int
	}{
		{name: "empty journal", today: "2026-11-25", workdays: weekdaysOnly},
		{name: "today logged", today: "2026-11-25", workdays: weekdaysOnly,
			logged: []string{"2026-11-25"}, current: 1, longest: 1},
		{name: "today not logged starts at yesterday", today: "2026-11-25", workdays: weekdaysOnly,
			logged: []string{"2026-11-24"}, current: 1, longest: 1},
		{name: "three days to today", today: "2026-11-25", workdays: weekdaysOnly,
			logged: []string{"2026-11-23", "2026-11-24", "2026-11-25"}, current: 3, longest: 3},
		{name: "weekend skipped", today: "2026-11-25", workdays: weekdaysOnly,
			logged: []string{"2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24"}, current: 4, longest: 4},
		{name: "logged Saturday adds one", today: "2026-11-25", workdays: weekdaysOnly,
			logged: []string{"2026-11-20", "2026-11-21", "2026-11-23", "2026-11-24"}, current: 4, longest: 4},
		{name: "yesterday missed and today open", today: "2026-11-25", workdays: weekdaysOnly,
			logged: []string{"2026-11-19", "2026-11-20", "2026-11-23"}, current: 0, longest: 3},
		{name: "today logged after a missed yesterday", today: "2026-11-25", workdays: weekdaysOnly,
			logged: []string{"2026-11-20", "2026-11-23", "2026-11-25"}, current: 1, longest: 2},
		{name: "day off mid-week", today: "2026-11-25", workdays: weekdaysOnly, off: []string{"2026-11-18"},
			logged:  []string{"2026-11-16", "2026-11-17", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25"},
			current: 7, longest: 7},
		{name: "missed scheduled day mid-week", today: "2026-11-25", workdays: weekdaysOnly,
			logged:  []string{"2026-11-16", "2026-11-17", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25"},
			current: 5, longest: 5},
		{name: "logged day off counts", today: "2026-11-25", workdays: weekdaysOnly, off: []string{"2026-11-24"},
			logged: []string{"2026-11-23", "2026-11-24"}, current: 2, longest: 2},
		{name: "day off as yesterday with today open", today: "2026-11-25", workdays: weekdaysOnly, off: []string{"2026-11-24"},
			logged: []string{"2026-11-23"}, current: 1, longest: 1},
		{name: "longest in the past", today: "2026-11-25", workdays: weekdaysOnly,
			logged: []string{"2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-09",
				"2026-11-24", "2026-11-25"}, current: 2, longest: 6},
		{name: "first ever entry is today", today: "2026-11-25", workdays: weekdaysOnly,
			logged: []string{"2026-11-25"}, current: 1, longest: 1},
		{name: "first ever entry two days ago", today: "2026-11-25", workdays: weekdaysOnly,
			logged: []string{"2026-11-23"}, current: 0, longest: 1},
		{name: "walk stops at the first entry", today: "2026-11-25", workdays: weekdaysOnly,
			logged: []string{"2026-11-24"}, current: 1, longest: 1},
		{name: "gap of a year breaks", today: "2026-11-25", workdays: weekdaysOnly,
			logged: []string{"2025-11-24", "2025-11-25", "2025-11-26", "2026-11-24", "2026-11-25"}, current: 2, longest: 3},
		{name: "gap of a year with no schedule", today: "2026-11-25", workdays: [7]bool{},
			logged: []string{"2025-11-24", "2025-11-25", "2025-11-26", "2026-11-24"}, current: 4, longest: 4},
		{name: "entries after today ignored", today: "2026-11-25", workdays: weekdaysOnly,
			logged: []string{"2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-30"}, current: 2, longest: 2},
		{name: "29 February", today: "2028-03-01", workdays: weekdaysOnly,
			logged: []string{"2028-02-28", "2028-02-29", "2028-03-01"}, current: 3, longest: 3},
		{name: "29 February missed breaks", today: "2028-03-01", workdays: weekdaysOnly,
			logged: []string{"2028-02-25", "2028-02-28", "2028-03-01"}, current: 1, longest: 2},
		{name: "no 29 February in 2027", today: "2027-03-01", workdays: weekdaysOnly,
			logged: []string{"2027-02-25", "2027-02-26", "2027-03-01"}, current: 3, longest: 3},
		{name: "across new year", today: "2027-01-04", workdays: weekdaysOnly, off: []string{"2027-01-01"},
			logged: []string{"2026-12-30", "2026-12-31", "2027-01-04"}, current: 3, longest: 3},
		{name: "shift worker on weekends", today: "2026-11-25", workdays: [7]bool{true, false, false, true, true, false, true},
			logged: []string{"2026-11-18", "2026-11-19", "2026-11-21", "2026-11-22", "2026-11-25"}, current: 5, longest: 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cal(t, tt.today, tt.workdays, tt.off...)
			cur, long := Streaks(c, logged(t, tt.logged...))
			if cur != tt.current || long != tt.longest {
				t.Errorf("Streaks = current %d, longest %d; want %d, %d", cur, long, tt.current, tt.longest)
			}
		})
	}
}

// A night shift that began on Tuesday at 22:00 and was written up at 01:30
// on Wednesday belongs to Tuesday; on Wednesday afternoon (today open) it
// still carries the streak.
func TestStreakNightShiftEnteredAfterMidnight(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	dayStarts := journal.Clock(5 * 60)
	mon := journal.ShiftDate(time.Date(2026, 11, 24, 0, 30, 0, 0, loc), dayStarts) // Monday night shift, after midnight
	tue := journal.ShiftDate(time.Date(2026, 11, 25, 1, 30, 0, 0, loc), dayStarts)
	today := journal.ShiftDate(time.Date(2026, 11, 25, 15, 0, 0, 0, loc), dayStarts)
	if tue != date(t, "2026-11-24") || mon != date(t, "2026-11-23") {
		t.Fatalf("shift dates %s %s, want 2026-11-23 2026-11-24", mon, tue)
	}
	ms := []journal.Metrics{{Date: mon, Mood: 3}, {Date: tue, Mood: 3}}
	cur, long := Streaks(NewCalendar(today, weekdaysOnly, nil), ms)
	if cur != 2 || long != 2 {
		t.Errorf("current %d longest %d, want 2 2", cur, long)
	}
}

// Dates are civil: the day-saving changes of 2026 (US 8 March and 1 November,
// EU 29 March and 25 October, all Sundays) neither add nor lose a day, in
// whatever zone the process runs.
func TestStreaksAcrossDaylightSaving(t *testing.T) {
	var every []string
	for d := date(t, "2026-03-01"); d <= date(t, "2026-11-07"); d = d.AddDays(1) {
		every = append(every, d.String())
	}
	want := len(every) // 252 days, all logged
	saved := time.Local
	defer func() { time.Local = saved }()
	for _, zone := range []string{"UTC", "America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Shanghai"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Fatal(err)
		}
		time.Local = loc
		c := cal(t, "2026-11-07", everyDay)
		cur, long := Streaks(c, logged(t, every...))
		if cur != want || long != want {
			t.Errorf("%s: current %d longest %d, want %d", zone, cur, long, want)
		}
		// Missing exactly the DST Sundays breaks the run there and nowhere else.
		var gaps []string
		for _, s := range every {
			if s != "2026-03-08" && s != "2026-03-29" && s != "2026-10-25" && s != "2026-11-01" {
				gaps = append(gaps, s)
			}
		}
		cur, long = Streaks(c, logged(t, gaps...))
		if cur != 6 || long != 209 { // 2–7 Nov; 30 Mar–24 Oct is 2+30+31+30+31+31+30+24 days
			t.Errorf("%s with DST Sundays missed: current %d longest %d, want 6 209", zone, cur, long)
		}
	}
}

func TestDayStepsMatchTheCalendar(t *testing.T) {
	d := date(t, "1900-01-01")
	end := date(t, "2200-12-31")
	wd := int(d.Weekday())
	for d < end {
		n := nextDay(d)
		if want := d.AddDays(1); n != want {
			t.Fatalf("nextDay(%s) = %d, want %s", d, n, want)
		}
		if p := prevDay(n); p != d {
			t.Fatalf("prevDay(%s) = %d, want %s", n, p, d)
		}
		wd = (wd + 1) % 7
		if int(n.Weekday()) != wd {
			t.Fatalf("weekday of %s drifted", n)
		}
		d = n
	}
}

// refStreaks is the definition walked literally, day by day from the first
// entry to today, independent of the run-based code.
func refStreaks(c Calendar, set map[journal.Date]bool, first journal.Date) (current, longest int) {
	if first.IsZero() {
		return 0, 0
	}
	run := 0
	for d := first; d <= c.Today; d = d.AddDays(1) {
		switch {
		case set[d]:
			run++
		case c.Scheduled(d) && d != c.Today:
			run = 0
		}
		longest = max(longest, run)
	}
	return run, longest
}

func TestStreaksProperty(t *testing.T) {
	for seed := uint64(1); seed <= 400; seed++ {
		r := rand.New(rand.NewPCG(seed, 2026))
		today := date(t, "2026-11-25").AddDays(-r.IntN(400))
		var workdays [7]bool
		for w := range workdays {
			workdays[w] = r.IntN(10) < 7
		}
		c := Calendar{Today: today, Workdays: workdays, Off: map[journal.Date]bool{}}
		span := 1 + r.IntN(200)
		density := 0.3 + r.Float64()*0.7
		var ms []journal.Metrics
		set := map[journal.Date]bool{}
		var first journal.Date
		for d := today.AddDays(-span); d <= today.AddDays(5); d = d.AddDays(1) {
			if r.IntN(12) == 0 {
				c.Off[d] = true
			}
			if r.Float64() < density {
				ms = append(ms, journal.Metrics{Date: d, Mood: 1 + r.IntN(5)})
				if d <= today {
					set[d] = true
					if first.IsZero() {
						first = d
					}
				}
			}
		}
		if r.IntN(3) == 0 { // callers may pass any order
			r.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
		}
		cur, long := Streaks(c, ms)
		if cur > long {
			t.Fatalf("seed %d: current %d > longest %d", seed, cur, long)
		}
		wantCur, wantLong := refStreaks(c, set, first)
		if cur != wantCur || long != wantLong {
			t.Fatalf("seed %d: got %d/%d, definition gives %d/%d", seed, cur, long, wantCur, wantLong)
		}
	}
}

func TestConsistency30d(t *testing.T) {
	// Window 2026-10-27 … 2026-11-25 has 22 weekdays, 21 before today.
	var weekdaysBefore []string
	for d := date(t, "2026-10-27"); d < date(t, "2026-11-25"); d = d.AddDays(1) {
		if weekdaysOnly[d.Weekday()] {
			weekdaysBefore = append(weekdaysBefore, d.String())
		}
	}
	if len(weekdaysBefore) != 21 {
		t.Fatalf("fixture: %d weekdays", len(weekdaysBefore))
	}
	withoutWeek := func() []string {
		var out []string
		for _, s := range weekdaysBefore {
			if s < "2026-11-16" || s > "2026-11-20" {
				out = append(out, s)
			}
		}
		return out
	}
	tests := []struct {
		name     string
		workdays [7]bool
		off      []string
		logged   []string
		want     *float64
	}{
		{"every weekday, today open", weekdaysOnly, nil, weekdaysBefore, fp(1)},
		{"every weekday and today", weekdaysOnly, nil, append(append([]string{}, weekdaysBefore...), "2026-11-25"), fp(1)},
		// The window starts at the first entry: a new user is not behind.
		{"only today", weekdaysOnly, nil, []string{"2026-11-25"}, fp(1)},                               // 1/1
		{"two days, today open", weekdaysOnly, nil, []string{"2026-11-23", "2026-11-24"}, fp(1)},       // 2/2
		{"began Monday, missed Tuesday", weekdaysOnly, nil, []string{"2026-11-23"}, fp(0.5)},           // 1/2
		{"older entry, then a gap", weekdaysOnly, nil, []string{"2026-10-26", "2026-11-24"}, fp(0.05)}, // 1/21
		{"a logged Saturday is not scheduled", weekdaysOnly, nil, []string{"2026-11-21"}, fp(0)},
		{"a week off", weekdaysOnly, []string{"2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"}, withoutWeek(), fp(1)},
		{"a week missed", weekdaysOnly, nil, withoutWeek(), fp(0.76)}, // 16/21
		{"older entries don't count", weekdaysOnly, nil, []string{"2026-10-26", "2026-10-23"}, fp(0)},
		{"entries after today ignored", weekdaysOnly, nil, []string{"2026-11-24", "2026-11-26"}, fp(1)}, // 1/1
		{"empty journal", weekdaysOnly, nil, nil, nil},
		{"no schedule", [7]bool{}, nil, []string{"2026-11-24"}, nil},
		{"only today scheduled and open", [7]bool{time.Wednesday: true}, []string{"2026-11-18", "2026-11-11", "2026-11-04", "2026-10-28"}, nil, nil},
		{"only today scheduled and logged", [7]bool{time.Wednesday: true}, []string{"2026-11-18", "2026-11-11", "2026-11-04", "2026-10-28"}, []string{"2026-11-25"}, fp(1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Consistency30d(cal(t, "2026-11-25", tt.workdays, tt.off...), logged(t, tt.logged...))
			if fstr(got) != fstr(tt.want) {
				t.Errorf("consistency = %s, want %s", fstr(got), fstr(tt.want))
			}
		})
	}
}
