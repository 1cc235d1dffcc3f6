package archive_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/store"
)

// BenchmarkImport10Years is `debrief import` of a 10-year archive into an
// empty journal without the process start: decode and validate every
// record, then one write transaction, committed with fsync.
func BenchmarkImport10Years(b *testing.B) {
	var buf bytes.Buffer
	if err := archive.Encode(&buf, gen.Journal(10, 1, 20261125)); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	dir := b.TempDir()
	i := 0
	for b.Loop() {
		i++
		a, err := archive.Decode(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		path := filepath.Join(dir, "j"+string(rune('a'+i%26))+".db", "journal.db")
		err = store.Write(path, store.Options{}, func(tx *store.Tx) error {
			_, err := archive.Apply(tx, a, true, false, nil)
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecode10Years is the decoding and validation part alone.
func BenchmarkDecode10Years(b *testing.B) {
	var buf bytes.Buffer
	archive.Encode(&buf, gen.Journal(10, 1, 20261125))
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := archive.Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
