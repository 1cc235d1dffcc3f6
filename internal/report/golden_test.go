package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
)

var update = flag.Bool("update", false, "rewrite the golden exports in testdata/golden")

// TestGoldenExports keeps whole documents as a person reads them: a
// manager's week in Markdown (zh, en) and CSV, a review in Markdown.
// go test ./internal/report -run TestGoldenExports -update rewrites them;
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
	}
	for _, c := range cases {
		var b bytes.Buffer
		if err := c.write(&b, Build(in, c.a, c.wb), i18n.New(c.lang)); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", "golden", c.name)
		if *update {
			os.MkdirAll(filepath.Dir(path), 0o755)
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%s: %v (run with -update)", c.name, err)
		}
		if !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s differs from the golden file:\n%s", c.name, b.String())
		}
	}
}
