package store

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/fxamacker/cbor/v2"
)

// Every field of every stored type has a cbor tag, either "-" or a key
// number with keyasint; no number repeats within a type. An untagged field
// would silently fall back to its name, and a repeated number would mix
// two fields on disk.
func TestEveryStoredFieldHasItsOwnNumber(t *testing.T) {
	types := []any{journal.Entry{}, journal.Case{}, journal.DayOff{}, journal.Idea{}, journal.IdeaChange{}, journal.WeeklyReview{},
		journal.Week{}, journal.Jot{}, journal.Vent{}, journal.Draft{}, draftRecord{}}
	for _, v := range types {
		typ := reflect.TypeOf(v)
		seen := map[int]string{}
		for f := range typ.Fields() {
			tag, ok := f.Tag.Lookup("cbor")
			if !ok {
				t.Errorf("%s.%s has no cbor tag", typ.Name(), f.Name)
				continue
			}
			if tag == "-" {
				continue
			}
			parts := strings.Split(tag, ",")
			n, err := strconv.Atoi(parts[0])
			if err != nil || n < 1 || !strings.Contains(tag, ",keyasint") {
				t.Errorf("%s.%s: tag %q is not a key number with keyasint", typ.Name(), f.Name, tag)
				continue
			}
			if other, dup := seen[n]; dup {
				t.Errorf("%s: %s and %s both use key %d", typ.Name(), other, f.Name, n)
			}
			seen[n] = f.Name
		}
		if len(seen) == 0 {
			t.Errorf("%s stores no field", typ.Name())
		}
	}
}

// A time keeps its offset (+08:00) and its instant through the codec:
// every export prints it.
func TestRecordTimesKeepTheirOffset(t *testing.T) {
	at := time.Date(2026, 11, 25, 23, 16, 0, 123, time.FixedZone("", 8*3600))
	e := sample(20261125)
	e.CreatedAt, e.UpdatedAt = at, at.Add(time.Minute)
	b, err := encodeCBOR(&e)
	if err != nil {
		t.Fatal(err)
	}
	var got journal.Entry
	if err := decodeCBOR(b, &got); err != nil {
		t.Fatal(err)
	}
	if !got.CreatedAt.Equal(at) || got.CreatedAt.Format(time.RFC3339Nano) != "2026-11-25T23:16:00.000000123+08:00" {
		t.Errorf("created %s", got.CreatedAt.Format(time.RFC3339Nano))
	}
	e.Vent = "" // not in the entry record
	sameJSON(t, "entry", got, e)
}

// The decoder is strict where a hand-edited or damaged record could be
// ambiguous: a key twice, NaN, a tag.
func TestDecoderRefusesAmbiguousRecords(t *testing.T) {
	dup := []byte{0xa2, 0x01, 0x1a, 0x01, 0x35, 0x2d, 0xf5, 0x01, 0x1a, 0x01, 0x35, 0x2d, 0xf6} // {1: 20261109, 1: 20261110}
	var o journal.DayOff
	if err := decodeCBOR(append([]byte{0xa1}, dup[1:7]...), &o); err != nil || o.Date == 0 {
		t.Fatalf("one key: %+v %v", o, err)
	}
	if err := decodeCBOR(dup, &o); err == nil {
		t.Errorf("duplicate key accepted: %+v", o)
	}
	nan, _ := cbor.Marshal(map[int]any{6: nanValue()})
	var e journal.Entry
	one, _ := cbor.Marshal(map[int]any{6: 97.5})
	if err := decodeCBOR(one, &e); err != nil || *e.CSAT != 97.5 {
		t.Fatalf("csat: %v", err)
	}
	if err := decodeCBOR(nan, &e); err == nil {
		t.Error("NaN CSAT accepted")
	}
	tagged := []byte{0xa1, 0x01, 0xc1, 0x1a, 0x01, 0x35, 0x2d, 0xf5} // {1: 1(20261109)}
	if err := decodeCBOR(tagged, &o); err == nil {
		t.Error("tag accepted")
	}
}

func nanValue() float64 {
	var z float64
	return z / z
}

// The envelope finds a changed byte anywhere, and a record moved under
// another key.
func TestEnvelopeFindsChanges(t *testing.T) {
	key := []byte("2026-11-25")
	rec := sealRecord(key, verCBOR, []byte("payload 心里话"))
	if p, err := openRecord("vents", key, rec, verCBOR); err != nil || string(p) != "payload 心里话" {
		t.Fatalf("open: %q %v", p, err)
	}
	for i := range rec {
		bad := append([]byte(nil), rec...)
		bad[i] ^= 0x10
		_, err := openRecord("vents", key, bad, verCBOR)
		var re *RecordError
		if !errors.Is(err, ErrDamaged) || !errors.As(err, &re) || re.Bucket != "vents" || re.Key != "2026-11-25" {
			t.Errorf("byte %d changed: %v", i, err)
		}
	}
	if _, err := openRecord("vents", []byte("2026-11-26"), rec, verCBOR); !errors.Is(err, ErrDamaged) {
		t.Error("a record under another key passed")
	}
	for n := range 5 {
		if _, err := openRecord("vents", key, rec[:n], verCBOR); !errors.Is(err, ErrDamaged) {
			t.Errorf("%d bytes passed", n)
		}
	}
}
