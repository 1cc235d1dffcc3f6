package store

import (
	"fmt"
	"sync"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/fxamacker/cbor/v2"
)

// The record codec of schema 3: CBOR with small integer keys, taken from the
// `cbor` tags on the journal types themselves (docs/FORMAT.md lists them).
// Encoding is Core Deterministic, so one value has one encoding; times are
// RFC 3339 text, which keeps their offset (+08:00). Decoding refuses
// duplicate keys, indefinite lengths, tags, NaN and infinities, and holds
// arrays and maps to the sizes validation allows. Unknown keys are skipped:
// a field added later within schema 3 reads as absent in an older debrief.
// Both modes are built once, on the first record a process encodes or
// decodes (not at its start: `debrief --version` reads none), and are safe
// for concurrent use.
var (
	encMode = sync.OnceValue(newEncMode)
	decMode = sync.OnceValue(newDecMode)
)

// Decoding limits: the largest array is a draft's list of ideas or used
// jots; the deepest value is a draft → entry → cases → case.
const (
	maxArray  = 4096
	maxPairs  = 32
	maxNested = 8
)

func newEncMode() cbor.EncMode {
	enc := cbor.CoreDetEncOptions()
	enc.Time = cbor.TimeRFC3339Nano
	m, err := enc.EncMode()
	if err != nil {
		panic(err)
	}
	return m
}

func newDecMode() cbor.DecMode {
	dec := cbor.DecOptions{
		DupMapKey:        cbor.DupMapKeyEnforcedAPF,
		IndefLength:      cbor.IndefLengthForbidden,
		TagsMd:           cbor.TagsForbidden,
		MaxNestedLevels:  maxNested,
		MaxArrayElements: max(maxArray, journal.MaxCases, journal.MaxTags),
		MaxMapPairs:      maxPairs,
		NaN:              cbor.NaNDecodeForbidden,
		Inf:              cbor.InfDecodeForbidden,
	}
	m, err := dec.DecMode()
	if err != nil {
		panic(err)
	}
	return m
}

// draftRecord is how a draft is stored: the draft (its entry without the
// vent, as entries are stored) and its vent beside it.
type draftRecord struct {
	Draft *journal.Draft `cbor:"1,keyasint"`
	Vent  *journal.Vent  `cbor:"2,keyasint,omitempty"`
}

func encodeCBOR(v any) ([]byte, error) {
	b, err := encMode().Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode record: %w", err)
	}
	return b, nil
}

func decodeCBOR(payload []byte, v any) error {
	return decMode().Unmarshal(payload, v)
}
