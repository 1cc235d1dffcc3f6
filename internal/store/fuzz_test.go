package store

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
)

// The record decoders take bytes from a file anyone could have changed,
// so they are fuzzed: never a panic, and what decodes encodes back to a
// record that decodes to the same value (decode → encode → decode is
// stable). The CRC normally stops random bytes before a decoder sees
// them; the fuzzer goes past it on purpose.

// recordKinds are the decoders by the bucket they serve.
var recordKinds = []string{"entries", "metrics", "vents", "drafts", "jots", "days_off", "ideas", "weekly_reviews"}

func decodeKind(kind string, p []byte) (any, error) {
	switch kind {
	case "entries":
		return decodeAs[journal.Entry](p)
	case "vents":
		return decodeAs[journal.Vent](p)
	case "drafts":
		return decodeAs[draftRecord](p)
	case "jots":
		return decodeAs[journal.Jot](p)
	case "days_off":
		return decodeAs[journal.DayOff](p)
	case "ideas":
		return decodeAs[journal.Idea](p)
	case "weekly_reviews":
		return decodeAs[journal.WeeklyReview](p)
	}
	var r metricsReader
	m, h, err := r.decode(p, true)
	return journal.Summary{Metrics: m, Headline: h}, err
}

func decodeAs[T any](p []byte) (any, error) {
	var v T
	err := decodeCBOR(p, &v)
	return &v, err
}

func encodeKind(v any) ([]byte, error) {
	if s, ok := v.(journal.Summary); ok {
		return encodeMetrics(&s.Metrics, s.Headline), nil
	}
	return encodeCBOR(v)
}

// fuzzSeeds are one real payload of every kind.
func fuzzSeeds() map[string][]byte {
	c := schema2Content()
	e := c.entries[0]
	m := journal.MetricsOf(&e)
	dr := c.drafts[0]
	seeds := map[string][]byte{"metrics": encodeMetrics(&m, journal.HeadlineOf(&e))}
	for kind, v := range map[string]any{
		"entries": &e, "vents": &journal.Vent{Text: e.Vent}, "drafts": &draftRecord{Draft: &dr, Vent: &journal.Vent{Text: dr.Entry.Vent}},
		"jots": &dr.Jots[0], "days_off": &c.daysOff[0], "ideas": &c.ideas[0], "weekly_reviews": &c.reviews[0],
	} {
		b, err := encodeCBOR(v)
		if err != nil {
			panic(err)
		}
		seeds[kind] = b
	}
	return seeds
}

func FuzzRecords(f *testing.F) {
	for i, kind := range recordKinds {
		f.Add(byte(i), fuzzSeeds()[kind])
	}
	f.Fuzz(func(t *testing.T, which byte, p []byte) {
		kind := recordKinds[int(which)%len(recordKinds)]
		v, err := decodeKind(kind, p)
		if err != nil {
			return
		}
		again, err := encodeKind(v)
		if err != nil {
			// A decoded value the encoder refuses (a time past year
			// 9999): check must report it rather than a read panic.
			return
		}
		w, err := decodeKind(kind, again)
		if err != nil {
			t.Fatalf("%s: re-encoded record does not decode: %v", kind, err)
		}
		third, err := encodeKind(w)
		if err != nil || !bytes.Equal(third, again) {
			t.Fatalf("%s: encoding is not stable:\n%x\n%x", kind, again, third)
		}
		a, _ := json.Marshal(v)
		b, _ := json.Marshal(w)
		if !bytes.Equal(a, b) {
			t.Fatalf("%s: decode → encode → decode changed the record:\n%s\n%s", kind, a, b)
		}
	})
}

var writeCorpus = flag.Bool("write-corpus", false, "rewrite testdata/fuzz/FuzzRecords")

// TestWriteFuzzCorpus writes the seed corpus of FuzzRecords on request
// (go test ./internal/store -run FuzzCorpus -write-corpus).
func TestWriteFuzzCorpus(t *testing.T) {
	if !*writeCorpus {
		t.Skip("corpus is committed")
	}
	dir := filepath.Join("testdata", "fuzz", "FuzzRecords")
	os.MkdirAll(dir, 0o755)
	seeds := fuzzSeeds()
	for i, kind := range recordKinds {
		body := fmt.Sprintf("go test fuzz v1\nbyte(%q)\n[]byte(%q)\n", byte(i), seeds[kind])
		if err := os.WriteFile(filepath.Join(dir, "seed-"+kind), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
