package cases

import (
	"strings"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/flow/step"
	"github.com/debrief-app/debrief/internal/tui/theme"
	"github.com/debrief-app/debrief/internal/tui/ui/choice"
	"github.com/debrief-app/debrief/internal/tui/ui/field"
	"github.com/debrief-app/debrief/internal/tui/ui/form"
)

// caseForm edits one typical case the way Gibbs' cycle asks: the
// situation, the customer's real need, what I did, the outcome, what I
// would do better.
type caseForm struct {
	title, category, need, action, better field.Model
	channel, outcome, praise              choice.Model
}

func newCaseForm(b *step.Base) caseForm {
	t, fs := b.Ctx.T, b.Ctx.Styles.Field
	f := caseForm{
		title:    field.New(t("tui.ph.case_title"), fs),
		category: field.New(t("tui.ph.category"), fs),
		need:     field.New(t("tui.ph.need"), fs),
		action:   field.New(t("tui.ph.action"), fs),
		better:   field.New(t("tui.ph.better"), fs),
		channel:  b.Choice(step.Options("channel.", journal.Channels, t), true),
		outcome:  b.Choice(step.Options("outcome.", journal.Outcomes, t), true),
		praise: b.Choice([]choice.Option{
			{Value: "no", Label: t("tui.no")}, {Value: "yes", Label: t("tui.praise_yes")},
		}, false),
	}
	f.praise.SetValue("no")
	return f
}

func (f *caseForm) texts() []*field.Model {
	return []*field.Model{&f.title, &f.category, &f.need, &f.action, &f.better}
}

// slotCategory is the category's slot: the categories used before show
// under it.
const slotCategory = 1

func (f *caseForm) slots(ctx *app.Context, hints func() []string) []form.Slot {
	t := ctx.T
	return []form.Slot{
		{Label: t("tui.f.case_title"), Field: &f.title},
		{Label: t("tui.f.category"), Field: &f.category, Under: hints},
		{Label: t("tui.f.channel"), Choice: &f.channel},
		{Label: t("tui.f.need"), Field: &f.need},
		{Label: t("tui.f.action"), Field: &f.action},
		{Label: t("tui.f.outcome"), Choice: &f.outcome},
		{Label: t("tui.f.better"), Field: &f.better},
		{Label: t("tui.f.praise"), Choice: &f.praise},
	}
}

func (f *caseForm) setWidth(w int) {
	for _, t := range f.texts() {
		t.SetWidth(w)
	}
}

func (f *caseForm) restyle(st theme.Styles) {
	for _, t := range f.texts() {
		t.SetStyles(st.Field)
	}
}

// rev counts every change of the form's fields, shown or not, so the
// step's revision only ever grows.
func (f *caseForm) rev() int {
	n := f.channel.Rev() + f.outcome.Rev() + f.praise.Rev()
	for _, t := range f.texts() {
		n += t.Rev()
	}
	return n
}

func (f *caseForm) load(c journal.Case) {
	f.title.SetValue(c.Title)
	f.category.SetValue(c.Category)
	f.need.SetValue(c.Need)
	f.action.SetValue(c.Action)
	f.better.SetValue(c.Better)
	f.channel.SetValue(c.Channel)
	f.outcome.SetValue(c.Outcome)
	if c.Praise {
		f.praise.SetValue("yes")
	} else {
		f.praise.SetValue("no")
	}
}

func (f *caseForm) value() journal.Case {
	return journal.Case{
		Title:    strings.TrimSpace(f.title.Value()),
		Category: strings.TrimSpace(f.category.Value()),
		Channel:  f.channel.Value(),
		Need:     strings.TrimSpace(f.need.Value()),
		Action:   strings.TrimSpace(f.action.Value()),
		Outcome:  f.outcome.Value(),
		Better:   strings.TrimSpace(f.better.Value()),
		Praise:   f.praise.Value() == "yes",
	}
}

// resumeSlot is where writing a half-typed case goes on: the slot after
// the last one filled in (the praise choice always has a value and does
// not count).
func (f *caseForm) resumeSlot() int {
	filled := []bool{f.title.Value() != "", f.category.Value() != "", f.channel.Value() != "",
		f.need.Value() != "", f.action.Value() != "", f.outcome.Value() != "", f.better.Value() != ""}
	next := 0
	for i, ok := range filled {
		if ok {
			next = i + 1
		}
	}
	return min(next, len(filled))
}

func emptyCase(c journal.Case) bool {
	return c.Title == "" && c.Category == "" && c.Need == "" && c.Action == "" && c.Better == "" &&
		c.Channel == "" && c.Outcome == "" && !c.Praise
}
