package day

import (
	"errors"
	"reflect"
	"testing"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	bolt "go.etcd.io/bbolt"
)

// List (`list --json`, searches) decodes the entries on every CPU and
// turns them newest first: on a generated journal it gives exactly what
// the walk newest first gives, with and without vents, for the whole
// journal, a range, a search and a category; with a damaged record it
// fails naming the record the walk meets first.
func TestListIsTheWalkNewestFirst(t *testing.T) {
	j := newJournal(t)
	a := gen.Journal(2, 5, journal.NewDate(2026, 11, 25))
	seed(t, j, func(tx *store.Tx) error {
		_, err := archive.Apply(tx, a, false, false, nil)
		return err
	})
	zh := i18n.New(i18n.ZH)
	walk := func(from, to journal.Date, q Query, vents bool) (out []journal.Entry, err error) {
		err = j.read(func(tx *store.Tx) error {
			if !vents {
				tx = tx.WithoutVents()
			}
			out, err = walkNewestFirst(tx, from, to, q)
			return err
		})
		return out, err
	}
	cat := a.Entries[len(a.Entries)/2].Cases[0].Category
	for _, c := range []struct {
		from, to journal.Date
		q        Query
	}{
		{0, 0, NewQuery("", "", zh)},
		{20260101, 20260630, NewQuery("", "", zh)},
		{0, 0, NewQuery("退款", "", zh)},
		{0, 20260301, NewQuery("", cat, zh)},
		{0, 0, NewQuery("没有这样的话", "", zh)},
	} {
		for _, vents := range []bool{false, true} {
			got, err := j.List(c.from, c.to, c.q, vents)
			want, werr := walk(c.from, c.to, c.q, vents)
			if err != nil || werr != nil {
				t.Fatal(err, werr)
			}
			t.Logf("%s–%s vents %v: %d entries", c.from, c.to, vents, len(got))
			if len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
				t.Errorf("%s–%s %+v vents %v: %d entries, the walk %d", c.from, c.to, c.q, vents, len(got), len(want))
			}
		}
	}
	// Two damaged entries: the newer is the one named.
	db, err := bolt.Open(j.Path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{a.Entries[10].ShiftDate.String(), a.Entries[20].ShiftDate.String()} {
		db.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte("entries"))
			v := append([]byte(nil), b.Get([]byte(k))...)
			v[len(v)/2] ^= 1
			return b.Put([]byte(k), v)
		})
	}
	db.Close()
	_, err = j.List(0, 0, NewQuery("", "", zh), true)
	var re *store.RecordError
	if !errors.As(err, &re) || re.Key != a.Entries[20].ShiftDate.String() {
		t.Errorf("damaged: %v, want the entry of %s named", err, a.Entries[20].ShiftDate)
	}
}
