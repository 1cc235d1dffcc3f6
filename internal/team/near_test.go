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
