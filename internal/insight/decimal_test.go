package insight

import "testing"

func TestDecimal(t *testing.T) {
	cases := []struct {
		v      float64
		places int
		want   string
	}{
		{3.25, 1, "3.3"}, // %.1f gives 3.2 (half to even)
		{2.35, 1, "2.4"}, // stored as 2.34999…: %.1f gives 2.3
		{2.15, 1, "2.2"},
		{1.05, 1, "1.1"},
		{4.45, 1, "4.5"},
		{3.24, 1, "3.2"},
		{2.249, 1, "2.2"},
		{9.95, 1, "10.0"},
		{99.95, 1, "100.0"},
		{4, 1, "4.0"},
		{0, 1, "0.0"},
		{-0.25, 1, "-0.3"},
		{-0.04, 1, "0.0"},
		{95.55, 1, "95.6"},
		{0.125, 2, "0.13"},
		{2.5, 0, "3"},
		{3.0, 2, "3.00"},
		{13.0 / 4, 1, "3.3"},
		{1e21, 1, "1000000000000000000000.0"},
	}
	for _, c := range cases {
		if got := Decimal(c.v, c.places); got != c.want {
			t.Errorf("Decimal(%v, %d) = %q, want %q", c.v, c.places, got, c.want)
		}
	}
	for v, want := range map[float64]string{0.5: "+0.50", -0.46: "-0.46", 0: "0.00", -0.001: "0.00"} {
		if got := Signed(v, 2); got != want {
			t.Errorf("Signed(%v, 2) = %q, want %q", v, got, want)
		}
	}
}

// Every average a person sees is a mean of whole numbers rounded to 2
// decimals; each .x5 among them rounds up, as written.
func TestDecimalOfEveryHalf(t *testing.T) {
	for tenths := 10; tenths < 50; tenths++ {
		v := float64(tenths*10+5) / 100 // 1.05, 1.15, … 4.95
		want := Decimal(float64(tenths+1)/10, 1)
		if got := Decimal(v, 1); got != want {
			t.Errorf("Decimal(%v, 1) = %q, want %q", v, got, want)
		}
	}
}
