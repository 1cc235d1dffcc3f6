package report

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/i18n"
)

// chromium finds a headless-capable Chromium; the render test skips
// without one (make test does not depend on it).
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium: the HTML export is not rendered (apt-get install chromium)")
	return ""
}

func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	// A hang guard, not a speed test: at a load of 15 on two cores a
	// screenshot took over a minute and was killed.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
		"--user-data-dir=" + t.TempDir()}
	// Headless Chromium on a loaded shared machine now and then dies of
	// a signal before it reads the page: that is the browser, not the
	// document, so it is started again (at most three times).
	for attempt := 1; ; attempt++ {
		out, err := exec.CommandContext(ctx, bin, append(base, args...)...).Output()
		var ee *exec.ExitError
		if errors.As(err, &ee) && !ee.Exited() && ctx.Err() == nil && attempt < 3 {
			t.Logf("chromium %v: %v; starting it again", args, err)
			continue
		}
		if err != nil {
			t.Fatalf("chromium %v: %v", args, err)
		}
		return out
	}
}

// TestHTMLRendersInChromium renders a manager's week (wellbeing included)
// in headless Chromium, in Chinese and English: the DOM Chromium builds
// has the headings, both charts and the escaped text, and no script; the
// screenshot is a page with ink on it. DEBRIEF_SCREENSHOTS=DIR keeps the
// PNGs to look at.
func TestHTMLRendersInChromium(t *testing.T) {
	bin := chromium(t)
	in := week()
	in.Entries[0].Helped = append(in.Entries[0].Helped, "<script>alert(1)</script><!-- x -->")
	d := Build(in, Manager, true)
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		p := i18n.New(lang)
		var b bytes.Buffer
		if err := WriteHTML(&b, d, p); err != nil {
			t.Fatal(err)
		}
		dom, bounds, ink := renderInChromium(t, bin, b.Bytes(), 1600, "export-"+string(lang)+".png")
		for _, want := range []string{p.T("report.title.manager"), p.T("report.shifts"), "<svg", "<polyline", "<rect",
			"快递显示已签收但没收到", "&lt;script&gt;alert(1)&lt;/script&gt;"} {
			if !strings.Contains(dom, want) {
				t.Errorf("%s: the rendered DOM lacks %q", lang, want)
			}
		}
		if strings.Contains(dom, "<script") || strings.Contains(dom, ventCanary) {
			t.Errorf("%s: a script or the vent in the rendered DOM", lang)
		}
		if bounds.Dx() != 900 || ink < 2000 {
			t.Errorf("%s: screenshot %v with %d dark pixels: nothing rendered?", lang, bounds, ink)
		}
	}
}

// renderInChromium loads a page in headless Chromium: the DOM it builds,
// and a 900-wide screenshot's size and dark pixels (every other pixel).
// DEBRIEF_SCREENSHOTS=DIR keeps the PNG there as name, to look at.
func renderInChromium(t *testing.T, bin string, page []byte, height int, name string) (string, image.Rectangle, int) {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "page.html")
	if err := os.WriteFile(file, page, 0o600); err != nil {
		t.Fatal(err)
	}
	dom := string(runChromium(t, bin, "--dump-dom", "file://"+file))
	shot := filepath.Join(dir, "page.png")
	runChromium(t, bin, "--window-size=900,"+strconv.Itoa(height), "--screenshot="+shot, "file://"+file)
	data, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	bounds := img.Bounds()
	ink := 0
	for y := bounds.Min.Y; y < bounds.Max.Y; y += 2 {
		for x := bounds.Min.X; x < bounds.Max.X; x += 2 {
			if r, g, bl, _ := img.At(x, y).RGBA(); r < 0x8000 && g < 0x8000 && bl < 0x8000 {
				ink++
			}
		}
	}
	if keep := os.Getenv("DEBRIEF_SCREENSHOTS"); keep != "" {
		os.WriteFile(filepath.Join(keep, name), data, 0o600)
	}
	return dom, bounds, ink
}
