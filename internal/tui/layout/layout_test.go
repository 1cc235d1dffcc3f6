package layout

import (
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestTruncate(t *testing.T) {
	for _, tt := range []struct {
		in   string
		w    int
		want string
	}{
		{"hello", 10, "hello"},
		{"hello world", 6, "hello…"},
		{"你好世界", 6, "你好… "}, // 世 would overflow: padded to 6
		{"你好世界", 5, "你好…"},  // exactly 5 cells
		{"你好世界", 4, "你… "},  // the cut falls inside 好: padded to 4
		{"abc", 0, ""},
	} {
		got := Truncate(tt.in, tt.w)
		if got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.in, tt.w, got, tt.want)
		}
		if Width(tt.in) > tt.w && Width(got) != tt.w {
			t.Errorf("Truncate(%q, %d) is %d cells", tt.in, tt.w, Width(got))
		}
	}
}

func TestFitIsExactlyTheBox(t *testing.T) {
	got := Fit([]string{"你好世界你好世界", "a", "b", "c"}, 5, 3)
	want := []string{"你好…", "a    ", "b    "}
	if !slices.Equal(got, want) {
		t.Fatalf("Fit = %q, want %q", got, want)
	}
	got = Fit([]string{"x"}, 3, 2)
	if !slices.Equal(got, []string{"x  ", "   "}) {
		t.Fatalf("Fit = %q", got)
	}
}

func TestPadAndIndent(t *testing.T) {
	if got := Pad("班次", 6); got != "班次  " {
		t.Fatalf("Pad %q", got)
	}
	if got := Pad("toolong", 3); got != "toolong" {
		t.Fatalf("Pad %q", got)
	}
	if got := Indent([]string{"a", ""}, 2); !slices.Equal(got, []string{"  a", "  "}) {
		t.Fatalf("Indent %q", got)
	}
}

func TestFrameCursorFollowsLayout(t *testing.T) {
	field := Frame{Lines: []string{"你好"}, Cursor: tea.NewCursor(4, 0)}
	f := Stack(Text("title", ""), field.Indent(2))
	if f.Cursor == nil || f.Cursor.X != 6 || f.Cursor.Y != 2 {
		t.Fatalf("cursor %+v", f.Cursor)
	}
	if c := f.Scroll(1).Cursor; c.Y != 1 {
		t.Fatalf("scrolled cursor %+v", c)
	}
	if f.Fit(10, 2).Cursor != nil {
		t.Fatal("a cursor below the box is shown")
	}
	j := Join(2, []int{4}, Text("ab"), field)
	if j.Cursor.X != 10 || j.Lines[0] != "ab    你好" {
		t.Fatalf("join %q cursor %+v", j.Lines, j.Cursor)
	}
}
