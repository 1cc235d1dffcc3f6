package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/seal"
	"github.com/debrief-app/debrief/internal/store"
)

// A sealed journal in the app (the real binary): a
// resumed draft whose vent is sealed says so and goes on without the
// passphrase, keeping the vent as it was; History's reader shows the
// sealed mark, u asks for the passphrase once, a wrong one says so, the
// right one shows the vent; editing an entry then opens its vent.
func TestSealedVentInTheApp(t *testing.T) {
	h := newPerson(t, "en_US.UTF-8")
	pass := filepath.Join(t.TempDir(), "pass")
	defer func(f int) { seal.WorkFactor = f }(seal.WorkFactor)
	os.WriteFile(pass, []byte("口令 for the app\n"), 0o600)
	wrong := "not the one"
	h.debrief("import", writeArchive(t, `{"shift_date": "2026-11-24", "shift": "day", "mood": 3, "vent": "昨天的吐槽，已封存",
 "created_at": "2026-11-24T20:00:00+08:00", "updated_at": "2026-11-24T20:00:00+08:00"}`))
	// Today's draft with a vent, then sealing on: the draft's vent is sealed.
	if err := store.Write(h.db, store.Options{}, func(tx *store.Tx) error {
		dr := journal.Draft{Entry: journal.Entry{ShiftDate: journal.NewDate(2026, 11, 25), Mood: 4, Vent: "草稿里的吐槽"}, Step: 3}
		return tx.PutDraft(&dr)
	}); err != nil {
		t.Fatal(err)
	}
	// Enabled here at a low work factor (it is stored in the wrap, so the
	// binary unlocks at it): on a loaded machine 18 can outlast the waits.
	seal.WorkFactor = 10
	j := &day.Journal{Path: h.db}
	if _, err := j.EnablePrivacy([]byte("口令 for the app")); err != nil {
		t.Fatal(err)
	}

	tm := h.start(100, 30)
	tm.WaitFor("There is an unfinished debrief", "The draft's vent is sealed")
	tm.Keys("Enter")
	tm.WaitFor("There is a sealed vent here: you can go on without unlocking it")
	tm.Keys("C-s")
	tm.WaitFor("is saved")
	tm.Keys("q")
	show := h.debrief("show", "2026-11-25", "--passphrase-file", pass)
	if !strings.Contains(show, "草稿里的吐槽") {
		t.Errorf("the sealed vent kept through the save:\n%s", show)
	}

	tm.Keys("h")
	tm.WaitFor("2026-11-24")
	tm.Keys("Down", "Enter")
	tm.WaitFor("sealed · press u")
	if strings.Contains(tm.Capture(), "昨天的吐槽") {
		t.Fatal("the vent shows before unlocking")
	}
	tm.Keys("u")
	tm.WaitFor("passphrase (enter unlocks")
	tm.Text(wrong)
	if strings.Contains(tm.Capture(), wrong) {
		t.Fatal("the passphrase is echoed")
	}
	tm.Keys("Enter")
	tm.WaitFor("wrong passphrase")
	// Pasted with its line end, as a password manager types it: the line
	// end is enter, not part of the passphrase.
	tm.Paste("口令 for the app\n")
	pane := tm.WaitFor("昨天的吐槽，已封存")
	t.Logf("unlocked:\n%s", pane)
	// Once per run: the other entry opens without asking again.
	tm.Keys("Escape")
	tm.WaitGone("Let it out")
	tm.Keys("Up")
	tm.Keys("Enter")
	tm.WaitFor("草稿里的吐槽")
	// Unlocked in this run, editing the entry opens its vent in the flow
	// to be changed, instead of offering to keep it sealed.
	tm.Keys("e")
	tm.WaitFor("Editing the debrief of 2026-11-25")
	tm.Keys("PageDown", "PageDown", "PageDown")
	pane = tm.WaitFor("Write it down, put it down", "草稿里的吐槽")
	if strings.Contains(pane, "There is a sealed vent here") {
		t.Errorf("the unlocked vent is offered as sealed in the flow:\n%s", pane)
	}
	tm.Keys("C-c")
}

func writeArchive(t *testing.T, entries string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "in.json")
	os.WriteFile(p, []byte(`{"format": "debrief-archive", "version": 2, "exported_at": "2026-11-25T21:00:00+08:00",
"entries": [`+entries+`], "days_off": [], "ideas": [], "weekly_reviews": []}`), 0o600)
	return p
}
