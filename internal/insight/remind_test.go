package insight

import (
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
)

func TestShiftOver(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) time.Time {
		v, err := time.ParseInLocation("2006-01-02 15:04", s, berlin)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	clock := func(s string) journal.Clock {
		c, err := journal.ParseClock(s)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	tests := []struct {
		name                 string
		today, now           string
		dayStarts, shiftEnds string
		want                 bool
	}{
		{"before the end of a day shift", "2026-11-25", "2026-11-25 17:59", "05:00", "18:00", false},
		{"at the end", "2026-11-25", "2026-11-25 18:00", "05:00", "18:00", true},
		{"late evening", "2026-11-25", "2026-11-25 23:30", "05:00", "18:00", true},
		{"after midnight, still today's shift", "2026-11-25", "2026-11-26 01:00", "05:00", "18:00", true},
		{"night shift not over at midnight", "2026-11-25", "2026-11-26 00:30", "12:00", "06:00", false},
		{"night shift over in the morning", "2026-11-25", "2026-11-26 06:10", "12:00", "06:00", true},
		{"night shift evening before", "2026-11-25", "2026-11-25 22:00", "12:00", "06:00", false},
		{"shift end equal to day start is the next morning", "2026-11-25", "2026-11-25 23:00", "05:00", "05:00", false},
		{"on the day summer time starts", "2026-03-29", "2026-03-29 18:00", "05:00", "18:00", true},
		{"an hour before, summer time day", "2026-03-29", "2026-03-29 17:00", "05:00", "18:00", false},
		{"night across the change to winter time", "2026-10-24", "2026-10-25 05:59", "12:00", "06:00", false},
		{"night across the change to winter time, over", "2026-10-24", "2026-10-25 06:00", "12:00", "06:00", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ShiftOver(date(t, tt.today), at(tt.now), clock(tt.dayStarts), clock(tt.shiftEnds))
			if got != tt.want {
				t.Errorf("ShiftOver = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRemindDue(t *testing.T) {
	wed := cal(t, "2026-11-25", weekdaysOnly)
	off := cal(t, "2026-11-25", weekdaysOnly, "2026-11-25")
	sat := cal(t, "2026-11-28", weekdaysOnly)
	for _, tt := range []struct {
		name         string
		c            Calendar
		logged, over bool
		want         bool
	}{
		{"workday, over, not logged", wed, false, true, true},
		{"workday, over, logged", wed, true, true, false},
		{"workday, not over", wed, false, false, false},
		{"day off", off, false, true, false},
		{"weekend", sat, false, true, false},
	} {
		if got := RemindDue(tt.c, tt.logged, tt.over); got != tt.want {
			t.Errorf("%s: RemindDue = %v, want %v", tt.name, got, tt.want)
		}
	}
}
