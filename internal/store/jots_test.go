package store

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	bolt "go.etcd.io/bbolt"
)

// JotsIn reads in one walk what Jots reads date by date, for every date
// and range, on random jots, and meets damage where Jots meets it: only
// under the damaged record's date.
func TestJotsInAgreesWithJots(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 5))
	path := newJournal(t)
	first := journal.Date(20260101)
	err := Write(path, Options{}, func(tx *Tx) error {
		for range 400 {
			d := first.AddDays(rnd.IntN(120))
			j := journal.Jot{At: time.Date(2026, 1, 1, rnd.IntN(24), rnd.IntN(60), 0, 0, time.Local), Text: "记一下：" + string(rune('甲'+rnd.IntN(50)))}
			if err := tx.AddJot(d, &j); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Damage: a flipped bit under one date, a key of the wrong length
	// under another, and a key under no date at all.
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketJots)
		c := b.Cursor()
		k, v := c.Seek(dateKey(first.AddDays(30)))
		k, v = append([]byte(nil), k...), append([]byte(nil), v...)
		v[len(v)-1] ^= 1
		if err := b.Put(k, v); err != nil {
			return err
		}
		k, v = c.Seek(dateKey(first.AddDays(60)))
		if err := b.Put(append(append([]byte(nil), k[:10]...), 'x'), v); err != nil {
			return err
		}
		return b.Put([]byte("zz-not-a-date"), v)
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	bounds := []journal.Date{0, first.AddDays(-1), first, first.AddDays(29), first.AddDays(30), first.AddDays(77), first.AddDays(119), first.AddDays(200)}
	damagedSeen := 0
	err = Read(path, Options{}, func(tx *Tx) error {
		for _, from := range bounds {
			for _, to := range bounds {
				if to != 0 && to < from {
					continue
				}
				all, err := tx.JotsIn(from, to)
				if err != nil {
					t.Fatalf("[%v, %v]: %v", from, to, err)
				}
				for d := first.AddDays(-2); d <= first.AddDays(122); d = d.AddDays(1) {
					if from != 0 && d < from || to != 0 && d > to {
						continue
					}
					want, wantErr := tx.Jots(d)
					got, gotErr := all.Of(d)
					if (wantErr != nil) != (gotErr != nil) || wantErr != nil && !errors.Is(gotErr, ErrDamaged) {
						t.Fatalf("%v in [%v, %v]: Jots %v, JotsIn %v", d, from, to, wantErr, gotErr)
					}
					if wantErr != nil {
						damagedSeen++
						continue
					}
					if !reflect.DeepEqual(want, got) {
						t.Fatalf("%v in [%v, %v]: Jots %+v, JotsIn %+v", d, from, to, want, got)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if damagedSeen == 0 {
		t.Fatal("no damage was met: the test no longer tests it")
	}
}
