package day

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	bolt "go.etcd.io/bbolt"
)

// checkOpening: Opening says what Empty, OnSchedule and Day say, read
// one at a time, for every day of two weeks around the journal's dates
// (scheduled and not, logged, off, with jots); an error on the same dates.
func checkOpening(t *testing.T, j *Journal, when string) {
	t.Helper()
	for d := journal.Date(20261116); d <= 20261129; d = d.AddDays(1) {
		got, err := j.Opening(d)
		want := Opening{Scheduled: j.OnSchedule(d), Today: Day{Date: d}}
		var wantErr error
		if want.Empty, wantErr = j.Empty(d); wantErr == nil && !want.Empty && want.Scheduled {
			want.Today, wantErr = j.Day(d)
		}
		if fmt.Sprint(err) != fmt.Sprint(wantErr) {
			t.Fatalf("%s, %s: Opening's error %v, one at a time %v", when, d, err, wantErr)
		}
		if err == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("%s, %s: Opening %+v, one at a time %+v", when, d, got, want)
		}
	}
}

func TestOpeningAgreesWithEmptyAndDay(t *testing.T) {
	j := newJournal(t)
	checkOpening(t, j, "a new journal")
	seed(t, j, func(tx *store.Tx) error { return tx.AddJot(20261125, &journal.Jot{Text: "退款卡住"}) })
	checkOpening(t, j, "one jot")
	seed(t, j, func(tx *store.Tx) error { return tx.PutDayOff(&journal.DayOff{Date: 20261120, Reason: "sick"}) })
	checkOpening(t, j, "a day off")
	seed(t, j, put(entry(20261119, 2), entry(20261123, 4), entry(20261124, 5)))
	checkOpening(t, j, "entries")
	seed(t, j, func(tx *store.Tx) error { return tx.PutDayOff(&journal.DayOff{Date: 20261124, Reason: "leave"}) })
	checkOpening(t, j, "a day off on a logged day")
	j.Config.Schedule = config.Schedule{Rotation: []string{"day", "day", "night", "night", "off", "off"}, RotationStart: "2026-11-16"}
	checkOpening(t, j, "a rotation")

	// A damaged record of today (its checksum broken): both say so.
	db, err := bolt.Open(j.Path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("entries"))
		v := append([]byte(nil), b.Get([]byte("2026-11-23"))...)
		v[len(v)-1] ^= 0xff
		return b.Put([]byte("2026-11-23"), v)
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	if _, err := j.Opening(20261123); err == nil {
		t.Fatal("Opening read a damaged entry without an error")
	}
	checkOpening(t, j, "a damaged entry")
}
