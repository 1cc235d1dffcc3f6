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

// randomIdea is an idea with every field the codec writes, a history of
// moves among them, and times with offsets and nanoseconds.
func randomIdea(rnd *rand.Rand) journal.Idea {
	e := randomEntry(rnd)
	texts := []string{"", "订单页显示快递员电话", "Refund 提醒 😀", "周会"}
	i := journal.Idea{ID: rnd.Uint64N(1 << 53), ShiftDate: e.ShiftDate, Kind: texts[rnd.IntN(4)], Text: texts[rnd.IntN(4)],
		Status: texts[rnd.IntN(4)], Impact: texts[rnd.IntN(4)], UpdatedAt: e.UpdatedAt, SharedWith: texts[rnd.IntN(4)], DeclinedWhy: texts[rnd.IntN(4)]}
	for range rnd.IntN(4) {
		i.History = append(i.History, journal.IdeaChange{At: e.CreatedAt.Add(time.Duration(rnd.IntN(1e6)) * time.Second), Status: texts[rnd.IntN(4)]})
	}
	return i
}

func randomDayOff(rnd *rand.Rand) journal.DayOff {
	texts := []string{"", "rest", "sick", "发烧了，在家休息"}
	return journal.DayOff{Date: journal.Date(rnd.IntN(3)) * 20261125, Reason: texts[rnd.IntN(4)], Note: texts[rnd.IntN(4)]}
}

// fastAgrees: the record codec's encoding of v takes the fast path and
// reads exactly as through the general decoder, and the fast path reads
// no cut of it.
func fastAgrees[T any](t *testing.T, v T, fast func([]byte, *T) bool) {
	t.Helper()
	p, err := encodeCBOR(&v)
	if err != nil {
		t.Fatal(err)
	}
	var got, general T
	if !fast(p, &got) {
		t.Fatalf("the fast path refuses %x (%+v)", p, v)
	}
	if err := decodeCBOR(p, &general); err != nil || !reflect.DeepEqual(got, general) {
		t.Fatalf("fast %+v, general %+v (%v)", got, general, err)
	}
	for i := range len(p) {
		var cut T
		if fast(p[:i], &cut) {
			t.Fatalf("a record cut at %d of %d read", i, len(p))
		}
	}
}

// fastMatches: whatever the fast path accepts, the general decoder reads
// to the same value.
func fastMatches[T any](t *testing.T, p []byte, fast func([]byte, *T) bool) {
	var got, general T
	if !fast(p, &got) {
		return
	}
	if err := decodeCBOR(p, &general); err != nil {
		t.Fatalf("the fast path accepts what the general decoder refuses (%v)", err)
	}
	if !reflect.DeepEqual(got, general) {
		t.Fatalf("the fast path reads\n%+v\nthe general decoder\n%+v", got, general)
	}
}

// Every vent, idea and day off the encoder writes takes its fast path and
// reads exactly as through the general decoder; the fast paths refuse
// what they do not know (an empty text or bytes, a later key, keys out of
// order, the wrong type), and what they refuse the general decoder reads
// as before.
func TestSmallRecordFastPathsAgree(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		fastAgrees(t, randomVent(rnd), decodeVentFast)
		fastAgrees(t, randomIdea(rnd), decodeIdeaFast)
		fastAgrees(t, randomDayOff(rnd), decodeDayOffFast)
	}
	for _, p := range [][]byte{
		{0xa1, 0x01, 0x60},                     // an empty text
		{0xa1, 0x02, 0x40},                     // empty bytes
		{0xa1, 0x03, 0x61, 'x'},                // a later key
		{0xa2, 0x02, 0x41, 1, 0x01, 0x61, 'x'}, // keys out of order
		{0xa1, 0x01, 0x42, 'h', 'i'},           // bytes where the text belongs
	} {
		var v journal.Vent
		if decodeVentFast(p, &v) {
			t.Errorf("the fast path read the vent %x", p)
		}
	}
	for _, p := range [][]byte{
		{0xa1, 0x0b, 0x61, 'x'},              // a later key
		{0xa1, 0x01, 0x20},                   // a negative id
		{0xa1, 0x02, 0x61, 'x'},              // a text for the date
		{0xa1, 0x0a, 0x81, 0xa1, 0x03, 0x01}, // a later key in a move
	} {
		var i journal.Idea
		if decodeIdeaFast(p, &i) {
			t.Errorf("the fast path read the idea %x", p)
		}
		fastMatches(t, p, decodeIdeaFast)
	}
	key := []byte("2026-11-25")
	v, err := decodeValue[journal.Vent](&Tx{}, bucketVents, key, sealRecord(key, verCBOR, []byte{0xa2, 0x01, 0x61, 'x', 0x03, 0x61, 'y'}))
	if err != nil || v.Text != "x" {
		t.Errorf("a later key: %+v, %v", v, err)
	}
	i, err := decodeValue[journal.Idea](&Tx{}, bucketIdeas, idKey(1), sealRecord(idKey(1), verCBOR, []byte{0xa2, 0x01, 0x01, 0x0b, 0x61, 'y'}))
	if err != nil || i.ID != 1 {
		t.Errorf("a later key: %+v, %v", i, err)
	}
}

// FuzzSmallRecordFastPaths: any payload each fast path accepts reads as
// through the general decoder.
func FuzzSmallRecordFastPaths(f *testing.F) {
	rnd := rand.New(rand.NewPCG(5, 6))
	for range 4 {
		for _, v := range []any{randomVent(rnd), randomIdea(rnd), randomDayOff(rnd)} {
			p, _ := encodeCBOR(v)
			f.Add(p)
		}
	}
	f.Fuzz(func(t *testing.T, p []byte) {
		fastMatches(t, p, decodeVentFast)
		fastMatches(t, p, decodeIdeaFast)
		fastMatches(t, p, decodeDayOffFast)
	})
}

// BenchmarkSmallRecordDecode: a vent of a typical length and an idea with
// a history, through their fast paths and through the general decoder.
func BenchmarkSmallRecordDecode(b *testing.B) {
	at := time.Date(2026, 11, 23, 21, 0, 0, 0, time.FixedZone("", 8*3600))
	vent := journal.Vent{Text: "今天被一位顾客骂了二十分钟，我一直忍着，挂了电话手还在抖。下次还是要先深呼吸，再说话。"}
	idea := journal.Idea{ID: 7, ShiftDate: 20261123, Kind: "process", Text: "退款超过三天自动提醒组长", Status: "shared",
		UpdatedAt: at, SharedWith: "周会", History: []journal.IdeaChange{{At: at, Status: "shared"}}}
	benchmarkDecode(b, "vent", vent, decodeVentFast)
	benchmarkDecode(b, "idea", idea, decodeIdeaFast)
}

func benchmarkDecode[T any](b *testing.B, name string, v T, fast func([]byte, *T) bool) {
	p, err := encodeCBOR(&v)
	if err != nil {
		b.Fatal(err)
	}
	b.Run(name+"-fast", func(b *testing.B) {
		for b.Loop() {
			var got T
			if !fast(p, &got) {
				b.Fatal("refused")
			}
		}
	})
	b.Run(name+"-general", func(b *testing.B) {
		for b.Loop() {
			var got T
			if err := decodeCBOR(p, &got); err != nil {
				b.Fatal(err)
			}
		}
	})
}
