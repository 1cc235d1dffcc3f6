package archive

import (
	"bytes"
	"testing"
)

// FuzzDecode feeds the archive decoder anything: it must never panic; what
// it accepts must encode and decode back to the same archive (so a backup
// of an import is the import); what it refuses must come back as an error
// with no archive, so nothing of it can be imported.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(goodArchive))
	f.Add([]byte(`{"format":"debrief-archive","version":1,"exported_at":"2026-11-25T21:00:00Z","entries":[],"days_off":[],"ideas":[],"weekly_reviews":[]}`))
	f.Add([]byte(`{"format":"debrief-archive","version":1,"entries":[{"shift_date":"2026-02-30","mood":3}]}`))
	f.Add([]byte(`{"format":"debrief-archive","version":1,"entries":[{"shift_date":"2026-11-24","mood":3,"vent":"\u001b]52;c;aGk=\u0007 \u009b31m"}]}`))
	f.Add([]byte(`{"format":"debrief-archive","version":3}`))
	f.Add([]byte(`[1,2,3]`))
	f.Add([]byte(v2))
	f.Add([]byte(`{"format":"debrief-archive","version":2,"entries":[{"shift_date":"2026-11-24","mood":2,"VENT":"x","vent":"\ud800"}]}`))
	f.Add([]byte("\xEF\xBB\xBF{\"FORMAT\":\"debrief-archive\",\"version\":2,\"ideas\":[{\"id\":18446744073709551615}]}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Decode(bytes.NewReader(data))
		if err != nil {
			if a != nil {
				t.Fatalf("an error (%v) came with an archive to import", err)
			}
			return
		}
		var first bytes.Buffer
		if err := Encode(&first, a); err != nil {
			t.Fatalf("encode of a decoded archive: %v", err)
		}
		b, err := Decode(bytes.NewReader(first.Bytes()))
		if err != nil {
			t.Fatalf("our own encoding does not decode: %v\n%s", err, first.Bytes())
		}
		var second bytes.Buffer
		Encode(&second, b)
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("decode → encode → decode is not stable:\n%s\n---\n%s", first.Bytes(), second.Bytes())
		}
	})
}
