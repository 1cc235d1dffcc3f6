package day

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// newJournal is an empty journal in a temporary directory with the default
// config (Monday to Friday).
func newJournal(t *testing.T) *Journal {
	t.Helper()
	path := filepath.Join(t.TempDir(), "journal.db")
	return New(path, config.Default(), func() time.Time { return time.Date(2026, 11, 25, 20, 0, 0, 0, time.Local) })
}

// seed writes entries, days off and ideas straight into the journal.
func seed(t *testing.T, j *Journal, fn func(*store.Tx) error) {
	t.Helper()
	if err := store.Write(j.Path, j.Options, fn); err != nil {
		t.Fatal(err)
	}
}

func entry(d journal.Date, mood int) journal.Entry {
	return journal.Entry{ShiftDate: d, Shift: "day", Mood: mood}
}

func put(es ...journal.Entry) func(*store.Tx) error {
	return func(tx *store.Tx) error {
		for i := range es {
			if err := tx.PutEntry(&es[i], false); err != nil {
				return err
			}
		}
		return nil
	}
}

// Wednesday 2026-11-25; Monday 23 and Tuesday 24 logged, Friday 20 a day
// off, Thursday 19 logged: the streak runs 19, (20 off), 23, 24.
func TestTodayStreakAndRecent(t *testing.T) {
	j := newJournal(t)
	seed(t, j, put(entry(20261119, 2), entry(20261123, 4), entry(20261124, 5)))
	seed(t, j, func(tx *store.Tx) error {
		if err := tx.PutDayOff(&journal.DayOff{Date: 20261120, Reason: "sick"}); err != nil {
			return err
		}
		if err := tx.AddJot(20261125, &journal.Jot{Text: "退款卡住"}); err != nil {
			return err
		}
		return tx.PutDraft(&journal.Draft{Entry: journal.Entry{ShiftDate: 20261125}})
	})
	got, err := j.Today(20261125, 2, 5)
	if err != nil {
		t.Fatal(err)
	}
	if got.Logged || got.Off != nil || got.Entries != 3 || got.Streak != 3 {
		t.Errorf("today: logged %v off %v entries %d streak %d, want false nil 3 3", got.Logged, got.Off, got.Entries, got.Streak)
	}
	if !slices.Equal(got.Moods, []int{4, 5}) {
		t.Errorf("moods %v, want the last two [4 5]", got.Moods)
	}
	if len(got.Recent) != 3 || got.Recent[0].ShiftDate != 20261124 {
		t.Errorf("recent: %d entries, first %v", len(got.Recent), got.Recent[0].ShiftDate)
	}
	if got.Draft == nil || len(got.Draft.Jots) != 1 {
		t.Errorf("draft with one jot: %+v", got.Draft)
	}
	// The day off itself: marked, not logged.
	off, err := j.Today(20261120, 0, 0)
	if err != nil || off.Off == nil || off.Off.Reason != "sick" || off.Streak != 1 {
		t.Errorf("day off: %+v %v", off, err)
	}
}

// writer is what the flow opening on d starts from.
func writer(t *testing.T, j *Journal, d journal.Date) *Writer {
	t.Helper()
	s, err := j.Start(d)
	if err != nil {
		t.Fatal(err)
	}
	return s.Writer
}

// Save writes the entry and its ideas and removes the draft in one
// transaction; the saved screen's figures follow.
func TestSaveDebrief(t *testing.T) {
	j := newJournal(t)
	var before []journal.Entry
	for d := journal.Date(20261116); d <= 20261124; d = d.AddDays(1) {
		if d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
			before = append(before, entry(d, 2))
		}
	}
	seed(t, j, put(before...))
	seed(t, j, func(tx *store.Tx) error {
		if err := tx.AddJot(20261125, &journal.Jot{Text: "jot"}); err != nil {
			return err
		}
		return tx.PutDraft(&journal.Draft{Entry: journal.Entry{ShiftDate: 20261125, Mood: 3}})
	})
	e := entry(20261125, 5)
	e.Helped = []string{"帮奶奶改好了收货地址"}
	s, err := writer(t, j, 20261125).Save(Debrief{Entry: e, Ideas: []journal.Idea{{Kind: "product", Text: "订单页显示快递员电话", Status: "adopted", ID: 99}}}, 20261125)
	if err != nil {
		t.Fatal(err)
	}
	if s.Entries != 8 || s.Streak != 8 || s.Mood != 5 || s.Avg7 != 2 || s.N7 != 7 {
		t.Errorf("saved: %+v, want 8 entries, streak 8, mood 5 against 2.0 over 7", s)
	}
	d, err := j.Day(20261125)
	if err != nil || d.Entry == nil || d.Entry.Helped[0] != "帮奶奶改好了收货地址" {
		t.Fatalf("the entry is not saved: %+v %v", d, err)
	}
	ideas, _ := j.Ideas()
	if len(ideas) != 1 || ideas[0].Status != journal.IdeaNew || ideas[0].ShiftDate != 20261125 || ideas[0].ID == 99 {
		t.Errorf("the idea is saved as a new one of the shift: %+v", ideas)
	}
	if today, _ := j.Today(20261125, 0, 0); today.Draft != nil {
		t.Errorf("the draft is still there: %+v", today.Draft)
	}
}

// A debrief that can't be saved whole saves nothing: the draft stays.
func TestSaveIsAllOrNothing(t *testing.T) {
	j := newJournal(t)
	seed(t, j, func(tx *store.Tx) error {
		return tx.PutDraft(&journal.Draft{Entry: journal.Entry{ShiftDate: 20261125, Mood: 4}})
	})
	bad := journal.Idea{Kind: "product", Text: strings.Repeat("长", journal.MaxText)} // over the limit in bytes
	_, err := writer(t, j, 20261125).Save(Debrief{Entry: entry(20261125, 4), Ideas: []journal.Idea{bad}}, 20261125)
	var fe *journal.FieldError
	if !errors.As(err, &fe) {
		t.Fatalf("err = %v, want the idea's field error", err)
	}
	d, _ := j.Day(20261125)
	today, _ := j.Today(20261125, 0, 0)
	if d.Entry != nil || today.Draft == nil {
		t.Errorf("after a failed save: entry %v, draft %v; want no entry and the draft kept", d.Entry, today.Draft)
	}
}

// The one search rule: never the vent; tags, dates, shift names, cases,
// helped and tomorrow are searched, in any case.
func TestSearchRule(t *testing.T) {
	e := journal.Entry{ShiftDate: 20261124, Shift: "night", Mood: 3, Vent: "VENTONLY 被骂了",
		Helped: []string{"Found a lost PARCEL"}, Tomorrow: "语速放慢", Tags: []string{"双十一"},
		Cases: []journal.Case{{Title: "快递显示已签收", Category: "物流", Need: "怕冒领", Action: "联系驿站", Better: "先查记录"}}}
	zh := i18n.New(i18n.ZH)
	for _, c := range []struct {
		q, category string
		want        bool
	}{
		{"", "", true},
		{"ventonly", "", false}, {"被骂", "", false},
		{"双十一", "", true}, {"parcel", "", true}, {"语速", "", true},
		{"签收", "", true}, {"物流", "", true}, {"冒领", "", true}, {"驿站", "", true}, {"先查", "", true},
		{"2026-11-24", "", true}, {"夜班", "", true}, {"白班", "", false},
		{"", "物流", true}, {"", " 物流 ", true}, {"", "退款", false}, {"签收", "退款", false},
	} {
		if got := NewQuery(c.q, c.category, zh).Entry(&e); got != c.want {
			t.Errorf("query %q category %q: %v, want %v", c.q, c.category, got, c.want)
		}
	}
	off := journal.DayOff{Date: 20261120, Reason: "sick", Note: "发烧"}
	for q, want := range map[string]bool{"发烧": true, "病假": true, "2026-11-20": true, "被骂": false} {
		if got := NewQuery(q, "", zh).DayOff(&off); got != want {
			t.Errorf("day off, query %q: %v, want %v", q, got, want)
		}
	}
}

func TestListAndDays(t *testing.T) {
	j := newJournal(t)
	a, b := entry(20261123, 3), entry(20261124, 4)
	a.Vent, b.Tags = "秘密", []string{"秘密"}
	seed(t, j, put(a, b))
	seed(t, j, func(tx *store.Tx) error {
		return tx.PutDayOff(&journal.DayOff{Date: 20261124, Reason: "rest"})
	})
	for _, vents := range []bool{false, true} {
		got, err := j.List(0, 0, NewQuery("秘密", "", i18n.New(i18n.ZH)), vents)
		if err != nil || len(got) != 1 || got[0].ShiftDate != 20261124 {
			t.Errorf("list finds the tag, never the vent: %v %v", got, err)
		}
	}
	all, err := j.List(0, 0, NewQuery("", "", i18n.New(i18n.ZH)), false)
	if err != nil || len(all) != 2 || all[1].Vent != "" {
		t.Errorf("a listing without vents read %v %v", all, err)
	}
	all, _ = j.List(0, 0, NewQuery("", "", i18n.New(i18n.ZH)), true)
	if len(all) != 2 || all[1].Vent != "秘密" {
		t.Errorf("list --json reads the vent: %v", all)
	}
	days, err := j.Days()
	if err != nil || len(days) != 3 {
		t.Fatalf("days: %v %v", days, err)
	}
	if days[0].Entry == nil || days[0].Date != 20261124 || days[1].Off == nil || days[2].Date != 20261123 {
		t.Errorf("newest first, the entry before the day off of its date: %+v", days)
	}
}

// Start: the last shift's plan, last week's focus only on the week's first
// debrief, categories most used first.
func TestStart(t *testing.T) {
	j := newJournal(t)
	mon := entry(20261123, 3)
	mon.Tomorrow = "先喝水"
	mon.Cases = []journal.Case{{Title: "a", Category: "退款"}, {Title: "b", Category: "物流"}, {Title: "c", Category: "物流"}}
	seed(t, j, put(mon))
	seed(t, j, func(tx *store.Tx) error {
		return tx.PutReview(&journal.WeeklyReview{Week: journal.WeekOf(20261116), Focus: " 少加班 "}, false)
	})
	s, err := j.Start(20261124)
	if err != nil {
		t.Fatal(err)
	}
	if s.LastTomorrow != "先喝水" || s.WeekFocus != "" || !slices.Equal(s.Categories, []string{"物流", "退款"}) {
		t.Errorf("Tuesday: %+v", s)
	}
	if s, _ := j.Start(20261123); s.WeekFocus != "少加班" || s.Entry == nil {
		t.Errorf("Monday, the week's first debrief: focus %q, entry %v", s.WeekFocus, s.Entry)
	}
}

func TestMoveIdea(t *testing.T) {
	j := newJournal(t)
	seed(t, j, func(tx *store.Tx) error {
		return tx.PutIdea(&journal.Idea{ShiftDate: 20261124, Kind: "process", Text: "退款话术模板", Status: "new"}, false)
	})
	impact := "退款咨询减少"
	before, after, err := j.MoveIdea(1, "adopted", &impact)
	if err != nil || before.Status != "new" || after.Status != "adopted" || after.Impact != impact {
		t.Errorf("move: %+v → %+v, %v", before, after, err)
	}
	if _, _, err := j.MoveIdea(7, "shared", nil); !errors.Is(err, ErrNoIdea) {
		t.Errorf("no idea 7: %v", err)
	}
}

func TestExportFromFirstEntry(t *testing.T) {
	j := newJournal(t)
	seed(t, j, put(entry(20250301, 3), entry(20261124, 4)))
	in, err := j.Export(0, 20261125, "manager", true, "")
	if err != nil || in.From != 20250301 || len(in.Entries) != 2 || in.Metrics != nil || in.Reviews != nil {
		t.Errorf("export: from %v, %d entries, %d metrics, reviews %v, %v", in.From, len(in.Entries), len(in.Metrics), in.Reviews, err)
	}
	// A summary of the twenty months for a manager is made of the metrics
	// records: no entry is read.
	in, err = j.Export(0, 20261125, "manager", false, "")
	if err != nil || in.From != 20250301 || in.Entries != nil || len(in.Metrics) != 2 || in.Metrics[1].Mood != 4 {
		t.Errorf("summary: from %v, %d entries, metrics %+v, %v", in.From, len(in.Entries), in.Metrics, err)
	}
	// With a tag the entries are read to find it.
	in, err = j.Export(0, 20261125, "manager", false, "没有这个标签")
	if err != nil || len(in.Entries) != 0 || in.Metrics != nil {
		t.Errorf("tagged: %d entries, %d metrics, %v", len(in.Entries), len(in.Metrics), err)
	}
}

// Week: one loader for `debrief week` and the Week screen, with the focus
// the week before's review set.
func TestWeek(t *testing.T) {
	j := newJournal(t)
	e := entry(20261124, 4)
	e.Cases = []journal.Case{{Title: "a", Category: "物流", Better: "先查记录"}}
	e.Vent = "VENT"
	seed(t, j, put(e, entry(20261117, 2)))
	seed(t, j, func(tx *store.Tx) error {
		return tx.PutReview(&journal.WeeklyReview{Week: journal.WeekOf(20261117), Focus: "少加班"}, false)
	})
	w, err := j.Week(journal.WeekOf(20261124), 20261125)
	if err != nil {
		t.Fatal(err)
	}
	s := w.Summary
	if w.PrevFocus != "少加班" || s.Shifts != 1 || s.Scheduled != 3 || *s.MoodAvg != 4 || *s.Prev.MoodAvg != 2 || s.Cases.ByCategory["物流"] != 1 {
		t.Errorf("week: prev focus %q, shifts %d of %d, mood %v vs %v, categories %v", w.PrevFocus, s.Shifts, s.Scheduled, *s.MoodAvg, *s.Prev.MoodAvg, s.Cases.ByCategory)
	}
}

// A debrief saved over an entry another process changed since the flow
// loaded it writes nothing; the jots its cases used go with a save, the
// others stay with the shift.
func TestSaveRevisionsAndJots(t *testing.T) {
	j := newJournal(t)
	for _, text := range []string{"退款卡住", "快递员电话", "没用上"} {
		if _, err := j.AddJot(20261125, journal.Jot{Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	start, err := j.Start(20261125)
	if err != nil || start.Draft == nil || len(start.Draft.Jots) != 3 {
		t.Fatalf("start: %+v %v", start.Draft, err)
	}
	used := []uint64{start.Draft.Jots[0].ID, start.Draft.Jots[1].ID}
	var none uint64
	// Another window saves the shift first.
	if _, err := j.Save(Debrief{Entry: entry(20261125, 2)}, 20261125); err != nil {
		t.Fatal(err)
	}
	_, err = j.Save(Debrief{Entry: entry(20261125, 5), UsedJots: used, Loaded: &none}, 20261125)
	if !errors.Is(err, ErrConflict) {
		t.Fatalf("save over a newer entry: %v, want ErrConflict", err)
	}
	d, _ := j.Day(20261125)
	if d.Entry.Mood != 2 {
		t.Errorf("the conflicting save wrote mood %d", d.Entry.Mood)
	}
	rev := d.Entry.Rev
	e := *d.Entry
	e.Mood = 5
	if _, err := j.Save(Debrief{Entry: e, UsedJots: append(used, 999), Loaded: &rev}, 20261125); err != nil {
		t.Fatalf("save at the loaded revision: %v", err)
	}
	s, _ := j.Start(20261125)
	var left []journal.Jot
	if err := store.Read(j.Path, j.Options, func(tx *store.Tx) (err error) { left, err = tx.Jots(20261125); return err }); err != nil {
		t.Fatal(err)
	}
	if s.Entry.Mood != 5 || len(left) != 1 || left[0].Text != "没用上" {
		t.Errorf("after the save: mood %d, jots %+v; want 5 and the unused jot", s.Entry.Mood, left)
	}
}

func TestSaveDraftRevisions(t *testing.T) {
	j := newJournal(t)
	var none uint64
	rev, err := j.SaveDraft(journal.Draft{Entry: journal.Entry{ShiftDate: 20261125, Mood: 3}}, &none)
	if err != nil || rev == 0 {
		t.Fatalf("first draft: rev %d, %v", rev, err)
	}
	if _, err := j.SaveDraft(journal.Draft{Entry: journal.Entry{ShiftDate: 20261125, Mood: 1}}, &none); !errors.Is(err, ErrConflict) {
		t.Errorf("a second window's first draft: %v, want ErrConflict", err)
	}
	if rev2, err := j.SaveDraft(journal.Draft{Entry: journal.Entry{ShiftDate: 20261125, Mood: 4}}, &rev); err != nil || rev2 != rev+1 {
		t.Errorf("next draft: rev %d, %v", rev2, err)
	}
	if s, _ := j.Start(20261125); s.Draft.Entry.Mood != 4 {
		t.Errorf("draft mood %d, want 4", s.Draft.Entry.Mood)
	}
}

// Listing without a search comes from the summaries and says what the
// entries say.
func TestListing(t *testing.T) {
	j := newJournal(t)
	a, b := entry(20261123, 3), entry(20261124, 4)
	b.Helped = []string{strings.Repeat("帮", 100)}
	b.Cases = []journal.Case{{Title: "x", Category: "物流"}}
	seed(t, j, put(a, b))
	zh := i18n.New(i18n.ZH)
	fast, err := j.Listing(0, 0, NewQuery("", "", zh))
	if err != nil || len(fast) != 2 {
		t.Fatalf("listing: %v %v", fast, err)
	}
	slow, _ := j.Listing(0, 0, NewQuery("", "物流", zh))
	if fast[0].Date != 20261124 || fast[0].Cases != 1 || fast[0].Mood != 4 || fast[0].Headline != slow[0].Headline || len(slow) != 1 {
		t.Errorf("summaries %+v, from entries %+v", fast[0], slow)
	}
}
