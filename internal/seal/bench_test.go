package seal

import (
	"bytes"
	"io"
	"testing"

	"filippo.io/age"
)

// What a vent costs sealed: bytes (b.ReportMetric "sealed-B", the
// overhead "extra-B") and time, for the hybrid kind debrief generates and
// X25519 beside it; and an unlock at the work factor debrief writes.

var vent200 = bytes.Repeat([]byte("今天被骂了三次。"), 9)[:200]

func sealWith(b *testing.B, r age.Recipient) []byte {
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, r)
	if err != nil {
		b.Fatal(err)
	}
	w.Write(vent200)
	w.Close()
	return buf.Bytes()
}

func BenchmarkSealHybrid(b *testing.B) {
	k, _ := Generate()
	r, _ := ParseRecipient(k.Recipient())
	var out []byte
	for b.Loop() {
		out, _ = r.Seal(vent200)
	}
	b.ReportMetric(float64(len(out)), "sealed-B")
	b.ReportMetric(float64(len(out)-len(vent200)), "extra-B")
}

func BenchmarkSealX25519(b *testing.B) {
	id, _ := age.GenerateX25519Identity()
	var out []byte
	for b.Loop() {
		out = sealWith(b, id.Recipient())
	}
	b.ReportMetric(float64(len(out)), "sealed-B")
	b.ReportMetric(float64(len(out)-len(vent200)), "extra-B")
}

func BenchmarkOpenHybrid(b *testing.B) {
	k, _ := Generate()
	r, _ := ParseRecipient(k.Recipient())
	sealed, _ := r.Seal(vent200)
	for b.Loop() {
		if _, err := k.Open(sealed); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOpenX25519(b *testing.B) {
	id, _ := age.GenerateX25519Identity()
	sealed := sealWith(b, id.Recipient())
	for b.Loop() {
		r, err := age.Decrypt(bytes.NewReader(sealed), id)
		if err != nil {
			b.Fatal(err)
		}
		io.ReadAll(r)
	}
}

// BenchmarkUnlock18 is one unlock of a key wrapped at 18, what the person
// waits for once per command or per run of the app.
func BenchmarkUnlock18(b *testing.B) {
	k, _ := Generate()
	old := WorkFactor
	WorkFactor = 18
	w, err := k.Wrap([]byte("a passphrase"))
	WorkFactor = old
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Unwrap(w, []byte("a passphrase"), k.Recipient()); err != nil {
			b.Fatal(err)
		}
	}
}
