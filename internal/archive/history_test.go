package archive

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// An idea's history of status changes (kept by the store on every move)
// goes into the backup and comes back exactly from it, beside where it
// was shared and why another was declined (the record's keys 8, 9 and 10
// are three fields, none overwriting another).
func TestIdeaHistoryRoundTrips(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "a.db")
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.FixedZone("", 8*3600))
	opt := store.Options{Now: func() time.Time { return now }}
	move := func(id uint64, status string) {
		t.Helper()
		err := store.Write(first, opt, func(tx *store.Tx) error {
			i, _, err := tx.Idea(id)
			if err != nil {
				return err
			}
			i.Status = status
			return tx.PutIdea(&i, false)
		})
		if err != nil {
			t.Fatal(err)
		}
		now = now.Add(49 * time.Hour)
	}
	err := store.Write(first, opt, func(tx *store.Tx) error {
		if err := tx.PutIdea(&journal.Idea{ShiftDate: 20261120, Kind: "process", Text: "夜班交接单加一栏“未回复的客户”", Status: "new", SharedWith: "周会"}, false); err != nil {
			return err
		}
		return tx.PutIdea(&journal.Idea{ShiftDate: 20261120, Kind: "tooling", Text: "工单系统加快捷回复", Status: "new", DeclinedWhy: "系统明年换"}, false)
	})
	if err != nil {
		t.Fatal(err)
	}
	move(1, "shared")
	move(1, "shared") // not a move
	move(1, "adopted")
	move(2, "declined")
	a := backup(t, first)
	if a.Ideas[0].SharedWith != "周会" || a.Ideas[1].DeclinedWhy != "系统明年换" || len(a.Ideas[1].History) != 1 {
		t.Fatalf("ideas %+v", a.Ideas)
	}
	h := a.Ideas[0].History
	if len(h) != 2 || h[0].Status != "shared" || h[1].Status != "adopted" || !h[1].At.Equal(time.Date(2026, 11, 24, 3, 0, 0, 0, time.UTC)) {
		t.Fatalf("history %+v", h)
	}
	b1 := roundTrip(t, first, filepath.Join(dir, "b.db"))
	for _, want := range []string{`"history": [`, `"at": "2026-11-20T09:00:00+08:00"`, `"status": "adopted"`, `"shared_with": "周会"`, `"declined_why": "系统明年换"`, `"status": "declined"`} {
		if !strings.Contains(b1.String(), want) {
			t.Errorf("the backup lacks %s:\n%s", want, b1.String())
		}
	}
	// A version 1 archive has no history.
	v1 := strings.Replace(b1.String(), `"version": 2`, `"version": 1`, 1)
	if _, err := Decode(strings.NewReader(v1)); err == nil || !strings.Contains(err.Error(), "history") {
		t.Errorf("a version 1 archive with a history: %v", err)
	}
}
