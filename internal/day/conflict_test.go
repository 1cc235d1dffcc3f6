package day

import (
	"slices"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
)

func ptr[T any](v T) *T { return &v }

// Keep both: lists are a union without duplicates (mine first), my
// answers win where I gave them, texts keep what only theirs says, a case
// keeps its jot, and no helped line is dropped past the third.
func TestMergeKeepsBoth(t *testing.T) {
	early := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	mine := journal.Draft{
		Entry: journal.Entry{Shift: "night", Mood: 4, Helped: []string{"帮阿姨找回了订单", " 解释了退款规则 "},
			Cases:    []journal.Case{{Title: "快递显示已签收", Need: "怕冒领"}, {Title: "退款卡住"}},
			Tomorrow: "语速放慢", Vent: "被骂了", Tags: []string{"双十一"}},
		Ideas:    []journal.Idea{{Kind: "product", Text: "订单页显示快递员电话"}},
		UsedJots: []uint64{0, 7},
	}
	theirs := journal.Draft{
		Entry: journal.Entry{Shift: "day", Mood: 2, Energy: 3, Contacts: ptr(80), Helped: []string{"解释了退款规则", "安抚了着急的顾客", "教会了老人改地址"},
			Cases:    []journal.Case{{Title: "退款卡住"}, {Title: "  快递显示已签收", Need: "怕冒领 "}, {Title: "发票开错"}},
			Tomorrow: "语速放慢", Vent: "很委屈", Tags: []string{"双十一", "加班"}, CreatedAt: early},
		Ideas:    []journal.Idea{{Kind: "product", Text: " 订单页显示快递员电话"}, {Kind: "process", Text: "退款话术模板"}},
		UsedJots: []uint64{9, 0, 11},
	}
	got := Merge(journal.Draft{}, mine, theirs)
	e := got.Entry
	if e.Shift != "night" || e.Mood != 4 || e.Energy != 3 || e.Contacts == nil || *e.Contacts != 80 {
		t.Errorf("answers: shift %s mood %d energy %d contacts %v", e.Shift, e.Mood, e.Energy, e.Contacts)
	}
	if want := []string{"帮阿姨找回了订单", " 解释了退款规则 ", "安抚了着急的顾客 / 教会了老人改地址"}; !slices.Equal(e.Helped, want) {
		t.Errorf("helped %q, want %q", e.Helped, want)
	}
	var titles []string
	for _, c := range e.Cases {
		titles = append(titles, c.Title)
	}
	if want := []string{"快递显示已签收", "退款卡住", "发票开错"}; !slices.Equal(titles, want) {
		t.Errorf("cases %q, want %q", titles, want)
	}
	if want := []uint64{0, 7, 11}; !slices.Equal(got.UsedJots, want) {
		t.Errorf("jots of the cases %v, want %v", got.UsedJots, want)
	}
	if len(got.Ideas) != 2 || got.Ideas[1].Text != "退款话术模板" {
		t.Errorf("ideas %+v", got.Ideas)
	}
	if e.Tomorrow != "语速放慢" || e.Vent != "被骂了\n\n很委屈" || !slices.Equal(e.Tags, []string{"双十一", "加班"}) || !e.CreatedAt.Equal(early) {
		t.Errorf("texts: tomorrow %q vent %q tags %q created %v", e.Tomorrow, e.Vent, e.Tags, e.CreatedAt)
	}
	// The inputs are not changed.
	if len(mine.Entry.Cases) != 2 || len(mine.Ideas) != 1 || len(mine.UsedJots) != 2 {
		t.Error("Merge changed mine")
	}
	// Merging with itself changes nothing.
	if d := Differences(Merge(journal.Draft{}, mine, mine), mine); len(d) != 0 {
		t.Errorf("self merge differs: %+v", d)
	}
}

// An answer I left as it was when I opened the entry takes their change;
// one I changed stays mine.
func TestMergeFromTheBase(t *testing.T) {
	base := journal.Draft{Entry: journal.Entry{Shift: "day", Mood: 3, Energy: 2, Contacts: ptr(10), Tomorrow: "先喝水", Vent: "累"}}
	mine := base
	mine.Entry.Energy = 4
	mine.Entry.Tomorrow = "早点睡"
	theirs := journal.Draft{Entry: journal.Entry{Shift: "night", Mood: 5, Energy: 1, Contacts: ptr(12), Tomorrow: "先喝水", Vent: "累，但是挺过来了"}}
	e := Merge(base, mine, theirs).Entry
	if e.Shift != "night" || e.Mood != 5 || e.Energy != 4 || *e.Contacts != 12 || e.Tomorrow != "早点睡" || e.Vent != "累，但是挺过来了" {
		t.Errorf("merged %+v", e)
	}
	// Without a base every answer I give is mine.
	if e := Merge(journal.Draft{}, mine, theirs).Entry; e.Shift != "day" || e.Mood != 3 || *e.Contacts != 10 {
		t.Errorf("no base: %+v", e)
	}
}

func TestDifferences(t *testing.T) {
	mine := journal.Draft{Entry: journal.Entry{Mood: 4, Helped: []string{"a", "b"}, Cases: []journal.Case{{Title: "退款卡住", Need: "快"}},
		Vent: "被骂了半小时", Tomorrow: "先喝水"}}
	theirs := journal.Draft{Entry: journal.Entry{Shift: "day", Mood: 2, Helped: []string{"b ", "c"}, Cases: []journal.Case{{Title: "退款卡住"}}},
		Ideas: []journal.Idea{{Kind: "product", Text: "订单页显示电话"}}}
	got := Differences(mine, theirs)
	want := []Difference{
		{Field: "mood", Mine: []string{"4"}, Theirs: []string{"2"}},
		{Field: "helped", Mine: []string{"a"}, Theirs: []string{"c"}},
		{Field: "cases", Mine: []string{"退款卡住"}, Theirs: []string{"退款卡住"}},
		{Field: "vent", Mine: []string{"6"}},
		{Field: "ideas", Theirs: []string{"订单页显示电话"}},
		{Field: "tomorrow", Mine: []string{"先喝水"}},
	}
	if len(got) != len(want) {
		t.Fatalf("differences %+v\nwant %+v", got, want)
	}
	for i := range want {
		if got[i].Field != want[i].Field || !slices.Equal(got[i].Mine, want[i].Mine) || !slices.Equal(got[i].Theirs, want[i].Theirs) {
			t.Errorf("difference %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	if d := Differences(mine, mine); d != nil {
		t.Errorf("no difference expected: %+v", d)
	}
}

// A sealed vent (read without the passphrase: only its ciphertext) is
// compared and merged as a whole, never opened: left as it was, the other
// side's change counts; changed on both sides with one of them sealed,
// mine is kept, as it cannot be joined; the differences say "sealed".
func TestMergeSealedVent(t *testing.T) {
	sealedA, sealedB := []byte("age-encryption.org/v1 A"), []byte("age-encryption.org/v1 B")
	entry := func(vent string, sealed []byte) journal.Draft {
		return journal.Draft{Entry: journal.Entry{Mood: 3, Vent: vent, VentSealed: sealed}}
	}
	for _, c := range []struct {
		name               string
		base, mine, theirs journal.Draft
		vent               string
		sealed             []byte
	}{
		{"mine untouched, theirs typed", entry("", sealedA), entry("", sealedA), entry("被骂了", nil), "被骂了", nil},
		{"mine typed, theirs untouched", entry("", sealedA), entry("很委屈", nil), entry("", sealedA), "很委屈", nil},
		{"none of mine, theirs sealed", journal.Draft{}, entry("", nil), entry("", sealedB), "", sealedB},
		{"mine untouched, theirs sealed anew", entry("", sealedA), entry("", sealedA), entry("", sealedB), "", sealedB},
		{"both changed, theirs sealed: mine", entry("", sealedA), entry("很委屈", nil), entry("", sealedB), "很委屈", nil},
		{"both changed, mine sealed: mine", journal.Draft{}, entry("", sealedA), entry("被骂了", nil), "", sealedA},
		{"both typed: joined", journal.Draft{}, entry("很委屈", nil), entry("被骂了", nil), "很委屈\n\n被骂了", nil},
	} {
		got := Merge(c.base, c.mine, c.theirs).Entry
		if got.Vent != c.vent || !slices.Equal(got.VentSealed, c.sealed) {
			t.Errorf("%s: vent %q sealed %q, want %q %q", c.name, got.Vent, got.VentSealed, c.vent, c.sealed)
		}
	}
	d := Differences(entry("", sealedA), entry("被骂了", nil))
	if len(d) != 1 || d[0].Field != "vent" || !slices.Equal(d[0].Mine, []string{VentSealed}) || !slices.Equal(d[0].Theirs, []string{"3"}) {
		t.Errorf("differences %+v", d)
	}
	if d := Differences(entry("", sealedA), entry("", sealedA)); d != nil {
		t.Errorf("the same sealed vent differs: %+v", d)
	}
}
