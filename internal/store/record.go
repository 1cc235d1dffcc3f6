package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"strconv"
	"strings"
	"sync"

	"github.com/debrief-app/debrief/internal/journal"
)

// The envelope of every schema-3 value (except meta format, schema and
// created, which older debriefs read raw):
//
//	ver(1) ‖ payload ‖ crc32c(4 bytes, big-endian)
//
// The CRC-32C (Castagnoli) covers key ‖ ver ‖ payload, so a record copied
// under another key fails too. A version byte below 0x20 is never the
// first byte of a schema-2 JSON value ('{').
const (
	verCBOR    = 0x01 // payload is CBOR (codec.go)
	verMetrics = 0x02 // payload is metrics binary v2 (metrics.go)
	crcSize    = 4
)

// castagnoli is made on the first record checked, not at the process's
// start: making it fills the package's tables.
var castagnoli = sync.OnceValue(func() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) })

// recordCRC is the envelope's checksum: CRC-32C over key ‖ body.
func recordCRC(key, body []byte) uint32 {
	tab := castagnoli()
	return crc32.Update(crc32.Checksum(key, tab), tab, body)
}

// sealRecord wraps a payload in the envelope for key.
func sealRecord(key []byte, ver byte, payload []byte) []byte {
	out := make([]byte, 0, 1+len(payload)+crcSize)
	out = append(out, ver)
	out = append(out, payload...)
	crc := recordCRC(key, out)
	return binary.BigEndian.AppendUint32(out, crc)
}

// Why a value fails its envelope.
var (
	errShortRecord = errors.New("shorter than a record")
	errVersion     = errors.New("unknown record version")
	errChecksum    = errors.New("checksum does not match")
)

// openRecord checks a value's envelope (length, version, CRC) and returns
// its payload. Every read of a schema-3 value goes through it before
// decoding. want is the version the bucket holds.
func openRecord(bucket string, key, v []byte, want byte) ([]byte, error) {
	if len(v) < 1+crcSize {
		return nil, damagedCopy(bucket, key, errShortRecord)
	}
	if v[0] != want {
		return nil, damagedCopy(bucket, key, fmt.Errorf("%w %#x", errVersion, v[0]))
	}
	body := v[:len(v)-crcSize]
	crc := recordCRC(key, body)
	if binary.BigEndian.Uint32(v[len(body):]) != crc {
		return nil, damagedCopy(bucket, key, errChecksum)
	}
	return body[1:], nil
}

// damagedCopy is damaged with a copy of the bucket's name, so that the
// name never escapes openRecord: a caller's string(bucketMetrics) then
// costs no allocation, which a walk over years of records pays per record.
func damagedCopy(bucket string, key []byte, why error) error {
	return damaged(strings.Clone(bucket), key, why)
}

// RecordError names the record a problem is in: its bucket and its key as
// a person reads it (a date, a week, an idea's id, a jot's date and id).
// Err wraps ErrDamaged when the record can't be read, or is the
// *journal.FieldError of a record that reads but breaks a rule.
type RecordError struct {
	Bucket string
	Key    string
	Kind   Kind
	Err    error
}

func (e *RecordError) Error() string { return e.Bucket + " " + e.Key + ": " + e.Err.Error() }

func (e *RecordError) Unwrap() error { return e.Err }

// damaged is the error of a record that can't be read.
func damaged(bucket string, key []byte, why error) error {
	return problem(bucket, key, KindDamaged, &damage{why})
}

// damage is why a record can't be read; it is ErrDamaged to errors.Is.
type damage struct{ why error }

func (d *damage) Error() string { return d.why.Error() }

func (d *damage) Is(target error) bool { return target == ErrDamaged }

func (d *damage) Unwrap() error { return d.why }

// keyName shows a key the way a person reads it.
func keyName(bucket string, key []byte) string {
	switch bucket {
	case string(bucketIdeas):
		if len(key) == 8 {
			return "#" + strconv.FormatUint(binary.BigEndian.Uint64(key), 10)
		}
	case string(bucketJots):
		if d, id, ok := splitJotKey(key); ok {
			return d.String() + " #" + strconv.FormatUint(id, 10)
		}
	}
	if printableKey(key) {
		return string(key)
	}
	return fmt.Sprintf("%x", key)
}

func printableKey(key []byte) bool {
	if len(key) == 0 || len(key) > 64 {
		return false
	}
	for _, c := range key {
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}

// getCBOR reads and decodes one record; ok is false when absent.
func getCBOR[T any](t *Tx, bucket, key []byte) (v T, ok bool, err error) {
	return getValue(t, bucket, key, decodeValue[T])
}

// getValue reads one value and decodes it; ok is false when absent.
func getValue[T any](t *Tx, bucket, key []byte, decode func(t *Tx, bucket, key, data []byte) (T, error)) (v T, ok bool, err error) {
	b := t.tx.Bucket(bucket)
	if b == nil {
		return v, false, nil
	}
	data := b.Get(key)
	if data == nil {
		return v, false, nil
	}
	v, err = decode(t, bucket, key, data)
	return v, err == nil, err
}

// decodeValue decodes a value of a data bucket: a schema-3 envelope with a
// CBOR payload, or the JSON of an older schema's file opened read-only.
func decodeValue[T any](t *Tx, bucket, key, data []byte) (v T, err error) {
	err = decodeInto(t, bucket, key, data, &v)
	return v, err
}

// decodeInto is decodeValue into *v, which must be zero: a list of
// thousands of entries is decoded in place, not copied.
func decodeInto[T any](t *Tx, bucket, key, data []byte, v *T) error {
	if t.legacy {
		var err error
		*v, err = decodeLegacy[T](bucket, key, data)
		return err
	}
	payload, err := openRecord(string(bucket), key, data, verCBOR)
	if err != nil {
		return err
	}
	switch r := any(v).(type) {
	case *journal.Entry:
		if decodeEntryFast(payload, r, nil) {
			return nil
		}
		*r = journal.Entry{}
	case *journal.Vent:
		if decodeVentFast(payload, r) {
			return nil
		}
		*r = journal.Vent{}
	}
	if err := decodeCBOR(payload, v); err != nil {
		return damaged(string(bucket), key, err)
	}
	return nil
}

// putCBOR encodes v and stores it in its envelope.
func putCBOR(t *Tx, bucket, key []byte, v any) error {
	b, err := t.bucket(bucket)
	if err != nil {
		return err
	}
	payload, err := encodeCBOR(v)
	if err != nil {
		return err
	}
	return b.Put(key, sealRecord(key, verCBOR, payload))
}

func dateKey(d journal.Date) []byte { return []byte(d.String()) }

func idKey(id uint64) []byte { return binary.BigEndian.AppendUint64(make([]byte, 0, 8), id) }
