package day

import (
	"errors"
	"slices"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

const shift = journal.Date(20261125)

func addJot(t *testing.T, j *Journal, text string) uint64 {
	t.Helper()
	jot := journal.Jot{Text: text}
	seed(t, j, func(tx *store.Tx) error { return tx.AddJot(shift, &jot) })
	return jot.ID
}

func jotTexts(t *testing.T, j *Journal) []string {
	t.Helper()
	var out []string
	err := j.read(func(tx *store.Tx) error {
		jots, err := tx.Jots(shift)
		for _, jt := range jots {
			out = append(out, jt.Text)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func storedDraft(t *testing.T, j *Journal) (journal.Draft, bool) {
	t.Helper()
	var dr journal.Draft
	var ok bool
	err := j.read(func(tx *store.Tx) error {
		var err error
		dr, ok, err = tx.Draft(shift)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return dr, ok
}

// `debrief jot A`; the app opens; `debrief jot B` in another terminal; the
// app's idle save: both jots are there (the save hands them back fresh),
// the next one is #3; the save removes only the jot a case was made from.
func TestJotsWrittenWhileTheAppIsOpenAreKept(t *testing.T) {
	j := newJournal(t)
	a := addJot(t, j, "A 顾客要快递员电话")
	w := writer(t, j, shift)
	b := addJot(t, j, "B 退款卡住了")

	got, err := w.SaveDraft(journal.Draft{Entry: journal.Entry{Mood: 3, Cases: []journal.Case{{Title: "A 顾客要快递员电话"}}}, UsedJots: []uint64{a}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Jots) != 2 || got.Jots[1].ID != b || got.EntryChanged {
		t.Fatalf("after the idle save: %+v", got)
	}
	if c := addJot(t, j, "C 第三条"); c != 3 {
		t.Errorf("the next jot is #%d, want #3", c)
	}
	e := entry(shift, 3)
	e.Cases = []journal.Case{{Title: "A 顾客要快递员电话"}}
	if _, err := w.Save(Debrief{Entry: e, UsedJots: []uint64{a}}, shift); err != nil {
		t.Fatal(err)
	}
	if got := jotTexts(t, j); !slices.Equal(got, []string{"B 退款卡住了", "C 第三条"}) {
		t.Errorf("jots after saving: %q, want the two not used", got)
	}
	if _, ok := storedDraft(t, j); ok {
		t.Error("the draft is still there")
	}
}

// An entry imported while the flow is open: the save writes nothing and
// says what the journal has; after choosing, the save goes through.
func TestImportWhileOpenIsAConflict(t *testing.T) {
	j := newJournal(t)
	before := entry(shift, 2)
	before.Helped = []string{"帮阿姨找回了订单"}
	seed(t, j, put(before))
	w := writer(t, j, shift)

	imported := entry(shift, 5)
	imported.Helped = []string{"帮阿姨找回了订单", "解释了退款规则"}
	seed(t, j, put(imported))

	mine := entry(shift, 4)
	mine.Helped = []string{"帮阿姨找回了订单", "安抚了一位着急的顾客"}
	_, err := w.Save(Debrief{Entry: mine}, shift)
	var c *Conflict
	if !errors.As(err, &c) || !errors.Is(err, ErrConflict) || !c.Saved || c.Theirs.Entry.Mood != 5 {
		t.Fatalf("save over an import: %v %+v", err, c)
	}
	if d, _ := j.Day(shift); d.Entry.Mood != 5 || d.Entry.Rev != 2 {
		t.Errorf("the imported entry was touched: %+v", d.Entry)
	}
	// Saving again without choosing still finds it.
	if _, err := w.Save(Debrief{Entry: mine}, shift); !errors.Is(err, ErrConflict) {
		t.Errorf("second save: %v", err)
	}
	w.Adopt(c)
	both := c.Merge(journal.Draft{Entry: mine})
	if _, err := w.Save(Debrief{Entry: both.Entry}, shift); err != nil {
		t.Fatal(err)
	}
	d, _ := j.Day(shift)
	if d.Entry.Mood != 4 || !slices.Equal(d.Entry.Helped, []string{"帮阿姨找回了订单", "安抚了一位着急的顾客", "解释了退款规则"}) || d.Entry.Rev != 3 {
		t.Errorf("kept both: mood %d helped %q rev %d", d.Entry.Mood, d.Entry.Helped, d.Entry.Rev)
	}
}

// Two apps on one date: the second one's idle save writes nothing over the
// first one's draft; at the end of the app what it holds is merged in;
// its save meets the other draft.
func TestTwoAppsOnOneDate(t *testing.T) {
	j := newJournal(t)
	one, two := writer(t, j, shift), writer(t, j, shift)
	if _, err := one.SaveDraft(journal.Draft{Entry: journal.Entry{Mood: 2, Helped: []string{"一号的"}}}); err != nil {
		t.Fatal(err)
	}
	_, err := two.SaveDraft(journal.Draft{Entry: journal.Entry{Mood: 4, Helped: []string{"二号的"}}})
	if !errors.Is(err, ErrConflict) {
		t.Fatalf("the second app's idle save: %v", err)
	}
	if dr, _ := storedDraft(t, j); dr.Entry.Mood != 2 || dr.Rev != 1 {
		t.Errorf("the first app's draft was overwritten: %+v", dr)
	}
	_, err = two.Save(Debrief{Entry: journal.Entry{Mood: 4, Helped: []string{"二号的"}}}, shift)
	var c *Conflict
	if !errors.As(err, &c) || c.Saved || c.Theirs.Entry.Helped[0] != "一号的" {
		t.Fatalf("the second app's save: %v %+v", err, c)
	}
	// The second app ends before choosing: nothing of either is lost.
	if err := two.KeepDraft(journal.Draft{Entry: journal.Entry{Mood: 4, Helped: []string{"二号的"}}}); err != nil {
		t.Fatal(err)
	}
	dr, _ := storedDraft(t, j)
	if dr.Entry.Mood != 4 || !slices.Equal(dr.Entry.Helped, []string{"二号的", "一号的"}) {
		t.Errorf("draft kept at the end: %+v", dr.Entry)
	}
	// The first app's save now meets the merged draft.
	if _, err := one.Save(Debrief{Entry: entry(shift, 2)}, shift); !errors.Is(err, ErrConflict) {
		t.Errorf("the first app's save: %v", err)
	}
}

// A draft remembers the entry it was based on: resumed after an import of
// that date, its save still finds the change.
func TestResumedDraftFindsAnEntryImportedMeanwhile(t *testing.T) {
	j := newJournal(t)
	w := writer(t, j, shift)
	if _, err := w.SaveDraft(journal.Draft{Entry: journal.Entry{Mood: 3}, Step: 2}); err != nil {
		t.Fatal(err)
	}
	seed(t, j, put(entry(shift, 5)))
	s, err := j.Start(shift)
	if err != nil || s.Draft == nil || s.Entry == nil {
		t.Fatalf("start: %+v %v", s, err)
	}
	s.Writer.Resume(*s.Draft)
	_, err = s.Writer.Save(Debrief{Entry: entry(shift, 3)}, shift)
	var c *Conflict
	if !errors.As(err, &c) || !c.Saved || c.Theirs.Entry.Mood != 5 {
		t.Fatalf("resumed save: %v", err)
	}
	// Not resuming (starting over) is based on the entry as it is now.
	s, _ = j.Start(shift)
	if _, err := s.Writer.Save(Debrief{Entry: entry(shift, 1)}, shift); err != nil {
		t.Errorf("a fresh start's save: %v", err)
	}
}

// An entry deleted in another app while it is being edited here.
func TestEntryRemovedMeanwhile(t *testing.T) {
	j := newJournal(t)
	seed(t, j, put(entry(shift, 2)))
	w := writer(t, j, shift)
	if err := j.DeleteEntry(shift); err != nil {
		t.Fatal(err)
	}
	_, err := w.Save(Debrief{Entry: entry(shift, 4)}, shift)
	var c *Conflict
	if !errors.As(err, &c) || !c.Saved || !c.Removed {
		t.Fatalf("save after a delete: %v %+v", err, c)
	}
	w.Adopt(c)
	if _, err := w.Save(Debrief{Entry: entry(shift, 4)}, shift); err != nil {
		t.Fatal(err)
	}
	if d, _ := j.Day(shift); d.Entry == nil || d.Entry.Mood != 4 {
		t.Errorf("kept mine: %+v", d.Entry)
	}
}

// A save whose idea can't be stored writes nothing: jots, draft and entry
// stay as they were.
func TestFailedSaveKeepsJots(t *testing.T) {
	j := newJournal(t)
	id := addJot(t, j, "退款卡住")
	w := writer(t, j, shift)
	bad := journal.Idea{Kind: "nonsense", Text: "x"}
	if _, err := w.Save(Debrief{Entry: entry(shift, 3), Ideas: []journal.Idea{bad}, UsedJots: []uint64{id}}, shift); err == nil {
		t.Fatal("an invalid idea was saved")
	}
	if got := jotTexts(t, j); len(got) != 1 {
		t.Errorf("jots after a failed save: %q", got)
	}
	if d, _ := j.Day(shift); d.Entry != nil {
		t.Error("the entry was saved")
	}
}
