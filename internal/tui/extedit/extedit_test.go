package extedit

import "testing"

// The newline that ends a text file is not part of the text; one the
// person typed at the end (a blank last line) is.
func TestFromFile(t *testing.T) {
	for in, want := range map[string]string{
		"":                "",
		"先写一句":            "先写一句",
		"先写一句\n":          "先写一句",
		"先写一句\n写在编辑器里\n":  "先写一句\n写在编辑器里",
		"结尾空一行\n\n":       "结尾空一行\n",
		"windows\r\n":     "windows",
		"two blank\n\n\n": "two blank\n\n",
	} {
		if got := fromFile(in); got != want {
			t.Errorf("fromFile(%q) = %q, want %q", in, got, want)
		}
	}
}
