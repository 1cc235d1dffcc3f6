package archive

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// An archive whose records have no times: an entry without created_at and
// updated_at, one with updated_at only, an idea and a review without
// updated_at.
const timelessArchive = `{"format":"debrief-archive","version":1,"exported_at":"2026-11-25T21:00:00+08:00",
"entries":[
 {"shift_date":"2016-03-07","shift":"day","mood":4,"contacts":61},
 {"shift_date":"2016-03-08","shift":"night","mood":3,"updated_at":"2016-03-09T06:10:00+08:00"}],
"ideas":[{"id":7,"shift_date":"2016-03-07","kind":"product","text":"订单页显示快递员电话","status":"adopted"}],
"weekly_reviews":[{"week":"2016-W10","went_well":"耐心"}]}`

// TestImportedTimesTellTheTruth: an import keeps the archive's times and
// derives the missing ones from each record's own date, whatever the wall
// clock says (here: the store's clock is 2026, ten years after the
// records); the backup then carries those times, never 0001-01-01, and a
// second round trip is exact.
func TestImportedTimesTellTheTruth(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	wall := time.Date(2026, 11, 30, 4, 0, 0, 0, time.UTC)
	opt := store.Options{Now: func() time.Time { return wall }}
	path := filepath.Join(t.TempDir(), "j.db")
	dec := NewDecoder(strings.NewReader(timelessArchive), 1<<20)
	err := store.Write(path, opt, func(tx *store.Tx) error {
		_, err := Import(tx, dec, Options{Loc: cst})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	noon := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, cst) }
	err = store.Read(path, opt, func(tx *store.Tx) error {
		e, _, err := tx.Entry(journal.NewDate(2016, 3, 7))
		if err != nil {
			return err
		}
		if !e.CreatedAt.Equal(noon(2016, 3, 7)) || !e.UpdatedAt.Equal(noon(2016, 3, 7)) {
			t.Errorf("entry without times: created %v updated %v, want midday of its shift date", e.CreatedAt, e.UpdatedAt)
		}
		e, _, err = tx.Entry(journal.NewDate(2016, 3, 8))
		if err != nil {
			return err
		}
		kept := time.Date(2016, 3, 9, 6, 10, 0, 0, cst)
		if !e.UpdatedAt.Equal(kept) || !e.CreatedAt.Equal(kept) {
			t.Errorf("entry with updated_at only: created %v updated %v, want both %v", e.CreatedAt, e.UpdatedAt, kept)
		}
		x, _, err := tx.Idea(7)
		if err != nil {
			return err
		}
		if !x.UpdatedAt.Equal(noon(2016, 3, 7)) {
			t.Errorf("idea without updated_at: %v, want midday of the day it was raised", x.UpdatedAt)
		}
		r, _, err := tx.Review(journal.Week{Year: 2016, Num: 10})
		if err != nil {
			return err
		}
		if !r.UpdatedAt.Equal(noon(2016, 3, 13)) {
			t.Errorf("review without updated_at: %v, want midday of the week's Sunday", r.UpdatedAt)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var b1 bytes.Buffer
	Encode(&b1, backup(t, path))
	out := b1.String()
	for _, bad := range []string{"0001-01-01", "2026-11-30"} {
		if strings.Contains(out, bad) {
			t.Errorf("the backup holds %s:\n%s", bad, out)
		}
	}
	second := filepath.Join(t.TempDir(), "k.db")
	if _, err := importInto(t, second, out, false); err != nil {
		t.Fatal(err)
	}
	var b2 bytes.Buffer
	Encode(&b2, backup(t, second))
	if b2.String() != out {
		t.Errorf("round trip differs:\n%s\n---\n%s", out, b2.String())
	}
}
