package team

import (
	"fmt"
	"testing"
)

func TestNear(t *testing.T) {
	cases := []struct {
		a, b string
		same bool
	}{
		{"订单页显示快递员电话", "在订单页面显示快递员的电话", true},
		{"订单页显示快递员电话", "订单页显示快递员电话！", true},
		{"Show the courier's phone on the order page", "show courier phone number on order page", true},
		{"Show the couriers phone on the order page", "SHOW COURIER PHONE ON ORDER PAGE", true},
		{"退款话术模板", "退款流程简化", false},
		{"退款话术模板", "退款话术模版", true}, // a variant character: the same idea
		{"订单页显示快递员电话", "Show the courier's phone on the order page", false},
		{"加一个夜班", "加一个早班", false},
		{"ＦＡＱ更新", "faq更新", true},
		{"FAQ", "FAQ page", false},
		{"夜班", "夜班", true},
		{"", "", false},
	}
	for _, c := range cases {
		ta, tb := tokens(c.a), tokens(c.b)
		got := near(ta, tb) || key(c.a) == key(c.b) && key(c.a) != ""
		if got != c.same {
			t.Errorf("near(%q, %q) = %v (dice %.2f), want %v", c.a, c.b, got, dice(ta, tb), c.same)
		}
	}
}

func TestGroupTexts(t *testing.T) {
	texts := []string{
		"订单页显示快递员电话",                   // 0
		"退款话术模板",                       // 1
		"在订单页面显示快递员的电话",                // 2
		"Add a refund script template", // 3
		"订单页显示快递员电话。",                  // 4
		"add refund script templates",  // 5
		"夜班多排一个人",                      // 6
	}
	got := fmt.Sprint(groupTexts(texts))
	if want := "[[0 2 4] [1] [3 5] [6]]"; got != want {
		t.Errorf("groups %s, want %s", got, want)
	}
}

// TestCandidatesMissNoNearPair: prefix filtering finds every near pair a
// comparison of all pairs finds, over generated texts that share many
// words and bigrams.
func TestCandidatesMissNoNearPair(t *testing.T) {
	words := []string{"订单", "快递", "电话", "退款", "模板", "夜班", "加人", "show", "courier", "phone", "refund", "page", "night", "staff", "显示", "页面"}
	var toks []map[string]bool
	seed := uint32(7)
	for range 400 {
		var text string
		n := 1 + int(seed%5)
		for range n {
			seed = seed*1664525 + 1013904223
			text += words[seed>>16%uint32(len(words))] + " "
		}
		toks = append(toks, tokens(text))
	}
	found := map[[2]int]bool{}
	candidates(toks, func(i, j int) { found[[2]int{i, j}] = true })
	for a := range toks {
		for b := a + 1; b < len(toks); b++ {
			if near(toks[a], toks[b]) && !found[[2]int{a, b}] {
				t.Fatalf("near pair %v %v not a candidate", toks[a], toks[b])
			}
		}
	}
}

// TestGroupingStaysFast: ten thousand distinct lessons that all share
// common words group in bounded work (the posting cap), not in the
// quadratic time of comparing every pair.
func TestGroupingStaysFast(t *testing.T) {
	if testing.Short() {
		t.Skip()
	}
	words := []string{"订单页显示", "快递员电话", "退款话术", "模板", "夜班加人", "先查流水", "物流轨迹", "耐心听完", "安抚情绪", "核实地址"}
	var texts []string
	seed := uint32(7)
	for i := range 10000 {
		text := ""
		for range 3 {
			seed = seed*1664525 + 1013904223
			text += words[seed>>16%uint32(len(words))]
		}
		texts = append(texts, fmt.Sprintf("%s第%d次", text, i))
	}
	if g := groupTexts(texts); len(g) == 0 || len(g) >= len(texts) {
		t.Errorf("%d groups of %d texts", len(g), len(texts))
	}
}
