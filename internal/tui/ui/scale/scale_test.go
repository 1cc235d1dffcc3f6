package scale

import (
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/theme"
	"github.com/debrief-app/debrief/internal/tui/ui/choice"
)

var (
	kc = keys.New(i18n.New(i18n.ZH).T).Choice
	st = theme.New(true)
)

func view(m choice.Model) string {
	m.SetWidth(200)
	return m.View()
}

func TestScaleWordsAndValues(t *testing.T) {
	m := New("mood", i18n.New(i18n.ZH), false, kc, st)
	if Value(m) != 0 {
		t.Fatal("a new scale has a value")
	}
	Set(&m, 4)
	if Value(m) != 4 || !strings.Contains(view(m), "[4 :-) 不错]") {
		t.Fatalf("value %d view %q", Value(m), view(m))
	}
	Set(&m, 9)
	if Value(m) != 0 {
		t.Fatal("9 is not on a 1–5 scale")
	}
	en := New("stress", i18n.New(i18n.EN), true, kc, st)
	Set(&en, 5)
	if !strings.Contains(view(en), "overwhelming") {
		t.Fatalf("stress 5: %q", view(en))
	}
}
