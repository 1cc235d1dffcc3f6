package archive_test

import (
	"bytes"
	"io"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/store"
)

func tenYears(b *testing.B) []byte {
	var buf bytes.Buffer
	if err := archive.Encode(&buf, gen.Journal(10, 1, 20261125)); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkImport10Years is `debrief import` of a 10-year archive into an
// empty journal without the process start: one streaming pass that
// decodes, checks and puts every record in one write transaction,
// committed with fsync.
func BenchmarkImport10Years(b *testing.B) {
	data := tenYears(b)
	b.SetBytes(int64(len(data)))
	dir := b.TempDir()
	i := 0
	for b.Loop() {
		i++
		path := filepath.Join(dir, strconv.Itoa(i), "journal.db")
		dec := archive.NewDecoder(bytes.NewReader(data), 0)
		err := store.Write(path, store.Options{InitialMmapSize: 2 * len(data)}, func(tx *store.Tx) error {
			_, err := archive.Import(tx, dec, archive.Options{})
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecode10Years is the decoding and checking part alone.
func BenchmarkDecode10Years(b *testing.B) {
	data := tenYears(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := archive.Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBackup10Years is `debrief backup` of a 10-year journal without
// the process start and the file: read and write every record.
func BenchmarkBackup10Years(b *testing.B) {
	path := filepath.Join(b.TempDir(), "journal.db")
	err := store.Write(path, store.Options{}, func(tx *store.Tx) error {
		_, err := archive.Apply(tx, gen.Journal(10, 1, 20261125), false, false, nil)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	j, err := store.OpenReadOnly(path, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer j.Close()
	now := time.Date(2026, 11, 25, 22, 0, 0, 0, time.UTC)
	for b.Loop() {
		err := j.View(func(tx *store.Tx) error {
			_, err := archive.Backup(io.Discard, tx, now)
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}
