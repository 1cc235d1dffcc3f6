package store

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
)

var writeFixture2 = flag.Bool("write-fixture2", false, "rewrite testdata/journal-schema2.db")

// schema2Content is what testdata/journal-schema2.db holds: entries with
// cases and vents, an entry without a vent, a draft with jots, a vent and
// ideas, a draft of an entry being edited, days off, ideas (one with an
// imported id, so the sequence jumped) and weekly reviews, with Chinese
// text throughout. The migration tests compare every record with it.
type schema2Fixture struct {
	entries []journal.Entry
	drafts  []journal.Draft
	daysOff []journal.DayOff
	ideas   []journal.Idea
	reviews []journal.WeeklyReview
}

var fixtureZone = time.FixedZone("CST", 8*3600)

func fixtureTime(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04:05", s, fixtureZone)
	if err != nil {
		panic(err)
	}
	return t
}

func schema2Content() schema2Fixture {
	n := func(v int) *int { return &v }
	f := func(v float64) *float64 { return &v }
	return schema2Fixture{
		entries: []journal.Entry{
			{ShiftDate: 20261102, Shift: "day", StartedAt: "09:00", EndedAt: "18:00", Contacts: n(61), CSAT: f(96.5),
				Mood: 4, Energy: 3, Stress: 2, Helped: []string{"帮顾客找回订单", "教新同事查物流"},
				Cases: []journal.Case{
					{Title: "快递三天没动", Category: "物流", Channel: "chat", Need: "想知道包裹还在不在", Action: "联系站点，要到了预计时间", Outcome: "resolved", Better: "先给预计时间", Praise: true},
					{Title: "退款没到账", Category: "退款", Channel: "phone", Need: "钱什么时候回来", Action: "查了支付流水", Outcome: "pending"},
				},
				Vent: "今天被骂了三次，真的很累。", Tomorrow: "先喝水再接线", Tags: []string{"双十一", "大促"},
				CreatedAt: fixtureTime("2026-11-02 18:20:00"), UpdatedAt: fixtureTime("2026-11-02 18:25:00")},
			{ShiftDate: 20261103, Shift: "night", StartedAt: "22:00", EndedAt: "06:00", Mood: 3, FocusDone: "partly",
				Cases:     []journal.Case{{Title: "催单", Category: "物流", Channel: "social", Outcome: "escalated"}},
				CreatedAt: fixtureTime("2026-11-04 06:10:00"), UpdatedAt: fixtureTime("2026-11-04 06:10:00")},
			{ShiftDate: 20261105, Shift: "evening", Mood: 2, Energy: 1, Stress: 5, Contacts: n(0),
				Helped: []string{"安抚了一位着急的妈妈"}, Vent: "不想说话了。\n明天再说吧！",
				Cases:     []journal.Case{{Title: "账号被盗", Category: "安全", Channel: "email", Need: "找回账号", Outcome: "unresolved", Better: "早点转给安全组"}},
				CreatedAt: fixtureTime("2026-11-05 23:01:00"), UpdatedAt: fixtureTime("2026-11-06 08:00:00")},
		},
		drafts: []journal.Draft{
			{Entry: journal.Entry{ShiftDate: 20261107, Shift: "day", Mood: 3, Vent: "草稿里的心里话：排班又改了。",
				Cases: []journal.Case{{Title: "发票开错", Channel: "chat"}}},
				Ideas: []journal.Idea{{ShiftDate: 20261107, Kind: "tooling", Text: "发票模板加校验", Status: "new"}},
				Jots: []journal.Jot{
					{At: fixtureTime("2026-11-07 10:15:00"), Text: "顾客要快递员电话，订单页上没有"},
					{At: fixtureTime("2026-11-07 14:40:00"), Text: "refund stuck for 3 days, escalated"},
				},
				Step: 3, UpdatedAt: fixtureTime("2026-11-07 17:59:00")},
			{Entry: journal.Entry{ShiftDate: 20261105, Shift: "evening", Mood: 3, Vent: "改过之后好一点了。",
				CreatedAt: fixtureTime("2026-11-05 23:01:00")},
				Step: 1, Editing: true, UpdatedAt: fixtureTime("2026-11-06 09:00:00")},
		},
		daysOff: []journal.DayOff{
			{Date: 20261104, Reason: "rest", Note: "补觉"},
			{Date: 20261106, Reason: "sick"},
		},
		ideas: []journal.Idea{
			{ID: 1, ShiftDate: 20261102, Kind: "product", Text: "订单页显示快递员电话", Status: "shared", Impact: "少一半催单", UpdatedAt: fixtureTime("2026-11-02 18:25:00")},
			{ID: 2, ShiftDate: 20261103, Kind: "process", Text: "夜班交接写在群公告里", Status: "new", UpdatedAt: fixtureTime("2026-11-04 06:10:00")},
			{ID: 10, ShiftDate: 20261105, Kind: "knowledge", Text: "imported: 退款流程图", Status: "adopted", UpdatedAt: fixtureTime("2026-11-05 23:01:00")},
		},
		reviews: []journal.WeeklyReview{
			{Week: journal.Week{Year: 2026, Num: 44}, WentWell: "没有一单投诉升级", ToChange: "午饭按时吃", Focus: "先给预计时间", UpdatedAt: fixtureTime("2026-11-01 20:00:00")},
			{Week: journal.Week{Year: 2026, Num: 45}, WentWell: "学会了查支付流水", UpdatedAt: fixtureTime("2026-11-08 20:00:00")},
		},
	}
}

// TestWriteSchema2Fixture recreates the schema-2 fixture with the schema-2
// code on request (go test ./internal/store -run Schema2Fixture
// -write-fixture2). It was run once, before schema 3, and the file is
// committed: a fixture of an older schema is never rewritten by newer code.
func TestWriteSchema2Fixture(t *testing.T) {
	if !*writeFixture2 {
		t.Skip("fixture is committed")
	}
	path := "testdata/journal-schema2.db"
	os.Remove(path)
	c := schema2Content()
	now := fixtureTime("2026-11-01 20:00:00")
	err := Write(path, Options{Now: func() time.Time { return now }}, func(tx *Tx) error {
		for i := range c.entries {
			e := c.entries[i]
			if err := tx.PutEntry(&e, true); err != nil {
				return err
			}
		}
		for i := range c.daysOff {
			if err := tx.PutDayOff(&c.daysOff[i]); err != nil {
				return err
			}
		}
		for i := range c.ideas {
			i := c.ideas[i]
			if err := tx.PutIdea(&i, true); err != nil {
				return err
			}
		}
		for i := range c.reviews {
			r := c.reviews[i]
			if err := tx.PutReview(&r, true); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// PutDraft stamps UpdatedAt with the clock: one write per draft, each
	// at its own time.
	for _, dr := range c.drafts {
		at := dr.UpdatedAt
		err := Write(path, Options{Now: func() time.Time { return at }}, func(tx *Tx) error { return tx.PutDraft(&dr) })
		if err != nil {
			t.Fatal(err)
		}
	}
}

// sameJSON compares two values by their archive form: times then compare
// by instant and offset, as a backup would show them.
func sameJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	g, err1 := json.Marshal(got)
	w, err2 := json.Marshal(want)
	if err1 != nil || err2 != nil {
		t.Fatalf("%s: %v %v", what, err1, err2)
	}
	if !bytes.Equal(g, w) {
		t.Errorf("%s:\n got %s\nwant %s", what, g, w)
	}
}

// checkSchema2Content reads every record of the journal at path and
// compares it with schema2Content.
func checkSchema2Content(t *testing.T, path string) {
	t.Helper()
	want := schema2Content()
	err := Read(path, Options{}, func(tx *Tx) error {
		var got []journal.Entry
		for e, err := range tx.Entries(0, 0) {
			if err != nil {
				return err
			}
			got = append(got, e)
		}
		sameJSON(t, "entries", got, want.entries)
		for _, w := range want.entries {
			e, ok, err := tx.Entry(w.ShiftDate)
			if err != nil || !ok {
				t.Errorf("entry %s: %v %v", w.ShiftDate, ok, err)
			}
			sameJSON(t, "entry "+w.ShiftDate.String(), e, w)
		}
		drafts, err := tx.Drafts()
		if err != nil {
			return err
		}
		// Drafts come in date order.
		sameJSON(t, "drafts", drafts, []journal.Draft{want.drafts[1], want.drafts[0]})
		offs, err := tx.DaysOff()
		if err != nil {
			return err
		}
		sameJSON(t, "days off", offs, want.daysOff)
		ideas, err := tx.Ideas()
		if err != nil {
			return err
		}
		sameJSON(t, "ideas", ideas, want.ideas)
		reviews, err := tx.Reviews()
		if err != nil {
			return err
		}
		sameJSON(t, "reviews", reviews, want.reviews)
		ms, err := tx.Metrics(0, 0)
		if err != nil {
			return err
		}
		var wantMs []journal.Metrics
		for i := range want.entries {
			wantMs = append(wantMs, journal.MetricsOf(&want.entries[i]))
		}
		sameJSON(t, "metrics", ms, wantMs)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// The committed schema-2 journal opens and reads back exactly.
func TestSchema2FixtureReads(t *testing.T) {
	src, err := os.ReadFile("testdata/journal-schema2.db")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "journal.db")
	if err := os.WriteFile(path, src, 0o600); err != nil {
		t.Fatal(err)
	}
	if problems := CheckFile(path); len(problems) != 0 {
		t.Fatalf("check: %v", problems)
	}
	checkSchema2Content(t, path)
}
