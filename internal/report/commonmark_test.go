package report

import (
	"bytes"
	"html"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// FuzzMarkdownExportRendersAsTyped: whatever a helped line, a case's need
// and an idea hold, the manager's Markdown export rendered by a real
// CommonMark renderer (goldmark, with GitHub's tables and strikethrough)
// shows each as exactly the text typed (its lines, as safetext.Lines gives
// them, with line breaks between) — as a list item of its own, after its
// label — and the document keeps its own structure.
func FuzzMarkdownExportRendersAsTyped(f *testing.F) {
	for _, s := range []string{"Follow-up: re-send e-mail; 1+1=2 (A-B test) Done!", "+86 138-0000-0000", "- wants a refund",
		"# h\n> q\n1. x\n---", "a_b *c* `d` [e](f) <g> &amp; \\", "ends with \\\nnext", "订单页 | 显示\n--|--", hostile} {
		f.Add(s)
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 || len(safetext.Lines(s)) == 0 {
			return
		}
		e := journal.Entry{ShiftDate: 20261117, Shift: "day", Mood: 3, Helped: []string{s},
			Cases: []journal.Case{{Title: "案例", Need: s}}}
		d := Build(Input{From: 20261116, To: 20261122, Entries: []journal.Entry{e},
			Ideas: []journal.Idea{{ID: 1, ShiftDate: 20261117, Kind: "product", Text: s, Status: "new"}}}, Manager, false)
		var b bytes.Buffer
		if err := WriteMarkdown(&b, d, i18n.New(i18n.EN)); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := md.Convert(b.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		rendered := out.String()
		want := html.EscapeString(strings.Join(safetext.Lines(s), "\n"))
		want = strings.ReplaceAll(want, "&#34;", "&quot;")
		want = strings.ReplaceAll(want, "&#39;", "'")
		want = strings.ReplaceAll(want, "\n", "<br>\n")
		for _, in := range []string{"<li>" + want + "</li>", "<li>Real need: " + want + "</li>", " · " + want + "<br>\nraised 2026-11-17</li>"} {
			if !strings.Contains(rendered, in) {
				t.Fatalf("%q does not render as typed: want %q in\n%s\nfrom\n%s", s, in, rendered, b.String())
			}
		}
		for _, h := range []string{"<h1>Work notes</h1>", "<h2>Summary</h2>", "<h2>Improvement ideas</h2>", "<h2>Shift by shift</h2>", "<h4>Case 1: 案例</h4>"} {
			if strings.Count(rendered, h) != 1 {
				t.Fatalf("%q changes the document's structure (%s):\n%s", s, h, rendered)
			}
		}
	})
}
