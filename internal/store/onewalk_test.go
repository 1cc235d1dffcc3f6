package store

import (
	"bytes"
	"encoding/binary"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
)

// variedJournal is a journal with a record in every bucket, inline buckets
// and buckets of many pages, and free pages (drafts saved over, entries
// replaced, jots removed).
func variedJournal(t testing.TB) (string, []byte) {
	path := filepath.Join(t.TempDir(), "journal.db")
	err := Write(path, Options{}, func(tx *Tx) error {
		for i := range 300 {
			d := journal.Date(20250101).AddDays(i)
			e := sample(d)
			if i%3 == 0 {
				e.Vent = "今天被骂了三次，想哭。"
			}
			if err := tx.PutEntry(&e, false); err != nil {
				return err
			}
			if i%7 == 0 {
				if err := tx.AddJot(d, &journal.Jot{At: time.Date(2025, 1, 1, 20, 0, 0, 0, time.UTC), Text: "客户要退款"}); err != nil {
					return err
				}
			}
		}
		if err := tx.PutDayOff(&journal.DayOff{Date: 20251201, Reason: "sick"}); err != nil {
			return err
		}
		idea := journal.Idea{ShiftDate: 20250105, Kind: "product", Text: "快捷回复模板"}
		return tx.PutIdea(&idea, false)
	})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		err := Write(path, Options{}, func(tx *Tx) error {
			dr := journal.Draft{Entry: journal.Entry{ShiftDate: 20251102, Mood: 3, Vent: "草稿" + string(rune('a'+i))}, Step: 3}
			if err := tx.PutDraft(&dr); err != nil {
				return err
			}
			e := sample(journal.Date(20250110).AddDays(i))
			e.Helped = []string{"换了一种说法"}
			return tx.PutEntry(&e, false)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, data
}

// fastAndSlow makes the snapshot of the journal at path both ways, each
// into its own file: done says the walk passed, slow is the slow path's
// verdict.
func fastAndSlow(t *testing.T, path string) (done bool, fast, slow []byte, slowErr error) {
	t.Helper()
	j, err := Open(path, Options{})
	if err != nil {
		return false, nil, nil, err
	}
	defer j.Close()
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "fast.db"))
	if err != nil {
		t.Fatal(err)
	}
	done, err = j.walkCopyInto(f)
	f.Close()
	if err != nil {
		t.Fatalf("the walk's copy: %v", err)
	}
	fast, _ = os.ReadFile(f.Name())
	slowPath := filepath.Join(dir, "slow.db")
	os.WriteFile(slowPath, nil, 0o600)
	slowErr = j.slowSnapshot(slowPath)
	slow, _ = os.ReadFile(slowPath)
	return done, fast, slow, slowErr
}

// On a whole journal the walk passes, its copy is byte for byte the slow
// path's (bbolt's WriteTo with the free pages blanked), and it finds the
// keys and sequence of every bucket the cursor walk finds; a compacted
// copy passes it too.
func TestOneWalkCopyIsThePageCopy(t *testing.T) {
	path, _ := variedJournal(t)
	done, fast, slow, slowErr := fastAndSlow(t, path)
	if !done || slowErr != nil {
		t.Fatalf("a whole journal: walk passed %v, slow path %v", done, slowErr)
	}
	if !bytes.Equal(fast, slow) {
		t.Fatalf("the walk's copy (%d bytes) differs from the page copy (%d bytes)", len(fast), len(slow))
	}
	j, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	problems, want := j.checkRecords(false)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	f, _ := os.Open(path)
	got, _, err := walkFile(f, 0, nil, nil)
	f.Close()
	if err != nil || !maps.Equal(got, want) {
		t.Fatalf("walk: %v %v, cursors: %v", err, got, want)
	}
	if want["entries"].keys != 300 || want["jots"].keys == 0 || want["drafts"].keys != 1 || want["ideas"].seq != 1 {
		t.Fatalf("the journal is not as varied as the test needs: %v", want)
	}
	if err := j.compact(); err != nil {
		t.Fatal(err)
	}
	j.Close()

	// A meta bucket too big to live inside the root page (an enveloped
	// record debrief may add there): the walk reads its raw values from
	// its own page.
	err = Write(path, Options{}, func(tx *Tx) error {
		k := []byte("zz-large")
		return tx.tx.Bucket(bucketMeta).Put(k, sealRecord(k, verCBOR, bytes.Repeat([]byte{0x40}, 2000)))
	})
	if err != nil {
		t.Fatal(err)
	}
	done, fast, slow, slowErr = fastAndSlow(t, path)
	if !done || slowErr != nil || !bytes.Equal(fast, slow) {
		t.Fatalf("a meta bucket of its own page: walk passed %v, slow path %v, same copy %v", done, slowErr, bytes.Equal(fast, slow))
	}
	f, _ = os.Open(path)
	got, _, err = walkFile(f, 0, nil, nil)
	f.Close()
	if err != nil || got["meta"].keys != 4 {
		t.Fatalf("a meta bucket of its own page: %v %v", err, got)
	}
}

// harm is one way a journal file goes bad.
type harm struct {
	name string
	do   func(r *rand.Rand, b []byte, hw int) bool // false: nothing to damage
}

const testPage = 4096

// pagesOf lists the pages of b whose header says they are of kind flags.
func pagesOf(b []byte, hw int, flags uint16) []int {
	var ids []int
	for id := 2; id < hw; id++ {
		p := b[id*testPage:]
		if binary.LittleEndian.Uint64(p) == uint64(id) && binary.LittleEndian.Uint16(p[8:]) == flags {
			ids = append(ids, id)
		}
	}
	return ids
}

// freelistOf is the free list page of the newest meta, and its ids.
func freelistOf(b []byte) (page []byte, ids []byte) {
	m0, m1 := b[16:], b[testPage+16:]
	m := m0
	if binary.LittleEndian.Uint64(m1[48:]) > binary.LittleEndian.Uint64(m0[48:]) {
		m = m1
	}
	id := binary.LittleEndian.Uint64(m[32:])
	page = b[id*testPage : (id+1)*testPage]
	n := binary.LittleEndian.Uint16(page[10:])
	return page, page[16 : 16+8*int(n)]
}

var harms = []harm{
	{"bit flips", func(r *rand.Rand, b []byte, hw int) bool {
		for range 1 + r.IntN(16) {
			i := 2*testPage + r.IntN((hw-2)*testPage)
			b[i] ^= byte(1 << r.IntN(8))
		}
		return true
	}},
	{"a torn page", func(r *rand.Rand, b []byte, hw int) bool {
		ids := append(pagesOf(b, hw, leafFlag), pagesOf(b, hw, branchFlag)...)
		id := ids[r.IntN(len(ids))]
		from := 16 + r.IntN(testPage-16)
		clear(b[id*testPage+from : (id+1)*testPage])
		return true
	}},
	{"a page from another place", func(r *rand.Rand, b []byte, hw int) bool {
		ids := pagesOf(b, hw, leafFlag)
		a, c := ids[r.IntN(len(ids))], ids[r.IntN(len(ids))]
		copy(b[a*testPage+16:(a+1)*testPage], b[c*testPage+16:(c+1)*testPage])
		return a != c
	}},
	{"a record's byte", func(r *rand.Rand, b []byte, hw int) bool {
		ids := pagesOf(b, hw, leafFlag)
		p := b[ids[r.IntN(len(ids))]*testPage:]
		n := int(binary.LittleEndian.Uint16(p[10:]))
		if n == 0 {
			return false
		}
		e := 16 + r.IntN(n)*16
		pos, ks, vs := int(binary.LittleEndian.Uint32(p[e+4:])), int(binary.LittleEndian.Uint32(p[e+8:])), int(binary.LittleEndian.Uint32(p[e+12:]))
		if vs == 0 {
			return false
		}
		p[e+pos+ks+r.IntN(vs)] ^= byte(1 << r.IntN(8))
		return true
	}},
	{"a free page freed twice", func(r *rand.Rand, b []byte, hw int) bool {
		_, ids := freelistOf(b)
		if len(ids) < 16 {
			return false
		}
		i, k := r.IntN(len(ids)/8), r.IntN(len(ids)/8)
		copy(ids[8*i:8*i+8], ids[8*k:8*k+8])
		return i != k
	}},
	{"a free page lost", func(r *rand.Rand, b []byte, hw int) bool {
		page, ids := freelistOf(b)
		if len(ids) < 8 {
			return false
		}
		copy(ids[8*r.IntN(len(ids)/8):], ids[len(ids)-8:])
		binary.LittleEndian.PutUint16(page[10:], uint16(len(ids)/8-1))
		return true
	}},
	{"a page in use said free", func(r *rand.Rand, b []byte, hw int) bool {
		_, ids := freelistOf(b)
		leaves := pagesOf(b, hw, leafFlag)
		if len(ids) < 8 {
			return false
		}
		binary.LittleEndian.PutUint64(ids[8*r.IntN(len(ids)/8):], uint64(leaves[r.IntN(len(leaves))]))
		return true
	}},
}

// Whatever the slow path (bbolt's check, the cursor walk) refuses, the one
// walk refuses too, and Snapshot then says exactly what the slow path
// says; where both pass, their copies are the same bytes.
func TestOneWalkAgreesOnDamage(t *testing.T) {
	path, good := variedJournal(t)
	hw := len(good) / testPage
	for _, d := range harms {
		t.Run(d.name, func(t *testing.T) {
			refused, tried := 0, 0
			for seed := range 40 {
				r := rand.New(rand.NewPCG(uint64(seed), 7))
				b := bytes.Clone(good)
				if !d.do(r, b, hw) {
					continue
				}
				tried++
				os.WriteFile(path, b, 0o600)
				done, fast, slow, slowErr := fastAndSlow(t, path)
				switch {
				case slowErr != nil && done:
					t.Fatalf("seed %d: the walk passed a journal the slow path refuses: %v", seed, slowErr)
				case slowErr == nil && done && !bytes.Equal(fast, slow):
					t.Fatalf("seed %d: both pass, the copies differ", seed)
				case slowErr != nil:
					refused++
					j, err := Open(path, Options{})
					if err != nil {
						continue // refused at the open: no snapshot is made
					}
					err = j.Snapshot(filepath.Join(t.TempDir(), "s.db"))
					j.Close()
					if err == nil || err.Error() != slowErr.Error() {
						t.Fatalf("seed %d: Snapshot says %v, the slow path %v", seed, err, slowErr)
					}
				}
			}
			t.Logf("%d damaged, %d refused", tried, refused)
			if refused == 0 {
				t.Error("no damage was refused: the test shows nothing")
			}
		})
	}
}

// A removal (the app's save: the entry written, the day's draft deleted)
// rewrites the journal from its live pages by the one walk, not by the
// compaction: the vent let go is on no page of the file, which checks
// clean and keeps every record.
func TestARemovalRewritesTheLivePages(t *testing.T) {
	path, _ := variedJournal(t)
	const canary = "CANARY-放下它-0b1c"
	dr := journal.Draft{Entry: sample(20251103)}
	dr.Entry.Vent = "今天太难了 " + canary
	if err := Write(path, Options{}, func(tx *Tx) error { return tx.PutDraft(&dr) }); err != nil {
		t.Fatal(err)
	}
	e := dr.Entry
	e.Vent = ""
	err := Write(path, Options{}, func(tx *Tx) error {
		if err := tx.PutEntry(&e, false); err != nil {
			return err
		}
		return tx.DeleteDraft(e.ShiftDate)
	})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if bytes.Contains(data, []byte(canary)) {
		t.Fatal("the vent let go is still in the file")
	}
	// Both meta pages name one commit: the walk's copy (bbolt's own
	// commits, the compaction's too, leave the one before in the other).
	if r0, r1 := binary.LittleEndian.Uint64(data[16+16:]), binary.LittleEndian.Uint64(data[testPage+16+16:]); r0 != r1 {
		t.Errorf("the meta pages name roots %d and %d: not the walk's copy", r0, r1)
	}
	if p := CheckFile(path); len(p) > 0 {
		t.Fatal(p)
	}
	if got := bucketKeys(t, path); got["entries"] != 301 || got["drafts"] != 1 {
		t.Errorf("buckets %v, want 301 entries and the other day's draft", got)
	}
}
