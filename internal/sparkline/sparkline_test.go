package sparkline

import "testing"

func TestDraw(t *testing.T) {
	cases := []struct {
		in   []int
		want string
	}{
		{[]int{1, 2, 3, 4, 5}, "▁▂▄▆█"},
		{[]int{5, 0, 1}, "█ ▁"}, // 0: not given, a gap
		{nil, ""},
	}
	for _, c := range cases {
		if got := Draw(c.in, 1, 5); got != c.want {
			t.Errorf("Draw(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}
