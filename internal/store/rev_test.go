package store

import (
	"errors"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
)

// Every save of an entry or a draft adds 1 to its revision; a save "only
// if still at revision N" writes nothing and says ErrConflict once someone
// else has saved.
func TestConditionalSavesFindOtherWriters(t *testing.T) {
	path := newJournal(t)
	d := journal.Date(20261125)
	mine := sample(d)
	err := Write(path, Options{}, func(tx *Tx) error {
		if err := tx.PutEntryIfRev(&mine, false, 0); err != nil {
			return err
		}
		if mine.Rev != 1 {
			t.Errorf("first save rev %d", mine.Rev)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Another process (an import, `debrief edit`) saves the date.
	theirs := sample(d)
	theirs.Tomorrow = "他们改的"
	if err := Write(path, Options{}, func(tx *Tx) error { return tx.PutEntry(&theirs, false) }); err != nil {
		t.Fatal(err)
	}
	if theirs.Rev != 2 {
		t.Errorf("their rev %d", theirs.Rev)
	}
	mine.Tomorrow = "我改的"
	err = Write(path, Options{}, func(tx *Tx) error { return tx.PutEntryIfRev(&mine, false, 1) })
	if !errors.Is(err, ErrConflict) {
		t.Fatalf("stale save: %v", err)
	}
	err = Read(path, Options{}, func(tx *Tx) error {
		e, _, err := tx.Entry(d)
		if e.Tomorrow != "他们改的" || e.Rev != 2 {
			t.Errorf("their save was overwritten: %+v", e)
		}
		rev, _ := tx.EntryRev(d)
		if rev != 2 {
			t.Errorf("EntryRev %d", rev)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := Write(path, Options{}, func(tx *Tx) error { return tx.PutEntryIfRev(&mine, false, 2) }); err != nil || mine.Rev != 3 {
		t.Errorf("save at the current rev: %v, rev %d", err, mine.Rev)
	}
	// "Only if there is none" refuses an existing entry.
	other := sample(d)
	if err := Write(path, Options{}, func(tx *Tx) error { return tx.PutEntryIfRev(&other, false, 0) }); !errors.Is(err, ErrConflict) {
		t.Errorf("save over an existing entry: %v", err)
	}

	dr := journal.Draft{Entry: journal.Entry{ShiftDate: d, Vent: "草稿"}}
	if err := Write(path, Options{}, func(tx *Tx) error { return tx.PutDraftIfRev(&dr, 0) }); err != nil || dr.Rev != 1 {
		t.Fatalf("draft: %v rev %d", err, dr.Rev)
	}
	second := journal.Draft{Entry: journal.Entry{ShiftDate: d, Vent: "另一个 app"}}
	if err := Write(path, Options{}, func(tx *Tx) error { return tx.PutDraftIfRev(&second, 0) }); !errors.Is(err, ErrConflict) {
		t.Errorf("second app's draft: %v", err)
	}
	if err := Write(path, Options{}, func(tx *Tx) error { return tx.PutDraftIfRev(&dr, 1) }); err != nil || dr.Rev != 2 {
		t.Errorf("draft at its rev: %v rev %d", err, dr.Rev)
	}
}

// A jot added while the app holds the draft survives the app's next
// draft save, which writes the draft it loaded (with the jots it saw).
func TestJotAddedDuringAnOpenDraftSurvives(t *testing.T) {
	path := newJournal(t)
	d := journal.Date(20261125)
	at := time.Date(2026, 11, 25, 10, 0, 0, 0, time.FixedZone("", 8*3600))
	add := func(text string) {
		t.Helper()
		if err := Write(path, Options{}, func(tx *Tx) error { return tx.AddJot(d, &journal.Jot{At: at, Text: text}) }); err != nil {
			t.Fatal(err)
		}
	}
	add("A 顾客要快递员电话")
	var loaded journal.Draft
	err := Read(path, Options{}, func(tx *Tx) error {
		var ok bool
		var err error
		loaded, ok, err = tx.Draft(d)
		if !ok || len(loaded.Jots) != 1 || loaded.Rev != 0 || loaded.Entry.ShiftDate != d {
			t.Errorf("a date with only jots reads as a draft of them: %+v %v", loaded, ok)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	add("B refund stuck")
	loaded.Entry.Mood = 3
	if err := Write(path, Options{}, func(tx *Tx) error { return tx.PutDraft(&loaded) }); err != nil {
		t.Fatal(err)
	}
	add("C 第三条")
	err = Read(path, Options{}, func(tx *Tx) error {
		dr, ok, err := tx.Draft(d)
		if err != nil || !ok || dr.Entry.Mood != 3 || len(dr.Jots) != 3 || dr.Jots[1].Text != "B refund stuck" || dr.Jots[2].ID != 3 {
			t.Errorf("draft %+v (%v)", dr, err)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Jots of a date come with their ids; used ones are deleted by id; an
// entry's delete takes its vent and its jots; a draft's delete leaves
// the jots with the shift.
func TestJotsAndVentsGoWithTheirDate(t *testing.T) {
	path := newJournal(t)
	d, other := journal.Date(20261125), journal.Date(20261126)
	at := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	err := Write(path, Options{}, func(tx *Tx) error {
		for _, j := range []struct {
			d    journal.Date
			text string
		}{{d, "一"}, {other, "别的日子"}, {d, "二"}, {d, "三"}} {
			if err := tx.AddJot(j.d, &journal.Jot{At: at, Text: j.text}); err != nil {
				return err
			}
		}
		if err := tx.AddJot(d, &journal.Jot{At: at, Text: "  "}); err == nil {
			t.Error("an empty jot was added")
		}
		e := sample(d)
		if err := tx.PutEntry(&e, false); err != nil {
			return err
		}
		dr := journal.Draft{Entry: journal.Entry{ShiftDate: d}}
		return tx.PutDraft(&dr)
	})
	if err != nil {
		t.Fatal(err)
	}
	texts := func(tx *Tx, day journal.Date) (out []string) {
		jots, err := tx.Jots(day)
		if err != nil {
			t.Fatal(err)
		}
		for _, j := range jots {
			out = append(out, j.Text+"#"+itoa(j.ID))
		}
		return out
	}
	err = Write(path, Options{}, func(tx *Tx) error {
		if got := texts(tx, d); len(got) != 3 || got[0] != "一#1" || got[1] != "二#3" || got[2] != "三#4" {
			t.Errorf("jots %v", got)
		}
		if err := tx.DeleteJots(d, 3); err != nil {
			return err
		}
		if err := tx.DeleteJots(d, 2); !errors.Is(err, ErrNotFound) {
			t.Errorf("another date's jot deleted: %v", err)
		}
		if got := texts(tx, d); len(got) != 2 || got[1] != "三#4" {
			t.Errorf("after delete %v", got)
		}
		return tx.DeleteDraft(d)
	})
	if err != nil {
		t.Fatal(err)
	}
	err = Write(path, Options{}, func(tx *Tx) error {
		if got := texts(tx, d); len(got) != 2 {
			t.Errorf("the draft's delete took the jots: %v", got)
		}
		if _, ok, _ := tx.Draft(d); ok {
			t.Error("a date with an entry reads a draft of its jots")
		}
		return tx.DeleteEntry(d)
	})
	if err != nil {
		t.Fatal(err)
	}
	if counts := bucketKeys(t, path); counts["vents"] != 0 || counts["jots"] != 1 || counts["entries"] != 0 || counts["metrics"] != 0 {
		t.Errorf("after deleting the entry: %v", counts)
	}
}

// An idea id above 2^53−1 is refused naming the field; at the top of the
// range the next id is refused instead of wrapping onto idea 0 or 1.
func TestIdeaIDsNeverWrap(t *testing.T) {
	path := newJournal(t)
	err := Write(path, Options{}, func(tx *Tx) error {
		huge := journal.Idea{ID: 1<<64 - 1, ShiftDate: 20261101, Kind: "product", Text: "x"}
		var fe *journal.FieldError
		if err := tx.PutIdea(&huge, true); !errors.As(err, &fe) || fe.Field != "id" || fe.Rule != journal.RuleRange {
			t.Errorf("huge id: %v", err)
		}
		first := journal.Idea{ShiftDate: 20261101, Kind: "product", Text: "第一条"}
		if err := tx.PutIdea(&first, false); err != nil {
			return err
		}
		top := journal.Idea{ID: journal.MaxIdeaID, ShiftDate: 20261101, Kind: "product", Text: "top"}
		if err := tx.PutIdea(&top, true); err != nil {
			return err
		}
		next := journal.Idea{ShiftDate: 20261102, Kind: "product", Text: "next"}
		if err := tx.PutIdea(&next, false); !errors.As(err, &fe) || fe.Field != "id" {
			t.Errorf("id past the top: %v (id %d)", err, next.ID)
		}
		ideas, err := tx.Ideas()
		if len(ideas) != 2 || ideas[0].Text != "第一条" || ideas[1].ID != journal.MaxIdeaID {
			t.Errorf("ideas %+v", ideas)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
