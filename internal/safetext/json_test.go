package safetext

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestJSONEscapesDELAndC1(t *testing.T) {
	in := map[string]string{"vent": "a\u009b31mb\x7fc\u0085d 中文 \x1b]52;c;x\x07"}
	var b bytes.Buffer
	if err := json.NewEncoder(JSON(&b)).Encode(in); err != nil {
		t.Fatal(err)
	}
	want := `{"vent":"a\u009b31mb\u007fc\u0085d 中文 \u001b]52;c;x\u0007"}` + "\n"
	if b.String() != want {
		t.Errorf("got  %s\nwant %s", b.String(), want)
	}
	var back map[string]string
	if err := json.Unmarshal(b.Bytes(), &back); err != nil || back["vent"] != in["vent"] {
		t.Errorf("does not read back: %v %q", err, back["vent"])
	}
	// A rune cut between two writes is written whole.
	var c bytes.Buffer
	w := JSON(&c)
	s := []byte("\"x\u009by中\"")
	for i := range s {
		w.Write(s[i : i+1])
	}
	if c.String() != `"x\u009by中"` {
		t.Errorf("byte by byte: %q", c.String())
	}
}
