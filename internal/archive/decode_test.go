package archive

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
)

// v2 is a small version 2 archive with jots; variants of it are the cases.
const v2 = `{"format":"debrief-archive","version":2,"exported_at":"2026-11-25T21:00:00+08:00",
"entries":[
 {"shift_date":"2026-11-23","mood":4,"vent":"ok","created_at":"2026-11-23T18:10:00+08:00","updated_at":"2026-11-23T18:12:00+08:00",
  "jots":[{"at":"2026-11-23T10:01:00+08:00","text":"顾客催发货"},{"at":"2026-11-23T11:30:00+08:00","text":"refund loop"}]},
 {"shift_date":"2026-11-24","mood":2,"created_at":"2026-11-25T06:10:00+08:00","updated_at":"2026-11-25T06:10:00+08:00"}],
"days_off":[{"date":"2026-11-22","reason":"rest"}],
"ideas":[{"id":3,"shift_date":"2026-11-23","kind":"product","text":"订单页显示快递员电话","status":"new","updated_at":"2026-11-24T10:00:00Z"}],
"weekly_reviews":[{"week":"2026-W47","focus":"按时吃饭"}]}`

func TestVersion2WithJots(t *testing.T) {
	a, err := Decode(strings.NewReader(v2))
	if err != nil {
		t.Fatal(err)
	}
	if a.Version != 2 || len(a.Entries) != 2 {
		t.Fatalf("version %d, %d entries", a.Version, len(a.Entries))
	}
	jots := a.Jots[20261123]
	if len(jots) != 2 || jots[0].Text != "顾客催发货" || jots[1].At.Format("15:04") != "11:30" {
		t.Errorf("jots %+v", jots)
	}
	if len(a.Jots[20261124]) != 0 {
		t.Errorf("the second entry has jots: %+v", a.Jots[20261124])
	}
}

func TestVersion1StillImportsButHasNoJots(t *testing.T) {
	v1 := strings.Replace(v2, `"version":2`, `"version":1`, 1)
	_, err := Decode(strings.NewReader(v1))
	wantField(t, err, "entries", 0, "2026-11-23", "jots", RuleVersion2)

	noJots := strings.Replace(goodArchive, `"version":1`, `"version":1`, 1)
	a, err := Decode(strings.NewReader(noJots))
	if err != nil || a.Version != 1 || len(a.Entries) != 2 {
		t.Fatalf("version 1 archive: %v", err)
	}
}

// wantField checks that err names the record and the field.
func wantField(t *testing.T, err error, section string, index int, key, field string, rule journal.Rule) {
	t.Helper()
	var re *RecordError
	if !errors.As(err, &re) {
		t.Fatalf("want a record error in %s, got %v", section, err)
	}
	if re.Section != section || re.Index != index || re.Key != key {
		t.Errorf("named %s[%d] (%s), want %s[%d] (%s): %v", re.Section, re.Index, re.Key, section, index, key, err)
	}
	var fe *journal.FieldError
	if !errors.As(err, &fe) {
		t.Fatalf("no field named: %v", err)
	}
	if fe.Field != field || fe.Rule != rule {
		t.Errorf("field %q rule %q, want %q %q: %v", fe.Field, fe.Rule, field, rule, err)
	}
}

// TestRecordProblems: every problem of a record's content or names is
// named by section, index, key (even when the key comes after the
// problem) and field; nothing of the archive comes back with the error.
func TestRecordProblems(t *testing.T) {
	cases := []struct {
		name, from, to string
		section        string
		index          int
		key, field     string
		rule           journal.Rule
		arg            string // the name a case-insensitive match suggests
	}{
		// Text must be UTF-8: invalid bytes and lone surrogates fail the rule.
		{"invalid UTF-8", `"vent":"ok"`, "\"vent\":\"o\xffk\"", "entries", 0, "2026-11-23", "vent", journal.RuleUTF8, ""},
		{"cut UTF-8 sequence", `"vent":"ok"`, "\"vent\":\"ok\xe4\xb8\"", "entries", 0, "2026-11-23", "vent", journal.RuleUTF8, ""},
		{"lone high surrogate", `"vent":"ok"`, `"vent":"a\ud800b"`, "entries", 0, "2026-11-23", "vent", journal.RuleUTF8, ""},
		{"lone low surrogate", `"vent":"ok"`, `"vent":"\udc00"`, "entries", 0, "2026-11-23", "vent", journal.RuleUTF8, ""},
		{"high surrogate then a letter", `"vent":"ok"`, `"vent":"\ud800\u0041"`, "entries", 0, "2026-11-23", "vent", journal.RuleUTF8, ""},
		{"in a jot", `"text":"refund loop"`, `"text":"\udbff"`, "entries", 0, "2026-11-23", "jots[1].text", journal.RuleUTF8, ""},
		{"in a case", `"mood":2,`, "\"mood\":2,\"cases\":[{\"title\":\"x\"},{\"title\":\"\xc0\xaf\"}],", "entries", 1, "2026-11-24", "cases[1].title", journal.RuleUTF8, ""},
		{"NUL escape", `"vent":"ok"`, `"vent":"a\u0000b"`, "entries", 0, "2026-11-23", "vent", journal.RuleNUL, ""},
		{"too long", `"vent":"ok"`, `"vent":"` + strings.Repeat("长", journal.MaxText/3+1) + `"`, "entries", 0, "2026-11-23", "vent", journal.RuleTooLong, ""},
		{"idea text", `"text":"订单页显示快递员电话"`, "\"text\":\"\xed\xa0\x80\"", "ideas", 0, "3", "text", journal.RuleUTF8, ""},
		{"review", `"focus":"按时吃饭"`, "\"focus\":\"\xff\"", "weekly_reviews", 0, "2026-W47", "focus", journal.RuleUTF8, ""},
		// Names are exact: case-sensitive, known, given once.
		{"upper-case field", `"vent":"ok"`, `"VENT":"ok"`, "entries", 0, "2026-11-23", "VENT", RuleCase, "vent"},
		{"mixed case in a case", `"mood":2,`, `"mood":2,"cases":[{"Title":"x"}],`, "entries", 1, "2026-11-24", "cases[0].Title", RuleCase, "cases[0].title"},
		{"unknown field", `"mood":2,`, `"mood":2,"moood":3,`, "entries", 1, "2026-11-24", "moood", RuleUnknown, ""},
		{"unknown in a jot", `"text":"refund loop"`, `"text":"refund loop","by":"me"`, "entries", 0, "2026-11-23", "jots[1].by", RuleUnknown, ""},
		{"twice", `"mood":2,`, `"mood":2,"mood":3,`, "entries", 1, "2026-11-24", "mood", RuleTwice, ""},
		{"twice in a case", `"mood":2,`, `"mood":2,"cases":[{"title":"x","title":"y"}],`, "entries", 1, "2026-11-24", "cases[0].title", RuleTwice, ""},
		{"twice in a day off", `"reason":"rest"`, `"reason":"rest","reason":"sick"`, "days_off", 0, "2026-11-22", "reason", RuleTwice, ""},
		// The key comes after the bad field and is still named.
		{"key after the problem", `{"shift_date":"2026-11-24","mood":2`, `{"mood":"two","shift_date":"2026-11-24"`, "entries", 1, "2026-11-24", "mood", RuleType, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := strings.Replace(v2, c.from, c.to, 1)
			if text == v2 {
				t.Fatal("replacement did not apply")
			}
			a, err := Decode(strings.NewReader(text))
			if a != nil {
				t.Error("an archive came with the error")
			}
			wantField(t, err, c.section, c.index, c.key, c.field, c.rule)
			var fe *journal.FieldError
			if errors.As(err, &fe) && c.arg != "" && fe.Arg != c.arg {
				t.Errorf("suggests %q, want %q", fe.Arg, c.arg)
			}
		})
	}
	// A surrogate pair is one character, and fine.
	a, err := Decode(strings.NewReader(strings.Replace(v2, `"vent":"ok"`, `"vent":"\ud83d\ude00 \u4e2d"`, 1)))
	if err != nil || a.Entries[0].Vent != "😀 中" {
		t.Errorf("surrogate pair: %v %q", err, a.Entries[0].Vent)
	}
}

func TestTopLevel(t *testing.T) {
	cases := []struct {
		name, text string
		kind       error
		reason     string
		field      string
		rule       journal.Rule
	}{
		{"empty", "  \n", ErrNotArchive, ReasonEmpty, "", ""},
		{"another program's JSON", `{"hello":"world","n":[1,{"a":null}]}`, ErrNotArchive, ReasonNoFormat, "", ""},
		{"a list", `[1,2,3]`, ErrNotArchive, ReasonNotObject, "", ""},
		{"not JSON", `not json`, ErrNotArchive, ReasonNotJSON, "", ""},
		{"broken before format", `{"hello":`, ErrNotArchive, ReasonNotJSON, "", ""},
		{"FORMAT", `{"FORMAT":"debrief-archive","version":2}`, ErrNotArchive, ReasonFormatCase, "", ""},
		{"another format", `{"format":"other","version":1}`, ErrNotArchive, ReasonFormat, "", ""},
		{"format not a string", `{"format":3}`, ErrNotArchive, ReasonFormat, "", ""},
		{"no version", `{"format":"debrief-archive","entries":[]}`, ErrVersion, ReasonNoVersion, "", ""},
		{"newer version", `{"format":"debrief-archive","version":3,"entries":[]}`, ErrVersion, ReasonVersion, "", ""},
		{"version as text", `{"format":"debrief-archive","version":"2"}`, ErrVersion, ReasonVersion, "", ""},
		{"unknown top-level field", `{"format":"debrief-archive","version":2,"entries":[],"extra":1}`, nil, ReasonField, "extra", RuleUnknown},
		{"unknown before format", `{"note":"hi","format":"debrief-archive","version":2}`, nil, ReasonField, "note", RuleUnknown},
		{"VERSION", `{"format":"debrief-archive","VERSION":2}`, nil, ReasonField, "VERSION", RuleCase},
		{"section twice", `{"format":"debrief-archive","version":2,"ideas":[],"ideas":[]}`, nil, ReasonField, "ideas", RuleTwice},
		{"format twice", `{"format":"debrief-archive","format":"debrief-archive","version":2}`, nil, ReasonField, "format", RuleTwice},
		{"section not a list", `{"format":"debrief-archive","version":2,"entries":{}}`, nil, ReasonField, "entries", RuleType},
		{"bad exported_at", `{"format":"debrief-archive","version":2,"exported_at":"yesterday"}`, nil, ReasonField, "exported_at", RuleTime},
		{"trailing text", `{"format":"debrief-archive","version":2}` + "\n{}", nil, ReasonTrailing, "", ""},
		{"broken after format", `{"format":"debrief-archive","version":2,"entries":[]`, nil, ReasonSyntax, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Decode(strings.NewReader(c.text))
			if a != nil {
				t.Error("an archive came with the error")
			}
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("want a file error, got %v", err)
			}
			if c.kind != nil && !errors.Is(err, c.kind) {
				t.Errorf("not %v: %v", c.kind, err)
			}
			if fe.Reason != c.reason {
				t.Errorf("reason %q, want %q: %v", fe.Reason, c.reason, err)
			}
			var field *journal.FieldError
			if c.field != "" && (!errors.As(err, &field) || field.Field != c.field || field.Rule != c.rule) {
				t.Errorf("field not named as %s/%s: %v", c.field, c.rule, err)
			}
			if strings.Contains(err.Error(), "json:") || strings.Contains(err.Error(), "Go ") {
				t.Errorf("a decoder's words reach the person: %v", err)
			}
		})
	}
	if _, err := Decode(strings.NewReader(`{"hello":"world"}`)); err == nil || err.Error() != `not a debrief archive: no "format" field` {
		t.Errorf("another program's JSON: %v", err)
	}
}

func TestSyntaxErrorsNameRecordAndLine(t *testing.T) {
	text := strings.Replace(v2, `"mood":2,`, "\"mood\":2,\n\"vent\":\"a\nb\",", 1)
	_, err := Decode(strings.NewReader(text))
	var re *RecordError
	var se *SyntaxError
	if !errors.As(err, &re) || !errors.As(err, &se) || re.Section != "entries" || re.Index != 1 || re.Key != "2026-11-24" {
		t.Fatalf("got %v", err)
	}
	if se.Reason != synControl || se.Line != 6 {
		t.Errorf("reason %s line %d, want control at line 6", se.Reason, se.Line)
	}
	for _, bad := range []string{`"mood":02`, `"mood":-`, `"mood":1.`, `"mood":tru`, `"mood":2,}`, `"mood":"\x"`} {
		_, err := Decode(strings.NewReader(strings.Replace(v2, `"mood":2`, bad, 1)))
		if !errors.As(err, &se) || !errors.As(err, &re) || re.Index != 1 {
			t.Errorf("%s: %v", bad, err)
		}
	}
}

func TestNumbers(t *testing.T) {
	cases := []struct {
		to    string
		field string
		rule  journal.Rule
	}{
		{`"mood":2.5`, "mood", RuleType},
		{`"mood":2e0`, "mood", RuleType},
		{`"mood":99999999999999999999`, "mood", journal.RuleRange},
		{`"mood":9`, "mood", journal.RuleRange},
		{`"mood":2,"csat":1e999`, "csat", journal.RuleRange},
		{`"mood":2,"csat":-1`, "csat", journal.RuleRange},
		{`"mood":2,"contacts":-1`, "contacts", journal.RuleRange},
		{`"mood":"2"`, "mood", RuleType},
		{`"mood":true`, "mood", RuleType},
	}
	for _, c := range cases {
		_, err := Decode(strings.NewReader(strings.Replace(v2, `"mood":2`, c.to, 1)))
		var fe *journal.FieldError
		if !errors.As(err, &fe) || fe.Field != c.field || fe.Rule != c.rule {
			t.Errorf("%s: %v", c.to, err)
		}
	}
	// null is "not given": a missing optional field.
	a, err := Decode(strings.NewReader(strings.Replace(v2, `"mood":2`, `"mood":2,"csat":null,"contacts":null,"vent":null`, 1)))
	if err != nil || a.Entries[1].CSAT != nil || a.Entries[1].Contacts != nil {
		t.Errorf("nulls: %v", err)
	}
}

func TestIdeaIDs(t *testing.T) {
	for _, id := range []string{"9007199254740992", "18446744073709551615", "99999999999999999999999", "0", "-1", "3.0"} {
		_, err := Decode(strings.NewReader(strings.Replace(v2, `"id":3`, `"id":`+id, 1)))
		var re *RecordError
		var fe *journal.FieldError
		if !errors.As(err, &re) || re.Section != "ideas" || re.Index != 0 || !errors.As(err, &fe) || fe.Field != "id" {
			t.Errorf("id %s: %v", id, err)
		}
		if id == "18446744073709551615" && fe != nil && (fe.Rule != journal.RuleRange || fe.Value != id || fe.Arg != "1–9007199254740991") {
			t.Errorf("id %s: %+v", id, fe)
		}
	}
	a, err := Decode(strings.NewReader(strings.Replace(v2, `"id":3`, `"id":9007199254740991`, 1)))
	if err != nil || a.Ideas[0].ID != MaxID {
		t.Errorf("the largest id: %v", err)
	}
}

func TestSameKeyTwice(t *testing.T) {
	text := strings.Replace(v2, `"week":"2026-W47","focus":"按时吃饭"}`, `"week":"2026-W47"},{"week":"2026-w47"}`, 1)
	_, err := Decode(strings.NewReader(text))
	wantField(t, err, "weekly_reviews", 1, "2026-W47", "week", RuleSameKey)
	text = strings.Replace(v2, `"id":3,`, `"id":3,"impact":"x",`, 1)
	text = strings.Replace(text, `"ideas":[`, `"ideas":[{"id":3,"shift_date":"2026-11-23","kind":"product","text":"t","status":"new","updated_at":"2026-11-24T10:00:00Z"},`, 1)
	_, err = Decode(strings.NewReader(text))
	wantField(t, err, "ideas", 1, "3", "id", RuleSameKey)
}

func TestRecordThatIsNotAnObject(t *testing.T) {
	_, err := Decode(strings.NewReader(`{"format":"debrief-archive","version":2,"days_off":[{"date":"2026-11-22","reason":"rest"},7]}`))
	var re *RecordError
	var fe *journal.FieldError
	if !errors.As(err, &re) || re.Section != "days_off" || re.Index != 1 || !errors.As(err, &fe) || fe.Rule != RuleNotRecord || fe.Value != "number" {
		t.Errorf("got %v", err)
	}
}

func TestByteOrderMarkAndOrder(t *testing.T) {
	// An editor's byte order mark is passed over; sections come in any
	// order after the header; exported_at may come last.
	text := "\xEF\xBB\xBF" + `{"format":"debrief-archive","version":2,"ideas":[],"entries":[{"shift_date":"2026-11-24","mood":2}],"exported_at":"2026-11-25T21:00:00Z"}`
	a, err := Decode(strings.NewReader(text))
	if err != nil || len(a.Entries) != 1 || a.ExportedAt.IsZero() {
		t.Fatalf("%v", err)
	}
}

func TestSizeLimit(t *testing.T) {
	dec := NewDecoder(strings.NewReader(v2), 100)
	err := dec.Decode((*collect)(&Archive{}))
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("over the limit: %v", err)
	}
	if _, err := Read(strings.NewReader(v2), int64(len(v2)), (*collect)(&Archive{})); err != nil {
		t.Errorf("exactly the limit: %v", err)
	}
}

// oneByte reads one byte at a time: every string, number and escape is
// cut by the end of a read somewhere.
type oneByte struct{ s string }

func (r *oneByte) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

func TestReadsCutAnywhere(t *testing.T) {
	text := strings.Replace(v2, `"vent":"ok"`, `"vent":"中文\ud83d\ude00\n\u4e2d `+strings.Repeat("长", 100)+`"`, 1)
	want, err := Decode(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(&oneByte{text})
	if err != nil {
		t.Fatal(err)
	}
	if got.Entries[0].Vent != want.Entries[0].Vent || len(got.Jots[20261123]) != 2 {
		t.Errorf("byte by byte: %q", got.Entries[0].Vent)
	}
	bad := strings.Replace(v2, `"vent":"ok"`, "\"vent\":\""+strings.Repeat("长", 100)+"\xe4\xb8\"", 1)
	_, err = Decode(&oneByte{bad})
	wantField(t, err, "entries", 0, "2026-11-23", "vent", journal.RuleUTF8)
}
