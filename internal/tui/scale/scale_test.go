package scale

import (
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
)

func TestScaleWordsAndValues(t *testing.T) {
	m := New("mood", i18n.New(i18n.ZH), false)
	if Value(m) != 0 {
		t.Fatal("a new scale has a value")
	}
	Set(&m, 4)
	if Value(m) != 4 || !strings.Contains(m.View(200), "[4 :-) 不错]") {
		t.Fatalf("value %d view %q", Value(m), m.View(200))
	}
	Set(&m, 9)
	if Value(m) != 0 {
		t.Fatal("9 is not on a 1–5 scale")
	}
	en := New("stress", i18n.New(i18n.EN), true)
	Set(&en, 5)
	if !strings.Contains(en.View(200), "overwhelming") {
		t.Fatalf("stress 5: %q", en.View(200))
	}
}
