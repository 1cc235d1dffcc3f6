package day

import (
	"errors"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/seal"
	"github.com/debrief-app/debrief/internal/store"
)

func init() { seal.WorkFactor = 10 } // the factor is in the wrap; 18 costs 0.8 s

func TestPrivacyEnableReadChangeDisable(t *testing.T) {
	j := newJournal(t)
	a := entry(20261124, 3)
	a.Vent = "主管又甩锅给我"
	seed(t, j, put(a, entry(20261123, 4)))
	seed(t, j, func(tx *store.Tx) error {
		dr := journal.Draft{Entry: journal.Entry{ShiftDate: 20261125, Vent: "还没写完的吐槽"}}
		return tx.PutDraft(&dr)
	})
	if p, err := j.Privacy(); err != nil || p.Sealed || p.Vents != 1 || p.Drafts != 1 {
		t.Fatalf("before: %+v %v", p, err)
	}
	en, err := j.EnablePrivacy([]byte("第一个口令"))
	if err != nil || en.Vents != 2 || en.Recovery == "" {
		t.Fatalf("enable: %+v %v", en, err)
	}
	if _, err := j.EnablePrivacy([]byte("x")); !errors.Is(err, ErrAlreadySealed) {
		t.Fatalf("enable twice: %v", err)
	}
	p, err := j.Privacy()
	if err != nil || !p.Sealed || !p.Hybrid || p.SealedVents != 1 || p.Drafts != 1 {
		t.Fatalf("after: %+v %v", p, err)
	}
	// Reading without the key: sealed; with it: the text.
	d, err := j.Day(20261124)
	if err != nil || d.Entry.Vent != "" || len(d.Entry.VentSealed) == 0 {
		t.Fatalf("read sealed: %q %d %v", d.Entry.Vent, len(d.Entry.VentSealed), err)
	}
	if _, err := j.Unlock([]byte("第二个口令")); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	k, err := j.Unlock([]byte("第一个口令"))
	if err != nil {
		t.Fatal(err)
	}
	if err := OpenVent(k, d.Entry); err != nil || d.Entry.Vent != a.Vent {
		t.Fatalf("open: %q %v", d.Entry.Vent, err)
	}
	// Export for others reads no vent; for me, the sealed one.
	for aud, sealed := range map[string]int{"manager": 0, "review": 0, "me": 1} {
		in, err := j.Export(0, 20261125, audience(t, aud), false, "")
		if err != nil || SealedCount(in.Entries) != sealed {
			t.Errorf("export for %s: %d sealed vents, want %d (%v)", aud, SealedCount(in.Entries), sealed, err)
		}
	}
	// A new passphrase; the old one opens nothing any more.
	if _, err := j.ChangePassphrase([]byte("错的"), []byte("新口令")); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("change with a wrong passphrase: %v", err)
	}
	if _, err := j.ChangePassphrase([]byte("第一个口令"), []byte("新口令")); err != nil {
		t.Fatal(err)
	}
	if _, err := j.Unlock([]byte("第一个口令")); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("the old passphrase after the change: %v", err)
	}
	// Disable: the vents are text again.
	if _, _, err := j.DisablePrivacy([]byte("第一个口令")); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("disable with the old passphrase: %v", err)
	}
	if n, _, err := j.DisablePrivacy([]byte("新口令")); err != nil || n != 2 {
		t.Fatalf("disable: %d %v", n, err)
	}
	d, _ = j.Day(20261124)
	if d.Entry.Vent != a.Vent || len(d.Entry.VentSealed) != 0 {
		t.Fatalf("after disable: %q", d.Entry.Vent)
	}
	s, err := j.Start(20261125)
	if err != nil || s.Draft == nil || s.Draft.Entry.Vent != "还没写完的吐槽" {
		t.Fatalf("the draft after disable: %+v %v", s.Draft, err)
	}
	if _, err := j.Unlock([]byte("新口令")); !errors.Is(err, ErrNotSealed) {
		t.Fatalf("unlock when off: %v", err)
	}
}

func audience(t *testing.T, s string) report.Audience {
	t.Helper()
	a, err := report.ParseAudience(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
