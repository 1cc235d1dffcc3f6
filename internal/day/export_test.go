package day

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/store"
	bolt "go.etcd.io/bbolt"
)

// A summary made of the metrics records (report.FromMetrics) is the very
// document the entries make: every format, for a manager (with and without
// wellbeing) and a team, over generated journals and ranges of every
// grouping.
func TestExportSummaryFromMetricsAgreesWithEntries(t *testing.T) {
	end := journal.Date(20261125)
	for _, seed := range []uint64{1, 2, 3} {
		j := newJournal(t)
		a := gen.Journal(3, seed, end)
		seed := seed
		if err := store.Write(j.Path, j.Options, func(tx *store.Tx) error {
			_, err := archive.Apply(tx, a, false, false, nil)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		ranges := [][2]journal.Date{{0, end}, {end.AddDays(-40), end}, {end.AddDays(-200), end.AddDays(-3)}, {20240229, 20250101}, {end.AddDays(30), end.AddDays(400)}}
		for _, r := range ranges {
			for _, aud := range []report.Audience{report.Manager, report.Team} {
				fast, err := j.Export(r[0], r[1], aud, false, "")
				if err != nil {
					t.Fatal(err)
				}
				if !report.FromMetrics(aud, fast.From, fast.To, false) {
					continue // a short range lists its shifts
				}
				if fast.Entries != nil || r[0] == 0 && len(fast.Metrics) != len(a.Entries) {
					t.Fatalf("seed %d %v %s: the summary read %d entries and %d metrics", seed, r, aud, len(fast.Entries), len(fast.Metrics))
				}
				slow, err := j.Export(r[0], r[1], aud, true, "")
				if err != nil {
					t.Fatal(err)
				}
				slow.Detail = false
				for _, wb := range []bool{false, true} {
					for name, write := range map[string]func(*bytes.Buffer, *report.Document) error{
						"md":   func(b *bytes.Buffer, d *report.Document) error { return report.WriteMarkdown(b, d, i18n.New(i18n.ZH)) },
						"html": func(b *bytes.Buffer, d *report.Document) error { return report.WriteHTML(b, d, i18n.New(i18n.EN)) },
						"json": func(b *bytes.Buffer, d *report.Document) error { return report.WriteJSON(b, d, i18n.New(i18n.ZH)) },
					} {
						var f, s bytes.Buffer
						if err := errors.Join(write(&f, report.Build(fast, aud, wb)), write(&s, report.Build(slow, aud, wb))); err != nil {
							t.Fatal(err)
						}
						if !bytes.Equal(f.Bytes(), s.Bytes()) {
							t.Errorf("seed %d %v %s wellbeing %v %s: the summary from metrics differs from the one from entries", seed, r, aud, wb, name)
						}
						if aud == report.Manager && r[0] == 0 && !bytes.Contains(f.Bytes(), []byte(fmt.Sprint(len(a.Entries)))) {
							t.Errorf("seed %d %s: the summary does not count the %d shifts", seed, name, len(a.Entries))
						}
					}
				}
			}
		}
	}
}

// A damaged metrics record stops a summary as a damaged entry stops an
// export that lists shifts: an error naming the record, no document.
func TestExportSummaryOnDamage(t *testing.T) {
	j := newJournal(t)
	seed(t, j, put(entry(20250301, 3), entry(20250302, 4), entry(20261124, 4)))
	for _, bucket := range []string{"metrics", "entries"} {
		db, err := bolt.Open(j.Path, 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		var keep []byte
		err = db.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte(bucket))
			keep = append([]byte(nil), b.Get([]byte("2025-03-02"))...)
			v := append([]byte(nil), keep...)
			v[len(v)-1] ^= 1
			return b.Put([]byte("2025-03-02"), v)
		})
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		detail := bucket == "entries"
		if _, err := j.Export(0, 20261125, report.Manager, detail, ""); !errors.Is(err, store.ErrDamaged) {
			t.Errorf("a damaged %s record: %v", bucket, err)
		}
		db, _ = bolt.Open(j.Path, 0o600, nil)
		db.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte(bucket)).Put([]byte("2025-03-02"), keep) })
		db.Close()
		if in, err := j.Export(0, 20261125, report.Manager, detail, ""); err != nil || len(in.Entries)+len(in.Metrics) != 3 {
			t.Errorf("the %s record mended: %d entries, %d metrics, %v", bucket, len(in.Entries), len(in.Metrics), err)
		}
	}
}
