package insight

import (
	"encoding/json"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
)

// playbookJournal: seven cases over three shifts, every number below
// counted by hand.
func playbookJournal(t *testing.T) []journal.Entry {
	return []journal.Entry{
		{ShiftDate: date(t, "2026-11-02"), Vent: "VENTCANARY", Cases: []journal.Case{
			{Title: "快递三天没动", Category: "物流 delivery", Need: "想知道包裹在哪", Action: "联系站点", Outcome: "resolved", Better: "先查物流轨迹。"},
			{Title: "退款没到账", Category: "退款", Need: "钱什么时候到", Outcome: "escalated", Better: "先查流水"},
		}},
		{ShiftDate: date(t, "2026-11-05"), Cases: []journal.Case{
			{Title: "包裹破损", Category: "物流 delivery", Need: "想知道包裹在哪 ", Outcome: "pending", Better: " 先查物流轨迹"},
			{Title: "投诉变表扬", Category: "物流 delivery", Need: "要个说法", Outcome: "resolved", Praise: true, Better: "Listen first!"},
		}},
		{ShiftDate: date(t, "2026-11-09"), Cases: []journal.Case{
			{Title: "地址填错", Category: "物流", Outcome: "resolved", Better: "listen first"},
			{Title: "没有分类的", Outcome: ""},
			{Title: "退款慢", Category: "退款", Outcome: "resolved", Praise: true, Better: "先查流水。"},
		}},
	}
}

// caseShifts is what report's privacy filter hands the playbook.
func caseShifts(es []journal.Entry) []CaseShift {
	out := make([]CaseShift, len(es))
	for i, e := range es {
		out[i] = CaseShift{Date: e.ShiftDate, Helped: e.Helped, Cases: e.Cases}
	}
	return out
}

func TestPlaybook(t *testing.T) {
	pb := PlaybookOf(caseShifts(playbookJournal(t)), "")
	got, _ := json.Marshal(pb)
	want := `{"categories":[` +
		`{"category":"物流 delivery","cases":3,"by_outcome":{"escalated":0,"none":0,"pending":1,"resolved":2,"unresolved":0},"praise":1,` +
		`"needs":[{"text":"想知道包裹在哪","count":2,"last":"2026-11-05"},{"text":"要个说法","count":1,"last":"2026-11-05"}],` +
		`"lessons":[{"text":"先查物流轨迹","count":2,"last":"2026-11-05"},{"text":"Listen first!","count":1,"last":"2026-11-05"}],` +
		`"best":[{"date":"2026-11-05","title":"投诉变表扬","category":"物流 delivery","need":"要个说法","outcome":"resolved","better":"Listen first!","praise":true},` +
		`{"date":"2026-11-02","title":"快递三天没动","category":"物流 delivery","need":"想知道包裹在哪","action":"联系站点","outcome":"resolved","better":"先查物流轨迹。"}]},` +
		`{"category":"退款","cases":2,"by_outcome":{"escalated":1,"none":0,"pending":0,"resolved":1,"unresolved":0},"praise":1,` +
		`"needs":[{"text":"钱什么时候到","count":1,"last":"2026-11-02"}],` +
		`"lessons":[{"text":"先查流水。","count":2,"last":"2026-11-09"}],` +
		`"best":[{"date":"2026-11-09","title":"退款慢","category":"退款","outcome":"resolved","better":"先查流水。","praise":true}]},` +
		`{"category":"物流","cases":1,"by_outcome":{"escalated":0,"none":0,"pending":0,"resolved":1,"unresolved":0},"praise":0,` +
		`"needs":[],"lessons":[{"text":"listen first","count":1,"last":"2026-11-09"}],` +
		`"best":[{"date":"2026-11-09","title":"地址填错","category":"物流","outcome":"resolved","better":"listen first"}]},` +
		`{"category":"","cases":1,"by_outcome":{"escalated":0,"none":1,"pending":0,"resolved":0,"unresolved":0},"praise":0,` +
		`"needs":[],"lessons":[],"best":[]}]}`
	if string(got) != want {
		t.Errorf("playbook\n got %s\nwant %s", got, want)
	}
}

func TestPlaybookCategoryMatchesLoosely(t *testing.T) {
	pb := PlaybookOf(caseShifts(playbookJournal(t)), " 物流 ")
	if len(pb.Categories) != 2 || pb.Categories[0].Category != "物流 delivery" || pb.Categories[1].Category != "物流" {
		t.Errorf("物流: %+v", pb.Categories)
	}
	if pb := PlaybookOf(caseShifts(playbookJournal(t)), "DELIVERY"); len(pb.Categories) != 1 || pb.Categories[0].Cases != 3 {
		t.Errorf("DELIVERY: %+v", pb.Categories)
	}
	if pb := PlaybookOf(caseShifts(playbookJournal(t)), "保险"); len(pb.Categories) != 0 || pb.Categories == nil {
		t.Errorf("no match must be an empty list: %#v", pb.Categories)
	}
}

func TestLessonKey(t *testing.T) {
	for _, tt := range [][2]string{
		{"先查流水。", "先查流水"}, {"  先查流水 ", "先查流水"}, {"Listen first!", "listen first"},
		{"listen first", "listen first"}, {"先听完，再说！！", "先听完，再说"}, {"。！", ""},
	} {
		if got := LessonKey(tt[0]); got != tt[1] {
			t.Errorf("LessonKey(%q) = %q, want %q", tt[0], got, tt[1])
		}
	}
}

// The review's lessons summary is the playbook's rule over every category.
func TestLessonsAcrossCategories(t *testing.T) {
	got, _ := json.Marshal(Lessons(caseShifts(playbookJournal(t)), 2))
	want := `[{"text":"先查流水。","count":2,"last":"2026-11-09"},{"text":"listen first","count":2,"last":"2026-11-09"}]`
	if string(got) != want {
		t.Errorf("lessons\n got %s\nwant %s", got, want)
	}
}
