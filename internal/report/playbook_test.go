package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
)

// playbookInput: three shifts, seven cases, every private field filled with
// a canary, one lesson with Markdown in it.
func playbookInput() Input {
	private := func(e journal.Entry) journal.Entry {
		e.Vent, e.Tomorrow, e.Tags, e.Mood, e.Stress = "今天被骂了 "+ventCanary, "慢一点 "+tomorrowCanary, []string{tagCanary}, 1, 5
		return e
	}
	return Input{From: 20261101, To: 20261130, Entries: []journal.Entry{
		private(journal.Entry{ShiftDate: 20261102, Shift: "day", Cases: []journal.Case{
			{Title: "快递三天没动", Category: "物流 delivery", Channel: "chat", Need: "想知道包裹在哪", Action: "联系站点", Outcome: "resolved", Better: "先查物流轨迹。"},
			{Title: "退款没到账", Category: "退款", Need: "钱什么时候到", Outcome: "escalated", Better: "先查流水"},
		}}),
		private(journal.Entry{ShiftDate: 20261105, Shift: "night", Cases: []journal.Case{
			{Title: "包裹破损", Category: "物流 delivery", Need: "想知道包裹在哪 ", Outcome: "pending", Better: " 先查物流轨迹"},
			{Title: "投诉变表扬", Category: "物流 delivery", Channel: "phone", Need: "要个说法", Action: "先道歉，再补发", Outcome: "resolved", Praise: true, Better: "**先听完** 再说！"},
		}}),
		private(journal.Entry{ShiftDate: 20261109, Shift: "day", Cases: []journal.Case{
			{Title: "地址填错", Category: "物流", Outcome: "resolved", Better: "先听完再说"},
			{Title: "没有分类的"},
			{Title: "退款慢", Category: "退款", Outcome: "resolved", Praise: true, Better: "先查流水。"},
		}}),
	}}
}

// TestGoldenPlaybook keeps the playbook's Markdown in zh and en
// (testdata/TestGoldenPlaybook/*.golden; -update rewrites them: read the
// diff). Its numbers are those of insight's hand-counted playbook test.
func TestGoldenPlaybook(t *testing.T) {
	for _, c := range []struct {
		name     string
		lang     i18n.Lang
		category string
	}{{"playbook_zh.md", i18n.ZH, ""}, {"playbook_en.md", i18n.EN, ""}, {"playbook_logistics_zh.md", i18n.ZH, "物流"}} {
		var b bytes.Buffer
		if err := WritePlaybookMarkdown(&b, BuildPlaybook(playbookInput(), c.category), i18n.New(c.lang)); err != nil {
			t.Fatal(err)
		}
		t.Run(c.name, func(t *testing.T) { golden.RequireEqual(t, b.Bytes()) })
	}
}

// The playbook is for a colleague: whatever the entries hold, no vent, no
// plan for tomorrow, no tag and no wellbeing number reaches it, in any
// format or language.
func TestPlaybookKeepsPrivateOut(t *testing.T) {
	pb := BuildPlaybook(playbookInput(), "")
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		p := i18n.New(lang)
		for name, write := range map[string]func(*bytes.Buffer) error{
			"md":   func(b *bytes.Buffer) error { return WritePlaybookMarkdown(b, pb, p) },
			"json": func(b *bytes.Buffer) error { return WritePlaybookJSON(b, pb, p) },
		} {
			var b bytes.Buffer
			if err := write(&b); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			for _, canary := range []string{ventCanary, tomorrowCanary, tagCanary, `"mood"`, `"stress"`, "/5", p.T("report.vent")} {
				if strings.Contains(out, canary) {
					t.Errorf("%s %s: %q leaked:\n%s", lang, name, canary, out)
				}
			}
			if !strings.Contains(out, "投诉变表扬") {
				t.Errorf("%s %s: the best case is missing", lang, name)
			}
		}
	}
}
