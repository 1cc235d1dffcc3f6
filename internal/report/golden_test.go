package report

import (
	"bytes"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/debrief-app/debrief/internal/i18n"
)

// TestGoldenExports keeps whole documents as a person reads them: a
// manager's week in Markdown (zh, en), CSV and HTML (with wellbeing and a
// hostile line), a review in Markdown and HTML. The files are
// testdata/TestGoldenExports/<name>.golden;
// go test ./internal/report -run TestGoldenExports -update rewrites them:
// read the diff before committing.
func TestGoldenExports(t *testing.T) {
	in := week()
	cases := []struct {
		name  string
		a     Audience
		wb    bool
		lang  i18n.Lang
		write func(*bytes.Buffer, *Document, *i18n.Printer) error
	}{
		{"manager_zh.md", Manager, false, i18n.ZH, formats["md"]},
		{"manager_en.md", Manager, true, i18n.EN, formats["md"]},
		{"manager_en.csv", Manager, false, i18n.EN, formats["csv"]},
		{"review_zh.md", Review, false, i18n.ZH, formats["md"]},
		{"manager_zh.html", Manager, true, i18n.ZH, formats["html"]},
		{"review_en.html", Review, false, i18n.EN, formats["html"]},
	}
	// One line a browser or a Markdown reader must show as typed.
	in.Entries[1].Helped = append(in.Entries[1].Helped, "<script>alert('x')</script> & \"1+1\"\n  two lines\x1b]8;;http://evil\x07")
	for _, c := range cases {
		var b bytes.Buffer
		if err := c.write(&b, Build(in, c.a, c.wb), i18n.New(c.lang)); err != nil {
			t.Fatal(err)
		}
		t.Run(c.name, func(t *testing.T) { golden.RequireEqual(t, b.Bytes()) })
	}
}
