package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	bolt "go.etcd.io/bbolt"
)

// generated writes a generated journal of years ending 2026-11-25.
func generated(t *testing.T, years int, seed uint64) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "journal.db")
	a := gen.Journal(years, seed, 20261125)
	err := store.Write(path, store.Options{}, func(tx *store.Tx) error {
		_, err := archive.Apply(tx, a, false, false, nil)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// What statistics and listings read from the metrics records is what the
// entries themselves give: the same numbers, categories and headline for
// every shift of generated journals, whole and in ranges, in both orders.
func TestMetricsAgreeWithEntries(t *testing.T) {
	for seed := range uint64(3) {
		path := generated(t, 3, seed+1)
		j, err := store.OpenReadOnly(path, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		err = j.View(func(tx *store.Tx) error {
			entries, err := tx.AllEntries()
			if err != nil {
				return err
			}
			if len(entries) < 300 {
				t.Fatalf("seed %d: only %d entries", seed+1, len(entries))
			}
			want := make([]journal.Summary, len(entries))
			for i := range entries {
				want[i] = journal.Summary{Metrics: journal.MetricsOf(&entries[i]), Headline: journal.HeadlineOf(&entries[i])}
			}
			from, to := entries[len(entries)/3].ShiftDate, entries[2*len(entries)/3].ShiftDate
			lo, hi := len(entries)/3, 2*len(entries)/3+1
			for _, r := range []struct {
				from, to journal.Date
				want     []journal.Summary
			}{{0, 0, want}, {from, 0, want[lo:]}, {0, to, want[:hi]}, {from, to, want[lo:hi]}} {
				ms, err := tx.Metrics(r.from, r.to)
				if err != nil {
					return err
				}
				if len(ms) != len(r.want) {
					t.Fatalf("seed %d %s–%s: %d metrics, want %d", seed+1, r.from, r.to, len(ms), len(r.want))
				}
				for i := range ms {
					if !reflect.DeepEqual(ms[i], r.want[i].Metrics) {
						t.Fatalf("seed %d %s: metrics\n%+v\nwant\n%+v", seed+1, ms[i].Date, ms[i], r.want[i].Metrics)
					}
				}
				// A record's categories are its own: appending to them
				// leaves the next record's as they were.
				for i := range ms[:len(ms)-1] {
					next := append([]string(nil), ms[i+1].Categories...)
					_ = append(ms[i].Categories, "新的")
					if !reflect.DeepEqual(ms[i+1].Categories, next) {
						t.Fatalf("seed %d %s: an append reached the next record's categories", seed+1, ms[i].Date)
					}
				}
				i := len(r.want)
				for s, err := range tx.SummariesNewestFirst(r.from, r.to) {
					if err != nil {
						return err
					}
					i--
					if i < 0 || !reflect.DeepEqual(s, r.want[i]) {
						t.Fatalf("seed %d: summary %d: %+v", seed+1, i, s)
					}
				}
				if i != 0 {
					t.Fatalf("seed %d: %d summaries missing", seed+1, i)
				}
			}
			return nil
		})
		j.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
}

// A damaged metrics record stops statistics and listings with ErrDamaged
// naming it, wherever it is in the walk: never a wrong number.
func TestMetricsDamageIsFound(t *testing.T) {
	path := generated(t, 1, 7)
	var keys [][]byte
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("metrics")).ForEach(func(k, _ []byte) error {
			keys = append(keys, append([]byte(nil), k...))
			return nil
		})
	})
	db.Close()
	for _, at := range []int{0, len(keys) / 2, len(keys) - 1} {
		for _, cut := range []bool{false, true} {
			p := filepath.Join(t.TempDir(), "journal.db")
			copyFile(t, path, p)
			db, err := bolt.Open(p, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			err = db.Update(func(tx *bolt.Tx) error {
				b := tx.Bucket([]byte("metrics"))
				v := append([]byte(nil), b.Get(keys[at])...)
				if cut {
					v = v[:len(v)/2]
				} else {
					v[len(v)/2] ^= 0x10
				}
				return b.Put(keys[at], v)
			})
			db.Close()
			if err != nil {
				t.Fatal(err)
			}
			j, err := store.OpenReadOnly(p, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			j.View(func(tx *store.Tx) error {
				_, err := tx.Metrics(0, 0)
				var re *store.RecordError
				if !errors.Is(err, store.ErrDamaged) || !errors.As(err, &re) || re.Bucket != "metrics" || re.Key != string(keys[at]) {
					t.Errorf("record %s damaged (cut %v): Metrics says %v", keys[at], cut, err)
				}
				var last error
				for _, err := range tx.Summaries(0, 0) {
					last = err
				}
				if !errors.Is(last, store.ErrDamaged) {
					t.Errorf("record %s damaged (cut %v): Summaries end with %v", keys[at], cut, last)
				}
				return nil
			})
			j.Close()
		}
	}
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o600); err != nil {
		t.Fatal(err)
	}
}
