package insight

import (
	"reflect"
	"testing"
)

func TestRankCategories(t *testing.T) {
	by := map[string]int{"退款": 3, "物流": 5, "账号": 3, "other": 1}
	want := []Count{{"物流", 5}, {"账号", 3}, {"退款", 3}, {"other", 1}}
	// Ties by name: "账号" (U+8D26) sorts before "退款" (U+9000).
	if got := RankCategories(by, 0); !reflect.DeepEqual(got, want) {
		t.Errorf("all: %v, want %v", got, want)
	}
	if got := RankCategories(by, 2); !reflect.DeepEqual(got, want[:2]) {
		t.Errorf("top 2: %v", got)
	}
	if got := RankCategories(nil, 5); len(got) != 0 {
		t.Errorf("none: %v", got)
	}
}
