package jsonout

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/safetext"
)

// asEncodingJSON is the output Encode must equal: encoding/json's
// indenting Encoder, without HTML escaping, through safetext.JSON.
func asEncodingJSON(t testing.TB, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(safetext.JSON(&b))
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func encoded(t testing.TB, v any) string {
	t.Helper()
	var b bytes.Buffer
	w := New(&b)
	w.Encode(v)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

type day int

func (d day) MarshalText() ([]byte, error) { return []byte("day-" + strings.Repeat("I", int(d))), nil }

type ptrMarshaler struct{ N int }

func (p *ptrMarshaler) MarshalJSON() ([]byte, error) {
	return []byte(`{"by":"pointer", "n":[1, 2]}`), nil
}

type Base struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Clash string
}

type Other struct {
	Clash string
	Extra string `json:"extra,omitempty"`
}

type tagged struct {
	Clash string `json:"Clash"`
}

type Deep struct{ Base }

// node contains itself.
type node struct {
	Name string  `json:"name"`
	Kids []*node `json:"kids,omitempty"`
}

type hidden struct {
	Visible string `json:"visible"`
}

type tricky struct {
	Base                                 // promoted; its Clash collides with Other's
	*Other                               // embedded pointer, nil or not
	Deep                                 // Base again, one level deeper: hidden by the shallow one
	hidden                               // unexported embedded struct: its exported fields show
	Named        Base                    `json:"named"`
	Skip         string                  `json:"-"`
	Dash         string                  `json:"-,"`   //nolint:staticcheck // SA5008 on purpose: encoding/json names this field "-"
	BadTag       string                  `json:"a\"b"` //nolint:staticcheck // SA5008 on purpose: an invalid name, encoding/json uses the field's
	Empty        string                  `json:",omitempty"`
	Zero         int                     `json:"zero,omitempty"`
	NilPtr       *int                    `json:"nil_ptr"`
	Bytes        []byte                  `json:"bytes"`
	Float32      float32                 `json:"f32"`
	Float64      float64                 `json:"f64"`
	Small        float64                 `json:"small"`
	Day          day                     `json:"day"`
	Days         map[string]day          `json:"days"`
	ByDay        map[day]int             `json:"by_day"`
	Ints         map[int]string          `json:"ints"`
	Marshalers   []ptrMarshaler          `json:"marshalers"`
	MapMarshaler map[string]ptrMarshaler `json:"map_marshaler"`
	Any          any                     `json:"any"`
	AnyNil       any                     `json:"any_nil"`
	Time         time.Time               `json:"time"`
	TimePtr      *time.Time              `json:"time_ptr,omitempty"`
	Array        [2]string               `json:"array"`
	EmptyArr     [0]int                  `json:"empty_arr"`
	Nested       map[string][]*tagged    `json:"nested"`
	NilSlice     []string                `json:"nil_slice"`
	NilMap       map[string]int          `json:"nil_map"`
	unexported   int
	Inline       struct{ A, B int } `json:"inline"`
	Ptrs         **Base             `json:"ptrs"`
	Text         string             `json:"text"`
	Bidi         []string           `json:"bidi"`
	WithString   struct {
		N int `json:"n,string"`
	} `json:"with_string"`
}

// TestEncodeFollowsEncodingJSON: Encode writes what encoding/json writes
// for the rules debrief's documents rely on and the ones they may: names
// from tags, embedded structs and their collisions, omitempty, the
// marshalers (on the value and on the pointer), maps, []byte, float32,
// the string option, and text a terminal must not act on.
func TestEncodeFollowsEncodingJSON(t *testing.T) {
	at := time.Date(2026, 11, 25, 21, 30, 5, 120000000, time.FixedZone("", 8*3600))
	b := &Base{ID: 7, Name: "基"}
	v := tricky{
		Base: Base{ID: 1, Name: "一", Clash: "base"}, Deep: Deep{Base{ID: 2}}, hidden: hidden{"看得见"},
		Named: Base{ID: 3}, Skip: "x", Dash: "dash", BadTag: "bad", Bytes: []byte("\x00\xff"),
		Float32: 0.1, Float64: 1e21, Small: 1e-7, Day: 3,
		Days: map[string]day{"b": 1, "a": 2}, ByDay: map[day]int{2: 1, 1: 2}, Ints: map[int]string{10: "x", 9: "y"},
		Marshalers: []ptrMarshaler{{1}}, MapMarshaler: map[string]ptrMarshaler{"k": {2}},
		Any: map[string]any{"z": []any{1, "二", nil, true}, "a": Base{ID: 4}}, Time: at, TimePtr: &at,
		Array: [2]string{"\u202e", "\x1b[31m"}, Nested: map[string][]*tagged{"n": {{Clash: "t"}, nil}},
		unexported: 1, Ptrs: &b, Text: "中文 \x1b]52;c;x\x07 \u009b31m \u2028 \"q\" \\ <b>&",
		Bidi: []string{"\u200f", "\xff bad"},
	}
	v.Inline.A = 1
	v.WithString.N = 9
	tree := &node{Name: "根", Kids: []*node{{Name: "a"}, {Name: "b", Kids: []*node{{Name: "c"}}}}}
	for _, x := range []any{tree, v, &v, tricky{Other: &Other{Clash: "other", Extra: "e"}}, []tricky{{}, v}, map[string]tricky{"x": {}}} {
		if got, want := encoded(t, x), asEncodingJSON(t, x); got != want {
			t.Errorf("got:\n%s\nwant:\n%s", got, want)
		}
	}
}
