package store

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
)

// randomEntry is an entry with every field the codec writes, in the
// shapes people type: Chinese and mixed text, halves and odd CSAT values,
// offsets and nanoseconds in the times, pins, empty and long lists.
func randomEntry(rnd *rand.Rand) journal.Entry {
	texts := []string{"", "顾客催发货，已经等了五天", "Refund 退款 😀", "a", "物流 delivery", "  先查流水。 ", "x\ty"}
	text := func() string { return texts[rnd.IntN(len(texts))] }
	list := func(n int) []string {
		if n == 0 {
			return nil
		}
		out := make([]string, n)
		for i := range out {
			out[i] = text() + "!"
		}
		return out
	}
	zones := []*time.Location{time.UTC, time.FixedZone("", 8*3600), time.FixedZone("", -5*3600-1800)}
	at := time.Date(2016+rnd.IntN(10), time.Month(1+rnd.IntN(12)), 1+rnd.IntN(28), rnd.IntN(24), rnd.IntN(60), rnd.IntN(60),
		rnd.IntN(3)*rnd.IntN(1e9), zones[rnd.IntN(len(zones))])
	e := journal.Entry{
		ShiftDate: journal.DateOf(at), Shift: text(), StartedAt: text(), EndedAt: text(),
		Mood: rnd.IntN(6), Energy: rnd.IntN(6) - 1, Stress: rnd.IntN(6), Helped: list(rnd.IntN(4)),
		Tomorrow: text(), FocusDone: text(), Tags: list(rnd.IntN(3)), CreatedAt: at, Rev: rnd.Uint64N(1 << 40),
	}
	if rnd.IntN(3) > 0 {
		e.UpdatedAt = at.Add(time.Duration(rnd.IntN(1e6)) * time.Second)
	}
	if rnd.IntN(4) > 0 {
		c := rnd.IntN(300) - 5
		e.Contacts = &c
	}
	if rnd.IntN(4) > 0 {
		csat := []float64{92.5, 100, 0, 87.3, 4.7, 65504, 1e-7, 0.1}[rnd.IntN(8)]
		e.CSAT = &csat
	}
	for range rnd.IntN(5) {
		e.Cases = append(e.Cases, journal.Case{
			Title: text(), Category: text(), Channel: text(), Need: text(), Action: text(),
			Outcome: []string{"", "resolved", "escalated"}[rnd.IntN(3)], Better: text(),
			Praise: rnd.IntN(3) == 0, Pinned: rnd.IntN(4) == 0,
		})
	}
	return e
}

// decodeBoth decodes p with the fast path and with the general decoder.
var (
	sharedTexts textTable
	decodeCalls int
)

// Every other call reads through one text table, as the entries of a
// list do (it fills up to maxTableTexts over the tests).
func decodeBoth(p []byte) (fast journal.Entry, fastOK bool, general journal.Entry, err error) {
	var texts *textTable
	if decodeCalls++; decodeCalls%2 == 0 {
		texts = &sharedTexts
	}
	fastOK = decodeEntryFast(p, &fast, texts)
	err = decodeCBOR(p, &general)
	return
}

// Every record the encoder writes takes the fast path and reads exactly
// as through the general decoder.
func TestEntryFastPathAgrees(t *testing.T) {
	rnd := rand.New(rand.NewPCG(15, 14))
	entries := schema2Content().entries
	for range 2000 {
		entries = append(entries, randomEntry(rnd))
	}
	for i := range entries {
		entries[i].Vent = "" // not inside the entry record
		p, err := encodeCBOR(&entries[i])
		if err != nil {
			t.Fatal(err)
		}
		fast, ok, general, err := decodeBoth(p)
		if err != nil || !ok {
			t.Fatalf("entry %d: fast path %v, general decoder %v\n%x", i, ok, err, p)
		}
		if !reflect.DeepEqual(fast, general) {
			t.Fatalf("entry %d: the fast path reads\n%+v\nthe general decoder\n%+v", i, fast, general)
		}
	}
}

// Damaged, truncated and changed records: whatever the fast path accepts,
// the general decoder accepts too, with the same entry; everything else is
// left to the general decoder.
func TestEntryFastPathOnDamage(t *testing.T) {
	rnd := rand.New(rand.NewPCG(11, 13))
	accepted, refused := 0, 0
	for range 300 {
		e := randomEntry(rnd)
		p, _ := encodeCBOR(&e)
		for k := range 40 {
			q := append([]byte(nil), p...)
			switch k % 4 {
			case 0:
				q[rnd.IntN(len(q))] = byte(rnd.IntN(256))
			case 1:
				q = q[:rnd.IntN(len(q))]
			case 2:
				q[rnd.IntN(len(q))] ^= 1 << rnd.IntN(8)
			default:
				i := rnd.IntN(len(q))
				q = append(q[:i:i], append([]byte{byte(rnd.IntN(256))}, q[i:]...)...)
			}
			fast, ok, general, err := decodeBoth(q)
			if !ok {
				refused++
				continue
			}
			accepted++
			if err != nil {
				t.Fatalf("the fast path accepts what the general decoder refuses (%v):\n%x", err, q)
			}
			if !reflect.DeepEqual(fast, general) {
				t.Fatalf("the fast path reads\n%+v\nthe general decoder\n%+v\nfrom %x", fast, general, q)
			}
		}
	}
	if accepted == 0 || refused == 0 {
		t.Fatalf("accepted %d, refused %d: the test no longer tests both sides", accepted, refused)
	}
}

// A record with a key a later debrief added reads through the general
// decoder, which skips the key: the entry is whole.
func TestEntryWithALaterKeyReads(t *testing.T) {
	type later struct {
		ShiftDate journal.Date `cbor:"1,keyasint"`
		Shift     string       `cbor:"2,keyasint"`
		New       string       `cbor:"40,keyasint"`
	}
	p, err := encodeCBOR(&later{ShiftDate: 20261125, Shift: "night", New: "later"})
	if err != nil {
		t.Fatal(err)
	}
	key := []byte("2026-11-25")
	tx := &Tx{}
	e, err := decodeValue[journal.Entry](tx, bucketEntries, key, sealRecord(key, verCBOR, p))
	if err != nil || e.ShiftDate != 20261125 || e.Shift != "night" {
		t.Fatalf("got %+v, %v", e, err)
	}
	var fast journal.Entry
	if decodeEntryFast(p, &fast, nil) {
		t.Error("the fast path read a key it does not know")
	}
}

func FuzzEntryFastPath(f *testing.F) {
	rnd := rand.New(rand.NewPCG(1, 2))
	for range 8 {
		e := randomEntry(rnd)
		p, _ := encodeCBOR(&e)
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, p []byte) {
		fast, ok, general, err := decodeBoth(p)
		if !ok {
			return
		}
		if err != nil {
			t.Fatalf("the fast path accepts what the general decoder refuses (%v)", err)
		}
		if !reflect.DeepEqual(fast, general) {
			t.Fatalf("the fast path reads\n%+v\nthe general decoder\n%+v", fast, general)
		}
	})
}

// randomVent is a vent as the codec writes it: text, sealed bytes, or
// (never both in a sound journal, but the codec reads it) both.
func randomVent(rnd *rand.Rand) journal.Vent {
	var v journal.Vent
	switch rnd.IntN(3) {
	case 0:
		v.Text = []string{"今天真的很累。", "a", "x\ty\n第二行", "😀 refund"}[rnd.IntN(4)]
	case 1:
		v.Sealed = make([]byte, 1+rnd.IntN(600))
		for i := range v.Sealed {
			v.Sealed[i] = byte(rnd.IntN(256))
		}
	default:
		v.Text, v.Sealed = "两者", []byte{1, 2, 3}
	}
	return v
}

// Every vent record the encoder writes takes the fast path and reads
// exactly as through the general decoder; the fast path refuses what it
// does not know (an empty text or bytes, a later key, a cut record), and
// what it refuses the general decoder reads as before.
func TestVentFastPathAgrees(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		v := randomVent(rnd)
		p, err := encodeCBOR(&v)
		if err != nil {
			t.Fatal(err)
		}
		var fast, general journal.Vent
		if !decodeVentFast(p, &fast) {
			t.Fatalf("the fast path refuses %x", p)
		}
		if err := decodeCBOR(p, &general); err != nil || !reflect.DeepEqual(fast, general) {
			t.Fatalf("fast %+v, general %+v (%v)", fast, general, err)
		}
		for i := range len(p) {
			var cut journal.Vent
			if decodeVentFast(p[:i], &cut) {
				t.Fatalf("a record cut at %d of %d read", i, len(p))
			}
		}
	}
	for _, p := range [][]byte{
		{0xa1, 0x01, 0x60},                     // an empty text
		{0xa1, 0x02, 0x40},                     // empty bytes
		{0xa1, 0x03, 0x61, 'x'},                // a later key
		{0xa2, 0x02, 0x41, 1, 0x01, 0x61, 'x'}, // keys out of order
		{0xa1, 0x01, 0x42, 'h', 'i'},           // bytes where the text belongs
	} {
		var fast journal.Vent
		if decodeVentFast(p, &fast) {
			t.Errorf("the fast path read %x", p)
		}
	}
	key := []byte("2026-11-25")
	v, err := decodeValue[journal.Vent](&Tx{}, bucketVents, key, sealRecord(key, verCBOR, []byte{0xa2, 0x01, 0x61, 'x', 0x03, 0x61, 'y'}))
	if err != nil || v.Text != "x" {
		t.Errorf("a later key: %+v, %v", v, err)
	}
}

func FuzzVentFastPath(f *testing.F) {
	rnd := rand.New(rand.NewPCG(5, 6))
	for range 6 {
		v := randomVent(rnd)
		p, _ := encodeCBOR(&v)
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, p []byte) {
		var fast, general journal.Vent
		if !decodeVentFast(p, &fast) {
			return
		}
		if err := decodeCBOR(p, &general); err != nil {
			t.Fatalf("the fast path accepts what the general decoder refuses (%v)", err)
		}
		if !reflect.DeepEqual(fast, general) {
			t.Fatalf("the fast path reads\n%+v\nthe general decoder\n%+v", fast, general)
		}
	})
}

// BenchmarkVentDecode: one vent record of a typical length through the
// fast path and through the general decoder.
func BenchmarkVentDecode(b *testing.B) {
	p, err := encodeCBOR(&journal.Vent{Text: "今天被一位顾客骂了二十分钟，我一直忍着，挂了电话手还在抖。下次还是要先深呼吸，再说话。"})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("fast", func(b *testing.B) {
		for b.Loop() {
			var v journal.Vent
			if !decodeVentFast(p, &v) {
				b.Fatal("refused")
			}
		}
	})
	b.Run("general", func(b *testing.B) {
		for b.Loop() {
			var v journal.Vent
			if err := decodeCBOR(p, &v); err != nil {
				b.Fatal(err)
			}
		}
	})
}
