package team

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// Three agents' manager exports, written by hand (the shape of `debrief
// export --for manager --format json`), with numbers checked by hand
// below; a foreign JSON, a personal export, a file cut short, and what a
// sync tool leaves in a folder.
var files = map[string]string{
	"wang.json": `{"lang":"zh","for":"manager","from":"2026-11-16","to":"2026-11-22","wellbeing":false,
 "author":{"name":"王小明","team":"售后二组"},
 "summary":{"shifts":2,"contacts":90,"contacts_per_shift":45,"csat_avg":95.5,"cases":3,"resolved":2,"praise":1,"ideas_raised":2,"ideas_adopted":1},
 "top_categories":[{"name":"物流","n":2},{"name":"退款","n":1}],
 "shifts":[
  {"date":"2026-11-17","shift":"day","contacts":40,"csat":95,"helped":[],"cases":[{"title":"退款三次没到账","category":"退款","outcome":"resolved","praise":true,"better":"先查银行流水"}]},
  {"date":"2026-11-19","shift":"day","contacts":50,"csat":96,"helped":[],"cases":[{"title":"催发货","category":"物流","outcome":"resolved","better":"先看物流轨迹"},{"title":"改地址","category":"物流"}]}],
 "ideas":[{"id":1,"shift_date":"2026-11-17","kind":"product","text":"订单页显示快递员电话","status":"adopted","impact":"物流咨询减少 30%","updated_at":"2026-11-20T10:00:00Z"},
          {"id":2,"shift_date":"2026-11-19","kind":"process","text":"退款话术模板","status":"new","updated_at":"2026-11-19T10:00:00Z"}]}`,
	"li.json": `{"lang":"zh","for":"manager","from":"2026-11-16","to":"2026-11-22","wellbeing":true,
 "author":{"name":"李雷"},
 "summary":{"shifts":3,"contacts":150,"contacts_per_shift":50,"csat_avg":90,"cases":2,"resolved":1,"praise":1,"ideas_raised":2,"ideas_adopted":0,"mood_avg":3.5,"energy_avg":3,"stress_avg":2.5},
 "top_categories":[{"name":"物流","n":1},{"name":"发票","n":1}],
 "shifts":[
  {"date":"2026-11-16","shift":"night","contacts":60,"csat":88,"mood":4,"helped":[],"cases":[]},
  {"date":"2026-11-18","shift":"day","contacts":50,"csat":92,"mood":3,"helped":[],"cases":[{"title":"投诉物流慢","category":"物流","outcome":"resolved","praise":true,"better":"先看物流轨迹。"}]},
  {"date":"2026-11-20","shift":"day","contacts":40,"csat":null,"mood":3,"helped":[],"cases":[{"title":"发票","category":"发票"}]}],
 "ideas":[{"id":4,"shift_date":"2026-11-18","kind":"product","text":"在订单页面显示快递员的电话","status":"shared","updated_at":"2026-11-18T10:00:00Z"},
          {"id":5,"shift_date":"2026-11-20","kind":"other","text":"夜班多排一个人","status":"new","updated_at":"2026-11-20T10:00:00Z"}]}`,
	"zhao.json": `{"lang":"en","for":"manager","from":"2026-11-16","to":"2026-11-22","wellbeing":false,
 "summary":{"shifts":1,"contacts":40,"contacts_per_shift":40,"csat_avg":100,"cases":1,"resolved":1,"praise":0,"ideas_raised":1,"ideas_adopted":0},
 "top_categories":[{"name":"退款","n":1}],
 "shifts":[{"date":"2026-11-21","shift":"day","contacts":40,"csat":100,"helped":[],"cases":[{"title":"退款","category":"退款","outcome":"resolved","better":"先查银行流水"}]}],
 "ideas":[{"id":1,"shift_date":"2026-11-21","kind":"process","text":"退款话术模版","status":"new","updated_at":"2026-11-21T10:00:00Z"}]}`,
	"package.json":     `{"name":"not-debrief","version":"1.0.0"}`,
	"mine.json":        `{"lang":"zh","for":"me","from":"2026-11-16","to":"2026-11-22","summary":{"shifts":1},"shifts":[{"date":"2026-11-17","private":{"vent":"VENTCANARY 今天被骂了"}}]}`,
	"half.json":        `{"lang":"zh","for":"manager","from":"2026-11-16","to":"2026-11-22","wellbeing":false,"summary":{"shifts":2,"cont`,
	".wang.json.swp":   "junk",
	"wang.json.tmp":    "junk",
	".syncthing.x.tmp": "junk",
	"notes.txt":        "not json",
}

func folder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o400); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "old"), 0o700); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "old", "wang.json"), []byte(files["wang.json"]), 0o400)
	return dir
}

func TestTeamRollup(t *testing.T) {
	dir := folder(t)
	list, err := Files([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range list {
		names = append(names, filepath.Base(f))
	}
	if got := strings.Join(names, " "); got != "half.json li.json mine.json package.json wang.json zhao.json" {
		t.Errorf("files read: %s", got)
	}
	exports, skipped := Read(list)
	why := map[string]string{}
	for _, s := range skipped {
		why[filepath.Base(s.File)] = s.Reason
	}
	if len(exports) != 3 || why["half.json"] != SkipIncomplete || why["package.json"] != SkipNotExport || why["mine.json"] != SkipPersonal {
		t.Fatalf("%d exports, skipped %v", len(exports), why)
	}
	r := Build(exports, skipped)

	// Numbers by hand: 2+3+1 shifts, 90+150+40 contacts, CSAT the mean of
	// the five shifts that have one (95 96 88 92 100 → 94.2), 3+2+1 cases,
	// 1+1+0 praise, 2+2+1 ideas of which 1 adopted.
	tm := r.Team
	if tm.Agents != 3 || tm.Shifts != 6 || tm.Contacts != 280 || tm.CSATAvg == nil || *tm.CSATAvg != 94.2 ||
		tm.Cases != 6 || tm.Praise != 2 || tm.IdeasRaised != 5 || tm.Adopted != 1 {
		t.Errorf("team totals %+v (csat %v)", tm, tm.CSATAvg)
	}
	if r.From.String() != "2026-11-16" || r.To.String() != "2026-11-22" || !r.Wellbeing {
		t.Errorf("range %s–%s wellbeing %v", r.From, r.To, r.Wellbeing)
	}
	byName := map[string]Agent{}
	for _, a := range r.Agents {
		byName[a.Name] = a
	}
	if a := byName["王小明"]; a.Team != "售后二组" || a.Contacts != 90 || a.MoodAvg != nil {
		t.Errorf("王小明: %+v", a)
	}
	if a := byName["李雷"]; a.Shifts != 3 || a.MoodAvg == nil || *a.MoodAvg != 3.5 {
		t.Errorf("李雷: %+v", a)
	}
	if a := byName["zhao"]; !a.NameFromFile || a.Shifts != 1 {
		t.Errorf("the export without a name: %+v", a)
	}

	// The same idea from two agents is one idea with both names; the
	// variant "模版" joins "模板"; the night shift idea stands alone.
	if len(r.Ideas) != 3 || tm.IdeaGroups != 3 {
		t.Fatalf("idea groups: %+v", r.Ideas)
	}
	g := r.Ideas[0]
	if g.Status != "adopted" || len(g.Members) != 2 || g.Members[0].Agent != "王小明" || g.Members[1].Agent != "李雷" || g.Members[1].Status != "shared" {
		t.Errorf("first group %+v", g)
	}
	if g := r.Ideas[1]; g.Text != "退款话术模板" || len(g.Members) != 2 || g.Members[1].Agent != "zhao" {
		t.Errorf("second group %+v", g)
	}
	if g := r.Ideas[2]; g.Text != "夜班多排一个人" || len(g.Members) != 1 {
		t.Errorf("third group %+v", g)
	}
	if len(r.Praise) != 2 || r.Praise[0].Title != "投诉物流慢" || r.Praise[0].Agent != "李雷" {
		t.Errorf("praise %+v", r.Praise)
	}
	if len(r.Categories) != 3 || r.Categories[0].Name != "物流" || r.Categories[0].N != 3 || r.Categories[1].Name != "退款" || r.Categories[1].N != 2 {
		t.Errorf("categories %+v", r.Categories)
	}
	if len(r.Lessons) != 2 || len(r.Lessons[0].Agents) != 2 || len(r.Lessons[1].Agents) != 2 {
		t.Errorf("lessons %+v", r.Lessons)
	}

	// Every format: the names, nothing of the personal export, the skipped
	// files said.
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		p := i18n.New(lang)
		for name, write := range map[string]func(*bytes.Buffer) error{
			"md":   func(b *bytes.Buffer) error { return WriteMarkdown(b, r, p) },
			"html": func(b *bytes.Buffer) error { return WriteHTML(b, r, p) },
			"json": func(b *bytes.Buffer) error { return WriteJSON(b, r) },
		} {
			var b bytes.Buffer
			if err := write(&b); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if strings.Contains(out, "VENTCANARY") || strings.Contains(out, "被骂") {
				t.Errorf("%s %s: the personal export leaked", name, lang)
			}
			for _, want := range []string{"王小明", "李雷", "zhao", "在订单页面显示快递员的电话", "half.json", "94.2"} {
				if !strings.Contains(out, want) {
					t.Errorf("%s %s: %q missing", name, lang, want)
				}
			}
			if name == "json" && !json.Valid(b.Bytes()) {
				t.Errorf("json %s: not valid", lang)
			}
		}
	}
}

// TestTeamNeverReadsPrivate: a personal export's vent never reaches the
// roll-up, even given by name.
func TestTeamRefusesPersonalAndForeign(t *testing.T) {
	dir := folder(t)
	exports, skipped := Read([]string{filepath.Join(dir, "mine.json"), filepath.Join(dir, "package.json"), filepath.Join(dir, "notes.txt")})
	if len(exports) != 0 || len(skipped) != 3 || skipped[0].Reason != SkipPersonal || skipped[1].Reason != SkipNotExport || skipped[2].Reason != SkipNotExport {
		t.Errorf("exports %d skipped %+v", len(exports), skipped)
	}
	// The same export twice (a sync tool's copy) is merged once.
	exports, skipped = Read([]string{filepath.Join(dir, "wang.json"), filepath.Join(dir, "old", "wang.json")})
	if len(exports) != 1 || len(skipped) != 1 || skipped[0].Reason != SkipDuplicate {
		t.Errorf("duplicate: %d exports, %+v", len(exports), skipped)
	}
}

// TestTeamMarkdownRendersNamesAsTyped: an agent's name, idea and lesson
// with Markdown in them render, through a real CommonMark renderer, as
// the text typed, and the side-by-side table keeps its columns.
func TestTeamMarkdownRendersNamesAsTyped(t *testing.T) {
	dir := t.TempDir()
	text := strings.ReplaceAll(files["wang.json"], `"name":"王小明"`, `"name":"王|小明 **x** <b>"`)
	text = strings.ReplaceAll(text, `"text":"订单页显示快递员电话"`, `"text":"# 订单页 | [显示](x) 快递员电话"`)
	os.WriteFile(filepath.Join(dir, "wang.json"), []byte(text), 0o600)
	exports, skipped := Read([]string{filepath.Join(dir, "wang.json")})
	if len(exports) != 1 {
		t.Fatalf("skipped %v", skipped)
	}
	var b bytes.Buffer
	if err := WriteMarkdown(&b, Build(exports, nil), i18n.New(i18n.EN)); err != nil {
		t.Fatal(err)
	}
	var h bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.Table)).Convert(b.Bytes(), &h); err != nil {
		t.Fatal(err)
	}
	out := h.String()
	for _, want := range []string{"<td>王|小明 **x** &lt;b&gt; · 售后二组</td>", "# 订单页 | [显示](x) 快递员电话"} {
		if !strings.Contains(out, want) {
			t.Errorf("%q not rendered as typed:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "<tr>"); n != 3 || strings.Count(out, "<td") != 2*9 {
		t.Errorf("the table has %d rows and %d cells:\n%s", n, strings.Count(out, "<td"), out)
	}
}
