package journal

import (
	"errors"
	"strings"
	"testing"
)

func ptr[T any](v T) *T { return &v }

func TestEntryValidate(t *testing.T) {
	good := func() Entry {
		return Entry{ShiftDate: 20261125, Shift: "night", Mood: 3, StartedAt: "22:00", EndedAt: "06:00",
			Contacts: ptr(52), CSAT: ptr(96.5), Helped: []string{"帮顾客找回了包裹"},
			Cases: []Case{{Title: "物流延误", Channel: "chat", Outcome: "resolved", Praise: true}}}
	}
	cases := []struct {
		name  string
		edit  func(e *Entry)
		field string
		rule  Rule
	}{
		{"ok", func(e *Entry) {}, "", ""},
		{"no date", func(e *Entry) { e.ShiftDate = 0 }, "shift_date", RuleRequired},
		{"bad date", func(e *Entry) { e.ShiftDate = 20260230 }, "shift_date", RuleDate},
		{"bad shift", func(e *Entry) { e.Shift = "morning" }, "shift", RuleOneOf},
		{"bad start", func(e *Entry) { e.StartedAt = "25:00" }, "started_at", RuleClock},
		{"no mood", func(e *Entry) { e.Mood = 0 }, "mood", RuleRequired},
		{"mood 6", func(e *Entry) { e.Mood = 6 }, "mood", RuleRange},
		{"stress -1", func(e *Entry) { e.Stress = -1 }, "stress", RuleRange},
		{"csat 101", func(e *Entry) { e.CSAT = ptr(101.0) }, "csat", RuleRange},
		{"contacts -1", func(e *Entry) { e.Contacts = ptr(-1) }, "contacts", RuleRange},
		{"four helped", func(e *Entry) { e.Helped = []string{"a", "b", "c", "d"} }, "helped", RuleTooMany},
		{"bad outcome", func(e *Entry) { e.Cases[0].Outcome = "done" }, "cases[0].outcome", RuleOneOf},
		{"bad channel", func(e *Entry) { e.Cases[0].Channel = "fax" }, "cases[0].channel", RuleOneOf},
		{"huge vent", func(e *Entry) { e.Vent = strings.Repeat("气", MaxText) }, "vent", RuleTooLong},
		{"bad utf8", func(e *Entry) { e.Tomorrow = "\xff\xfe" }, "tomorrow", RuleUTF8},
		{"nul", func(e *Entry) { e.Cases[0].Need = "a\x00b" }, "cases[0].need", RuleNUL},
		{"focus", func(e *Entry) { e.FocusDone = "maybe" }, "focus_done", RuleOneOf},
	}
	for _, c := range cases {
		e := good()
		c.edit(&e)
		err := e.Validate()
		if c.field == "" {
			if err != nil {
				t.Errorf("%s: unexpected %v", c.name, err)
			}
			continue
		}
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != c.field || fe.Rule != c.rule {
			t.Errorf("%s: got %v, want field %s rule %s", c.name, err, c.field, c.rule)
		}
	}
}

func TestOtherValidate(t *testing.T) {
	off := DayOff{Date: 20261124, Reason: "sick"}
	if err := off.Validate(); err != nil {
		t.Fatal(err)
	}
	off.Reason = "bored"
	if err := off.Validate(); err == nil || !strings.Contains(err.Error(), "reason") {
		t.Errorf("bad reason accepted: %v", err)
	}
	idea := Idea{ID: 1, ShiftDate: 20261124, Kind: "product", Text: "订单页显示快递员电话", Status: "new"}
	if err := idea.Validate(); err != nil {
		t.Fatal(err)
	}
	idea.Text = "  "
	if err := idea.Validate(); err == nil || !strings.Contains(err.Error(), "text") {
		t.Errorf("empty idea accepted: %v", err)
	}
	rev := WeeklyReview{Week: Week{2026, 48}, Focus: "多喝水"}
	if err := rev.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestNormalize(t *testing.T) {
	e := Entry{Helped: []string{" 一 ", "", "two"}, Cases: []Case{{}, {Title: " 退款 "}}, Tags: []string{"a", "a", " "}}
	e.Normalize()
	if e.Shift != "day" || len(e.Helped) != 2 || e.Helped[0] != "一" || len(e.Cases) != 1 || e.Cases[0].Title != "退款" || len(e.Tags) != 1 {
		t.Errorf("normalize: %+v", e)
	}
}

func TestMetricsOf(t *testing.T) {
	e := Entry{ShiftDate: 20261125, Shift: "day", Mood: 4, Stress: 2, Contacts: ptr(60),
		Cases: []Case{{Title: "a", Category: "退款", Outcome: "resolved", Praise: true}, {Title: "b", Outcome: "escalated"}}}
	m := MetricsOf(&e)
	if m.Cases != 2 || m.Praise != 1 || m.ByOutcome[OutcomeSlot("resolved")] != 1 || m.ByOutcome[OutcomeSlot("escalated")] != 1 ||
		!m.HasContacts || m.Contacts != 60 || m.HasCSAT || len(m.Categories) != 1 || m.Categories[0] != "退款" {
		t.Errorf("metrics: %+v", m)
	}
}

// Each outcome has its own slot, in the order of Outcomes, and a case
// without one (or with a name that is no outcome) counts in the last.
func TestOutcomeSlots(t *testing.T) {
	if len(Outcomes)+1 != OutcomeSlots {
		t.Fatalf("%d outcomes, but Metrics.ByOutcome holds %d + none", len(Outcomes), OutcomeSlots-1)
	}
	for i, o := range Outcomes {
		if got := OutcomeSlot(o); got != i {
			t.Errorf("OutcomeSlot(%q) = %d, want %d", o, got, i)
		}
	}
	for _, o := range []string{"", "none", "Resolved"} {
		if got := OutcomeSlot(o); got != OutcomeSlots-1 {
			t.Errorf("OutcomeSlot(%q) = %d, want the last slot", o, got)
		}
	}
}
