package jsonout

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/safetext"
)

// TestSameAsEncodingJSON: what the writer produces is what encoding/json
// with SetIndent("", "  ") and SetEscapeHTML(false), through safetext.JSON,
// produces for the same value: empty and nested containers, every kind of
// value, hostile text.
func TestSameAsEncodingJSON(t *testing.T) {
	at := time.Date(2026, 11, 25, 21, 30, 5, 120000000, time.FixedZone("", 8*3600))
	type doc struct {
		Name  string            `json:"name"`
		Empty []int             `json:"empty"`
		Obj   map[string]string `json:"obj"`
		List  []any             `json:"list"`
		At    time.Time         `json:"at"`
		F     []float64         `json:"f"`
	}
	v := doc{
		Name:  "中文 <b> \x1b]52;c;x\x07 \u009b31m \u202e \x7f \u2028",
		Empty: []int{},
		Obj:   map[string]string{},
		List:  []any{1, "two", true, nil, []any{}, []any{[]any{3}}, map[string]any{"k": "v"}},
		At:    at,
		F:     []float64{0, 96.5, -1e-7, 1e21, 123456789, 0.000001, 1e-9},
	}
	want := asEncodingJSON(t, v)

	var got bytes.Buffer
	w := New(&got)
	w.BeginObject()
	w.Key("name")
	w.String(v.Name)
	w.Key("empty")
	w.BeginArray()
	w.End()
	w.Key("obj")
	w.BeginObject()
	w.End()
	w.Key("list")
	w.BeginArray()
	w.Int(1)
	w.String("two")
	w.Bool(true)
	w.Null()
	w.BeginArray()
	w.End()
	w.BeginArray()
	w.BeginArray()
	w.Uint(3)
	w.End()
	w.End()
	w.BeginObject()
	w.Key("k")
	w.String("v")
	w.End()
	w.End()
	w.Key("at")
	w.Time(at)
	w.Key("f")
	w.BeginArray()
	for _, f := range v.F {
		w.Float(f)
	}
	w.End()
	w.End()
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if got.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", got.String(), want)
	}
}

// TestFragments: elements written apart (on other CPUs) and placed in
// order are the same as elements written in place.
func TestFragments(t *testing.T) {
	element := func(w *Writer, i int) {
		w.BeginObject()
		w.Key("n")
		w.Int(int64(i))
		w.Key("tags")
		w.BeginArray()
		w.String("a")
		w.End()
		w.End()
	}
	var direct, placed bytes.Buffer
	d := New(&direct)
	p := New(&placed)
	for _, w := range []*Writer{d, p} {
		w.BeginObject()
		w.Key("list")
		w.BeginArray()
	}
	f := NewFragment(2)
	for i := range 3 {
		element(d, i)
		f.Reset()
		element(f, i)
		p.Fragment(f.Bytes())
	}
	// Several elements in one fragment.
	f.Reset()
	for i := 3; i < 6; i++ {
		element(d, i)
		element(f, i)
	}
	p.Fragment(f.Bytes())
	for _, w := range []*Writer{d, p} {
		w.End()
		w.End()
		w.Flush()
	}
	if direct.String() != placed.String() {
		t.Errorf("placed:\n%s\ndirect:\n%s", placed.String(), direct.String())
	}
}

// TestLongOutputIsWrittenInChunks: the writer never holds much more than
// its chunk, however long the document.
func TestLongOutputIsWrittenInChunks(t *testing.T) {
	var out countWriter
	w := New(&out)
	w.BeginArray()
	for range 20000 {
		w.String(strings.Repeat("长", 30))
		if len(w.buf) > flushAt+1024 {
			t.Fatalf("buffer grew to %d bytes", len(w.buf))
		}
	}
	w.End()
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if out.writes < 10 || out.n < 20000*90 {
		t.Errorf("%d bytes in %d writes", out.n, out.writes)
	}
}

type countWriter struct{ n, writes int }

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.writes++
	return len(p), nil
}

func TestValuesJSONCannotHold(t *testing.T) {
	for _, bad := range []func(*Writer){
		func(w *Writer) { w.Float(math.NaN()) },
		func(w *Writer) { w.Float(math.Inf(1)) },
		func(w *Writer) { w.Time(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)) },
		func(w *Writer) { w.End() },
	} {
		var b bytes.Buffer
		w := New(&b)
		bad(w)
		if w.Flush() == nil {
			t.Errorf("no error; wrote %q", b.String())
		}
	}
}

// TestEncodeIsEncodingJSON: a value written with Encode, anywhere in a
// document, is what encoding/json's indenting Encoder through
// safetext.JSON writes.
func TestEncodeIsEncodingJSON(t *testing.T) {
	type inner struct {
		Text  string            `json:"text"`
		Empty []int             `json:"empty"`
		Map   map[string]string `json:"map"`
		N     *float64          `json:"n,omitempty"`
	}
	f := 96.5
	values := []any{
		inner{Text: "中文 \x1b]52;c;x\x07 \u009b31m \u202e \x7f \u2028 \"q\" \\ <b>&", Empty: []int{}, Map: map[string]string{"k": "\u200f"}, N: &f},
		[]inner{{Text: "a"}, {Text: "\xff bad"}},
		"just text \u0085",
		[]any{},
		map[string]any{},
		42,
	}
	for _, v := range values {
		var want bytes.Buffer
		enc := json.NewEncoder(safetext.JSON(&want))
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(map[string]any{"doc": v})
		var got bytes.Buffer
		w := New(&got)
		w.BeginObject()
		w.Key("doc")
		w.Encode(v)
		w.End()
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("got:\n%s\nwant:\n%s", got.String(), want.String())
		}
	}
}

// FuzzEncode: for any text, Encode and the writer's own String write what
// encoding/json through safetext.JSON writes.
func FuzzEncode(f *testing.F) {
	for _, s := range []string{"中文", "\x1b]52;c;x\x07", "\u009b\u202e\u2028", "\xff\xfe", "a\"\\\\u0041", "\x7f\u0085"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := map[string]any{"a": s, "b": []string{s, s}}
		var want bytes.Buffer
		enc := json.NewEncoder(safetext.JSON(&want))
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(v)
		var got, typed bytes.Buffer
		w := New(&got)
		w.Encode(v)
		w.Flush()
		if got.String() != want.String() {
			t.Fatalf("Encode(%q):\n%s\nwant:\n%s", s, got.String(), want.String())
		}
		tw := New(&typed)
		tw.BeginObject()
		tw.Key("a")
		tw.String(s)
		tw.Key("b")
		tw.BeginArray()
		tw.String(s)
		tw.String(s)
		tw.End()
		tw.End()
		tw.Flush()
		if typed.String() != want.String() {
			t.Fatalf("String(%q):\n%s\nwant:\n%s", s, typed.String(), want.String())
		}
	})
}
