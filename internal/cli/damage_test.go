package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	bolt "go.etcd.io/bbolt"
)

// One changed byte inside one record, for each kind of record: `debrief
// check` exits 1 naming the bucket and the key; reading another record
// still works; `debrief backup --salvage` gets every other record out into
// an archive that imports; no daily backup is made from the damaged file
// and the day's first write is refused.
func TestOneDamagedRecordOfEachKind(t *testing.T) {
	t.Parallel() // waits on processes and fsync; its own home, no shared state
	good := damageJournal(t)
	cases := []struct {
		bucket, key, name string // key as bbolt stores it; name as check prints it
		// what the salvaged archive lacks
		entries, vents, jots, daysOff, ideas, reviews int
	}{
		{bucket: "entries", key: "2026-11-23", name: "entries 2026-11-23", entries: 1, vents: 1, jots: 2},
		{bucket: "metrics", key: "2026-11-23", name: "metrics 2026-11-23"},
		{bucket: "vents", key: "2026-11-23", name: "vents 2026-11-23", vents: 1},
		{bucket: "drafts", key: "2026-11-25", name: "drafts 2026-11-25"},
		{bucket: "jots", key: jotKey("2026-11-23", 1), name: "jots 2026-11-23 #1", jots: 1},
		{bucket: "days_off", key: "2026-11-21", name: "days_off 2026-11-21", daysOff: 1},
		{bucket: "ideas", key: ideaKey(1), name: "ideas #1", ideas: 1},
		{bucket: "weekly_reviews", key: "2026-W46", name: "weekly_reviews 2026-W46", reviews: 1},
	}
	for _, c := range cases {
		t.Run(c.bucket, func(t *testing.T) {
			h := newHome(t)
			os.MkdirAll(filepath.Dir(h.db()), 0o700)
			if err := os.WriteFile(h.db(), good, 0o600); err != nil {
				t.Fatal(err)
			}
			changeOneByte(t, h.db(), c.bucket, c.key)

			o := h.run(t, "check")
			if o.code != 1 || !strings.Contains(o.stdout, "  "+c.name+": is damaged and can't be read (checksum does not match)") {
				t.Errorf("check: exit %d\n%s%s", o.code, o.stdout, o.stderr)
			}
			if n := strings.Count("\n"+o.stdout, "\n  "); n != 1 {
				t.Errorf("check found %d problems, want 1:\n%s", n, o.stdout)
			}
			if o := h.run(t, "show", "2026-11-24"); o.code != 0 || !strings.Contains(o.stdout, "教新人退款") {
				t.Errorf("another entry can't be read: exit %d %s%s", o.code, o.stdout, o.stderr)
			}

			out := filepath.Join(h.dir, "salvaged.json")
			o = h.run(t, "backup", "--salvage", "-o", out)
			if o.code != 0 {
				t.Fatalf("salvage: exit %d %s%s", o.code, o.stdout, o.stderr)
			}
			lost := c.entries + c.vents + c.jots + c.daysOff + c.ideas + c.reviews
			if lost > 0 && !strings.Contains(o.stdout, "  "+c.name+": ") {
				t.Errorf("salvage does not name %s:\n%s", c.name, o.stdout)
			}
			f, err := os.Open(out)
			if err != nil {
				t.Fatal(err)
			}
			arc, err := archive.Decode(f)
			f.Close()
			if err != nil {
				t.Fatalf("the salvaged archive does not import: %v", err)
			}
			vents, jots := 0, 0
			for _, e := range arc.Entries {
				if e.Vent != "" {
					vents++
				}
				jots += len(arc.Jots[e.ShiftDate])
			}
			got := []int{len(arc.Entries), vents, jots, len(arc.DaysOff), len(arc.Ideas), len(arc.WeeklyReviews)}
			want := []int{2 - c.entries, 1 - c.vents, 2 - c.jots, 2 - c.daysOff, 2 - c.ideas, 2 - c.reviews}
			if !slices.Equal(got, want) {
				t.Errorf("salvaged entries, vents, jots, days off, ideas, reviews = %v, want %v", got, want)
			}

			// The day's first write: no backup from this file, the write refused.
			h.env = append(h.env, "DEBRIEF_TODAY=2026-11-26")
			o = h.run(t, "jot", "还能记吗")
			daily, _ := filepath.Glob(filepath.Join(h.backups(), "journal-2026-11-*.db"))
			if o.code != 1 || len(daily) != 0 {
				t.Errorf("first write of the day: exit %d, daily backups %v\n%s", o.code, daily, o.stderr)
			}
		})
	}
}

func jotKey(date string, id uint64) string {
	return date + string(ideaKeyBytes(id))
}

func ideaKey(id uint64) string { return string(ideaKeyBytes(id)) }

func ideaKeyBytes(id uint64) []byte {
	b := make([]byte, 8)
	for i := range 8 {
		b[7-i] = byte(id >> (8 * i))
	}
	return b
}

// damageJournal is a journal with two records of every kind, as bytes.
func damageJournal(t *testing.T) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "journal.db")
	at := time.Date(2026, 11, 23, 21, 0, 0, 0, time.FixedZone("", 8*3600))
	err := store.Write(path, store.Options{}, func(tx *store.Tx) error {
		entries := []journal.Entry{
			{ShiftDate: 20261123, Mood: 2, Helped: []string{"帮顾客改地址"}, Vent: "今天真的很累。"},
			{ShiftDate: 20261124, Mood: 4, Helped: []string{"教新人退款"}},
		}
		for i := range entries {
			if err := tx.PutEntry(&entries[i], false); err != nil {
				return err
			}
		}
		for _, j := range []struct {
			d    journal.Date
			text string
		}{{20261123, "顾客要快递员电话"}, {20261123, "退款卡了三天"}, {20261125, "今天的第一条"}} {
			if err := tx.AddJot(j.d, &journal.Jot{At: at, Text: j.text}); err != nil {
				return err
			}
		}
		dr := journal.Draft{Entry: journal.Entry{ShiftDate: 20261125, Mood: 3, Vent: "草稿里的心里话"}, Step: 2}
		if err := tx.PutDraft(&dr); err != nil {
			return err
		}
		for _, d := range []journal.DayOff{{Date: 20261121, Reason: "rest"}, {Date: 20261122, Reason: "sick", Note: "发烧"}} {
			if err := tx.PutDayOff(&d); err != nil {
				return err
			}
		}
		for _, i := range []journal.Idea{{ShiftDate: 20261123, Kind: "product", Text: "订单页显示快递员电话"}, {ShiftDate: 20261124, Kind: "process", Text: "退款超时提醒"}} {
			if err := tx.PutIdea(&i, false); err != nil {
				return err
			}
		}
		for _, r := range []journal.WeeklyReview{{Week: journal.Week{Year: 2026, Num: 46}, WentWell: "没有投诉"}, {Week: journal.Week{Year: 2026, Num: 47}, Focus: "按时吃饭"}} {
			if err := tx.PutReview(&r, false); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if problems := store.CheckFile(path); len(problems) > 0 {
		t.Fatal(problems)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// changeOneByte flips one bit in the middle of a record's bytes, the way a
// failing disk or a stray write would.
func changeOneByte(t *testing.T, path, bucket, key string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucket))
		v := bytes.Clone(b.Get([]byte(key)))
		if v == nil {
			t.Fatalf("no record %s %q", bucket, key)
		}
		v[len(v)/2] ^= 0x04
		return b.Put([]byte(key), v)
	})
	if err != nil {
		t.Fatal(err)
	}
}
