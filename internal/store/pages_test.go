package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
)

func bigJournal(t testing.TB) (string, []byte) {
	path := filepath.Join(t.TempDir(), "journal.db")
	err := Write(path, Options{}, func(tx *Tx) error {
		for i := range 400 {
			e := sample(journal.Date(20250101).AddDays(i))
			if err := tx.PutEntry(&e, false); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	return path, data
}

// TestCheckSurvivesBitFlips flips bits all over the data pages: the check
// must report, never fault (which would kill this test binary) or loop.
func TestCheckSurvivesBitFlips(t *testing.T) {
	path, good := bigJournal(t)
	var size int
	Read(path, Options{}, func(tx *Tx) error { size = int(tx.tx.Size()); return nil })
	found := 0
	for seed := range 300 {
		b := bytes.Clone(good)
		r := rand.New(rand.NewPCG(uint64(seed), 1))
		for range 1 + seed%16 {
			i := 2*4096 + r.IntN(size-2*4096)
			b[i] ^= byte(1 << r.IntN(8))
		}
		os.WriteFile(path, b, 0o600)
		if problems := CheckFile(path); len(problems) > 0 {
			found++
		}
	}
	if found < 100 {
		t.Errorf("only %d of 300 damaged files reported", found)
	}
}

// TestCheckFindsACycleOfPages points a branch page at itself: bbolt's own
// check would recurse until the stack overflows.
func TestCheckFindsACycleOfPages(t *testing.T) {
	path, data := bigJournal(t)
	cycled := false
	for id := 2; (id+1)*4096 <= len(data); id++ {
		p := data[id*4096:]
		if binary.LittleEndian.Uint64(p) == uint64(id) && binary.LittleEndian.Uint16(p[8:]) == branchFlag {
			binary.LittleEndian.PutUint64(p[16+8:], uint64(id)) // first child → itself
			cycled = true
			break
		}
	}
	if !cycled {
		t.Fatal("no branch page to damage")
	}
	os.WriteFile(path, data, 0o600)
	problems := CheckFile(path)
	if len(problems) == 0 || !errors.Is(problems[0], ErrDamaged) {
		t.Errorf("cycle: %v", problems)
	}
}
