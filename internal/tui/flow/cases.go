package flow

import (
	"strings"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/choice"
	"github.com/debrief-app/debrief/internal/tui/common"
	"github.com/debrief-app/debrief/internal/tui/textfield"
)

// caseForm edits one typical case the way Gibbs' cycle asks: the
// situation, the customer's real need, what I did, the outcome, what I
// would do better.
type caseForm struct {
	title, category, need, action, better textfield.Field
	channel, outcome, praise              choice.Model
}

func newCaseForm(ctx *common.Context) caseForm {
	dark, t := ctx.Styles.Dark, ctx.T
	f := caseForm{
		title:    textfield.New(t("tui.ph.case_title"), dark),
		category: textfield.New(t("tui.ph.category"), dark),
		need:     textfield.New(t("tui.ph.need"), dark),
		action:   textfield.New(t("tui.ph.action"), dark),
		better:   textfield.New(t("tui.ph.better"), dark),
		channel:  choice.New(options("channel.", journal.Channels, t), true),
		outcome:  choice.New(options("outcome.", journal.Outcomes, t), true),
		praise: choice.New([]choice.Option{
			{Value: "no", Label: t("tui.no")}, {Value: "yes", Label: t("tui.praise_yes")},
		}, false),
	}
	f.praise.SetValue("no")
	return f
}

func (f *caseForm) texts() []*textfield.Field {
	return []*textfield.Field{&f.title, &f.category, &f.need, &f.action, &f.better}
}

func (f *caseForm) slots() []*slot {
	return []*slot{
		{label: "tui.f.case_title", text: &f.title},
		{label: "tui.f.category", text: &f.category},
		{label: "tui.f.channel", pick: &f.channel},
		{label: "tui.f.need", text: &f.need},
		{label: "tui.f.action", text: &f.action},
		{label: "tui.f.outcome", pick: &f.outcome},
		{label: "tui.f.better", text: &f.better},
		{label: "tui.f.praise", pick: &f.praise},
	}
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

func emptyCase(c journal.Case) bool {
	return c.Title == "" && c.Category == "" && c.Need == "" && c.Action == "" && c.Better == "" &&
		c.Channel == "" && c.Outcome == "" && !c.Praise
}

// openCase shows the form for case i (len(cases): a new one).
func (m *Model) openCase(i int, start journal.Case) {
	if i >= len(m.cases) {
		m.cases = append(m.cases, start)
		i = len(m.cases) - 1
	}
	m.caseEdit = i
	m.caseForm.load(m.cases[i])
	m.setFocus(0)
}

// closeCase keeps what the form holds and shows the list again. A case
// left completely empty is dropped; one without a title gets a numbered one
// so nothing typed is refused at saving.
func (m *Model) closeCase() {
	if m.caseEdit < 0 {
		return
	}
	c := m.caseForm.value()
	i := m.caseEdit
	m.caseEdit = -1
	if emptyCase(c) {
		m.cases = append(m.cases[:i], m.cases[i+1:]...)
		m.caseSel = min(m.caseSel, max(len(m.cases)-1, 0))
	} else {
		if c.Title == "" {
			c.Title = m.ctx.T("tui.case.untitled", i+1)
		}
		m.cases[i] = c
		m.caseSel = i
	}
	m.setFocus(0)
}

// suggestCategory fills the category field with the next category used
// before that starts with what is typed.
func (m *Model) suggestCategory() {
	typed := strings.TrimSpace(m.caseForm.category.Value())
	matches := []string{}
	for _, c := range m.categories {
		if strings.HasPrefix(strings.ToLower(c), strings.ToLower(typed)) || typed == "" {
			matches = append(matches, c)
		}
	}
	if len(matches) == 0 {
		return
	}
	next := matches[0]
	for i, c := range matches {
		if c == typed && i+1 < len(matches) {
			next = matches[i+1]
		}
	}
	m.caseForm.category.SetValue(next)
}

// categoryHints lists the categories used before that match what is typed.
func (m *Model) categoryHints(n int) []string {
	typed := strings.ToLower(strings.TrimSpace(m.caseForm.category.Value()))
	var out []string
	for _, c := range m.categories {
		if typed == "" || strings.HasPrefix(strings.ToLower(c), typed) && strings.ToLower(c) != typed {
			out = append(out, c)
			if len(out) == n {
				break
			}
		}
	}
	return out
}
