package store_test

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
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

// On generated journals with random bytes of entry and vent payloads
// changed (and the checksum made right again, as a bug of a writer would
// leave them), the check finds the same problems with the fast paths as
// with the general decoder alone.
func TestCheckFastPathAgreesOnDamage(t *testing.T) {
	for seed := range uint64(3) {
		good := generated(t, 1, seed+11)
		r := rand.New(rand.NewPCG(seed, 1))
		path := filepath.Join(t.TempDir(), "journal.db")
		copyFile(t, good, path)
		db, err := bolt.Open(path, 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		err = db.Update(func(tx *bolt.Tx) error {
			for range 60 {
				b := tx.Bucket([]byte([]string{"entries", "vents"}[r.IntN(2)]))
				var keys [][]byte
				b.ForEach(func(k, _ []byte) error { keys = append(keys, append([]byte(nil), k...)); return nil })
				k := keys[r.IntN(len(keys))]
				v := append([]byte(nil), b.Get(k)...)
				payload := v[1 : len(v)-4]
				switch r.IntN(3) {
				case 0:
					payload[r.IntN(len(payload))] ^= byte(1 << r.IntN(8))
				case 1:
					payload[r.IntN(len(payload))] = byte(r.IntN(256))
				default:
					payload = payload[:r.IntN(len(payload))]
				}
				body := append([]byte{v[0]}, payload...)
				tab := crc32.MakeTable(crc32.Castagnoli)
				crc := crc32.Update(crc32.Checksum(k, tab), tab, body)
				if err := b.Put(k, binary.BigEndian.AppendUint32(body, crc)); err != nil {
					return err
				}
			}
			return nil
		})
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		problems := func(fast bool) []string {
			*store.CheckEntriesFast = fast
			defer func() { *store.CheckEntriesFast = true }()
			var out []string
			for _, p := range store.CheckFile(path) {
				out = append(out, p.Error())
			}
			return out
		}
		fast, general := problems(true), problems(false)
		t.Logf("seed %d: %d problems", seed, len(general))
		if len(general) == 0 {
			t.Fatalf("seed %d: 60 changed records and no problem", seed)
		}
		if !reflect.DeepEqual(fast, general) {
			t.Errorf("seed %d: the fast path finds\n%s\nthe general decoder\n%s", seed, strings.Join(fast, "\n"), strings.Join(general, "\n"))
		}
		if n := len(store.CheckFile(good)); n != 0 {
			t.Errorf("seed %d: the generated journal has %d problems", seed, n)
		}
	}
}
