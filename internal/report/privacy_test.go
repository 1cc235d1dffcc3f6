package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
)

// The canaries: each stands for a private field and appears nowhere else.
const (
	ventCanary     = "CANARY7f3aVENT"
	tomorrowCanary = "CANARY9c1eTOMORROW"
	tagCanary      = "CANARY42b0TAG"
	reviewCanary   = "CANARY5d77REVIEW"
	jotCanary      = "CANARYb81cJOT"
)

func ptr[T any](v T) *T { return &v }

// week is a realistic week with every private field filled in.
func week() Input {
	var es []journal.Entry
	for i, d := range []journal.Date{20261116, 20261117, 20261118, 20261120} {
		es = append(es, journal.Entry{
			ShiftDate: d, Shift: "day", StartedAt: "09:00", EndedAt: "18:00",
			Contacts: ptr(40 + i*5), CSAT: ptr(90.5 + float64(i)), Mood: 2 + i%3, Energy: 3, Stress: 4,
			Helped: []string{"帮奶奶改好了收货地址", "Found a lost parcel"},
			Cases: []journal.Case{{Title: "快递显示已签收但没收到", Category: "物流", Channel: "phone",
				Need: "怕包裹被冒领", Action: "联系驿站核实", Outcome: "resolved", Better: "先查驿站记录", Praise: i == 1}},
			Vent: "今天被骂了 " + ventCanary, Tomorrow: "语速放慢 " + tomorrowCanary, FocusDone: "partly",
			Tags: []string{tagCanary},
		})
	}
	return Input{
		From: 20261116, To: 20261122, Entries: es, Loc: time.UTC, Author: Author{Name: "王小明", Team: "售后二组"},
		Jots: map[journal.Date][]journal.Jot{20261117: {{At: time.Date(2026, 11, 17, 10, 1, 0, 0, time.UTC), Text: "顾客催发货 " + jotCanary}}},
		Ideas: []journal.Idea{
			{ID: 1, ShiftDate: 20261117, Kind: "product", Text: "订单页显示快递员电话", Status: "adopted", Impact: "物流咨询减少 30%"},
			{ID: 2, ShiftDate: 20261118, Kind: "process", Text: "退款话术模板", Status: "new"},
			{ID: 3, ShiftDate: 20250101, Kind: "tooling", Text: "old idea", Status: "shared", UpdatedAt: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)},
		},
		Reviews: []journal.WeeklyReview{{Week: journal.Week{Year: 2026, Num: 47}, WentWell: "ok", ToChange: "x", Focus: "focus " + reviewCanary}},
	}
}

var formats = map[string]func(*bytes.Buffer, *Document, *i18n.Printer) error{
	"md":   func(b *bytes.Buffer, d *Document, p *i18n.Printer) error { return WriteMarkdown(b, d, p) },
	"csv":  func(b *bytes.Buffer, d *Document, p *i18n.Printer) error { return WriteCSV(b, d, p) },
	"html": func(b *bytes.Buffer, d *Document, p *i18n.Printer) error { return WriteHTML(b, d, p) },
	"json": func(b *bytes.Buffer, d *Document, p *i18n.Printer) error { return WriteJSON(b, d, p) },
}

// TestCanaryNeverLeaves: for every audience, format, language and
// wellbeing choice, the private fields' canaries never appear in a
// manager or review export, and all appear in an export for me.
func TestCanaryNeverLeaves(t *testing.T) {
	in := week()
	private := []string{ventCanary, tomorrowCanary, tagCanary, reviewCanary, jotCanary}
	for _, a := range Audiences {
		for _, wb := range []bool{false, true} {
			d := Build(in, a, wb)
			for name, write := range formats {
				for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
					var b bytes.Buffer
					if err := write(&b, d, i18n.New(lang)); err != nil {
						t.Fatal(err)
					}
					out := b.String()
					for _, c := range private {
						has := strings.Contains(out, c)
						if a != Me && has {
							t.Errorf("%s %s %s wellbeing=%v: %s leaked", a, name, lang, wb, c)
						}
						// CSV is the table of shifts and cases: weekly reviews live
						// in the other formats.
						if a == Me && !has && !(name == "csv" && c == reviewCanary) {
							t.Errorf("%s %s %s: %s missing from an export for me", a, name, lang, c)
						}
					}
					if a == Review && name != "csv" && !strings.Contains(out, "订单页显示快递员电话") {
						t.Errorf("review %s %s: the adopted idea is missing", name, lang)
					}
				}
			}
		}
	}
}

// TestWellbeingOnlyWhenIncluded: mood, energy and stress are absent from a
// manager's or review's export unless included, in every format.
func TestWellbeingOnlyWhenIncluded(t *testing.T) {
	in := week()
	p := i18n.New(i18n.EN)
	for _, a := range []Audience{Manager, Review} {
		for _, wb := range []bool{false, true} {
			d := Build(in, a, wb)
			if (d.Summary.MoodAvg != nil) != wb || (d.Summary.StressAvg != nil) != wb {
				t.Errorf("%s wellbeing=%v: summary mood %v stress %v", a, wb, d.Summary.MoodAvg, d.Summary.StressAvg)
			}
			for _, s := range d.Shifts {
				if (s.Mood != nil) != wb || (s.Energy != nil) != wb || (s.Stress != nil) != wb {
					t.Errorf("%s wellbeing=%v: shift %s scales %v %v %v", a, wb, s.Date, s.Mood, s.Energy, s.Stress)
				}
			}
			for name, write := range formats {
				var b bytes.Buffer
				write(&b, d, p)
				out := b.String()
				words := map[string][]string{
					"md": {"Mood", "stress"}, "html": {"Mood", "stress"}, "csv": {"mood", "stress"},
					"json": {`"mood`, `"stress`, `"energy`},
				}[name]
				for _, w := range words {
					// A review's table holds its strongest cases only.
					if strings.Contains(out, w) != wb && !(a == Review && name == "csv" && wb) {
						t.Errorf("%s %s wellbeing=%v: %q present=%v", a, name, wb, w, !wb)
					}
				}
			}
		}
	}
}

func TestBuildFigures(t *testing.T) {
	d := Build(week(), Manager, true)
	s := d.Summary
	if s.Shifts != 4 || s.Contacts != 40+45+50+55 || *s.ContactsPerShift != 47.5 || *s.CSATAvg != 92 {
		t.Errorf("summary: %+v", s)
	}
	if s.Cases != 4 || s.Resolved != 4 || s.Praise != 1 || s.IdeasRaised != 2 || s.IdeasAdopted != 1 {
		t.Errorf("cases/ideas: %+v", s)
	}
	if *s.MoodAvg != 2.75 { // (2+3+4+2)/4
		t.Errorf("mood avg %v", *s.MoodAvg)
	}
	if len(d.Ideas) != 2 || d.Ideas[0].Status != "adopted" {
		t.Errorf("ideas of the week: %+v", d.Ideas)
	}
	if len(d.TopCategories) != 1 || d.TopCategories[0] != (Count{Name: "物流", N: 4}) {
		t.Errorf("categories: %+v", d.TopCategories)
	}
	r := Build(week(), Review, false)
	if len(r.Shifts) != 0 || len(r.Stories) != 4 || !r.Stories[0].Case.Praise {
		t.Errorf("review: shifts %d stories %+v", len(r.Shifts), r.Stories)
	}
	if len(r.Ideas) != 1 || r.Ideas[0].ID != 1 {
		t.Errorf("review ideas: %+v", r.Ideas)
	}
	// The JSON export reads back into the same figures.
	var b bytes.Buffer
	WriteJSON(&b, d, i18n.New(i18n.ZH))
	var back struct {
		Lang    string  `json:"lang"`
		For     string  `json:"for"`
		Summary Summary `json:"summary"`
		Shifts  []Shift `json:"shifts"`
	}
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.Lang != "zh" || back.For != "manager" || back.Summary.Contacts != 190 || len(back.Shifts) != 4 || back.Shifts[1].Cases[0].Title != "快递显示已签收但没收到" {
		t.Errorf("json: %+v", back)
	}
}

// TestManagerWellbeingIsWeeklyNumbers: with --include-wellbeing a manager
// (or a review) gets averages per week as numbers, never a shift's
// self-labels ("压力 5/5 快撑不住"), in any format and language; the
// person's own export keeps them.
func TestManagerWellbeingIsWeeklyNumbers(t *testing.T) {
	in := week()
	in.Entries[2].Stress = 5
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		p := i18n.New(lang)
		var words []string
		for n := 1; n <= 5; n++ {
			for _, sc := range []string{"mood", "energy", "stress"} {
				words = append(words, p.T(sc+"."+strconv.Itoa(n)))
			}
		}
		for _, a := range Audiences {
			d := Build(in, a, true)
			for name, write := range formats {
				var b bytes.Buffer
				if err := write(&b, d, p); err != nil {
					t.Fatal(err)
				}
				out := b.String()
				for _, w := range words {
					if a != Me && strings.Contains(out, w) {
						t.Errorf("%s %s %s: the per-shift label %q is in it", a, name, lang, w)
					}
				}
				if a == Me && (name == "md" || name == "html") && !strings.Contains(out, p.T("stress.5")) {
					t.Errorf("me %s %s: my own labels are missing", name, lang)
				}
				if a == Manager && (name == "md" || name == "html") && !strings.Contains(out, "2026-W47") {
					t.Errorf("manager %s %s: no weekly averages", name, lang)
				}
			}
		}
	}
}

// TestTeamIsIdeasOnly: --for team holds the backlog — every idea still
// open (even one raised long before the range), those adopted or
// declined in the range, with where each was shared and why one was
// declined — and nothing of the person's shifts or figures.
func TestTeamIsIdeasOnly(t *testing.T) {
	in := week()
	in.Ideas = append(in.Ideas, journal.Idea{ID: 9, ShiftDate: 20240101, Kind: "process", Text: "老的建议还开着", Status: "shared", SharedWith: "周会"},
		journal.Idea{ID: 10, ShiftDate: 20261118, Kind: "product", Text: "夜班加人", Status: "declined", DeclinedWhy: "预算不够"},
		journal.Idea{ID: 11, ShiftDate: 20240101, Kind: "product", Text: "OLDDECLINED", Status: "declined"})
	d := Build(in, Team, true)
	if d.Shifts != nil || d.Stories != nil || d.Summary.Shifts != 0 || d.Summary.Contacts != 0 || len(d.TopCategories) != 0 || d.Periods != nil {
		t.Errorf("team document holds more than ideas: %+v", d)
	}
	var ids []uint64
	for _, i := range d.Ideas {
		ids = append(ids, i.ID)
	}
	if fmt.Sprint(ids) != "[1 9 3 2 10]" {
		t.Errorf("ideas %v, want the adopted one, the open ones (old ones too) and the one declined in the range", ids)
	}
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		for name, write := range formats {
			var b bytes.Buffer
			if err := write(&b, d, i18n.New(lang)); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			for _, bad := range []string{"快递显示已签收但没收到", "帮奶奶", "190", ventCanary, "OLDDECLINED"} {
				if strings.Contains(out, bad) {
					t.Errorf("team %s %s holds %q", name, lang, bad)
				}
			}
			for _, want := range []string{"老的建议还开着", "周会", "预算不够", "王小明"} {
				if name != "csv" && !strings.Contains(out, want) || name == "csv" && want != "王小明" && !strings.Contains(out, want) {
					t.Errorf("team %s %s lacks %q", name, lang, want)
				}
			}
		}
	}
}
