package journal

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits on what one record may hold. They keep a single pasted novel from
// making every later read slow, and they are told to the person in words.
const (
	MaxText     = 64 * 1024 // bytes in one text field
	MaxCases    = 200       // cases in one entry
	MaxTags     = 50        // tags in one entry
	MaxTagBytes = 100       // bytes in one tag
	MaxContacts = 100000    // contacts handled in one shift
)

// Rule names a broken validation rule; callers translate it for people.
type Rule string

// The validation rules.
const (
	RuleRequired = Rule("required")
	RuleOneOf    = Rule("one_of")   // Arg: the allowed values joined by "|"
	RuleRange    = Rule("range")    // Arg: "min–max"
	RuleTooLong  = Rule("too_long") // Arg: the limit in bytes
	RuleTooMany  = Rule("too_many") // Arg: the limit in items
	RuleUTF8     = Rule("utf8")
	RuleNUL      = Rule("nul")
	RuleDate     = Rule("date")  // want YYYY-MM-DD
	RuleClock    = Rule("clock") // want HH:MM
	RuleWeek     = Rule("week")  // want YYYY-Www
)

// FieldError says which field broke which rule with what value.
type FieldError struct {
	Field string // JSON path, e.g. "cases[2].outcome"
	Value string // the offending value, shortened
	Rule  Rule
	Arg   string
}

func (e *FieldError) Error() string {
	switch e.Rule {
	case RuleRequired:
		return fmt.Sprintf("%s: is required", e.Field)
	case RuleOneOf:
		return fmt.Sprintf("%s: %q is not one of %s", e.Field, e.Value, e.Arg)
	case RuleRange:
		return fmt.Sprintf("%s: %s is outside %s", e.Field, e.Value, e.Arg)
	case RuleTooLong:
		return fmt.Sprintf("%s: longer than %s bytes", e.Field, e.Arg)
	case RuleTooMany:
		return fmt.Sprintf("%s: more than %s items", e.Field, e.Arg)
	case RuleUTF8:
		return fmt.Sprintf("%s: is not valid UTF-8 text", e.Field)
	case RuleNUL:
		return fmt.Sprintf("%s: contains a NUL character", e.Field)
	case RuleDate:
		return fmt.Sprintf("%s: %q is not a valid date (YYYY-MM-DD)", e.Field, e.Value)
	case RuleClock:
		return fmt.Sprintf("%s: %q is not a valid time (HH:MM)", e.Field, e.Value)
	case RuleWeek:
		return fmt.Sprintf("%s: %q is not a valid ISO week (YYYY-Www)", e.Field, e.Value)
	}
	return fmt.Sprintf("%s: %q breaks rule %s", e.Field, e.Value, e.Rule)
}

// Short trims a value for an error message.
func Short(s string) string {
	if len(s) <= 40 {
		return s
	}
	cut := 40
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func checkText(field, s string) error {
	if len(s) > MaxText {
		return &FieldError{Field: field, Rule: RuleTooLong, Arg: strconv.Itoa(MaxText)}
	}
	if !utf8.ValidString(s) {
		return &FieldError{Field: field, Rule: RuleUTF8}
	}
	if strings.IndexByte(s, 0) >= 0 {
		return &FieldError{Field: field, Rule: RuleNUL}
	}
	return nil
}

func checkOneOf(field, v string, allowed []string, optional bool) error {
	if v == "" && optional {
		return nil
	}
	if v == "" {
		return &FieldError{Field: field, Rule: RuleRequired}
	}
	if !slices.Contains(allowed, v) {
		return &FieldError{Field: field, Value: Short(v), Rule: RuleOneOf, Arg: strings.Join(allowed, "|")}
	}
	return nil
}

func checkScale(field string, v int, required bool) error {
	if v == 0 && !required {
		return nil
	}
	if v == 0 {
		return &FieldError{Field: field, Rule: RuleRequired}
	}
	if v < 1 || v > 5 {
		return &FieldError{Field: field, Value: strconv.Itoa(v), Rule: RuleRange, Arg: "1–5"}
	}
	return nil
}

func checkDate(field string, d Date) error {
	if d == 0 {
		return &FieldError{Field: field, Rule: RuleRequired}
	}
	if _, err := ParseDate(d.String()); err != nil {
		return &FieldError{Field: field, Value: d.String(), Rule: RuleDate}
	}
	return nil
}

func checkClock(field, s string) error {
	if s == "" {
		return nil
	}
	if _, err := ParseClock(s); err != nil {
		return &FieldError{Field: field, Value: Short(s), Rule: RuleClock}
	}
	return nil
}

// Validate checks every field of the entry and returns the first problem as a
// *FieldError. It fills nothing in; Normalize does that.
func (e *Entry) Validate() error {
	if err := checkDate("shift_date", e.ShiftDate); err != nil {
		return err
	}
	if err := checkOneOf("shift", e.Shift, ShiftKinds, true); err != nil {
		return err
	}
	if err := checkClock("started_at", e.StartedAt); err != nil {
		return err
	}
	if err := checkClock("ended_at", e.EndedAt); err != nil {
		return err
	}
	if e.Contacts != nil && (*e.Contacts < 0 || *e.Contacts > MaxContacts) {
		return &FieldError{Field: "contacts", Value: strconv.Itoa(*e.Contacts), Rule: RuleRange, Arg: "0–" + strconv.Itoa(MaxContacts)}
	}
	if e.CSAT != nil && (*e.CSAT < 0 || *e.CSAT > 100 || *e.CSAT != *e.CSAT) {
		return &FieldError{Field: "csat", Value: strconv.FormatFloat(*e.CSAT, 'g', -1, 64), Rule: RuleRange, Arg: "0–100"}
	}
	if err := checkScale("mood", e.Mood, true); err != nil {
		return err
	}
	if err := checkScale("energy", e.Energy, false); err != nil {
		return err
	}
	if err := checkScale("stress", e.Stress, false); err != nil {
		return err
	}
	if len(e.Helped) > MaxHelped {
		return &FieldError{Field: "helped", Rule: RuleTooMany, Arg: strconv.Itoa(MaxHelped)}
	}
	for i, h := range e.Helped {
		if err := checkText("", h); err != nil {
			return inList(err, "helped", i)
		}
	}
	if len(e.Cases) > MaxCases {
		return &FieldError{Field: "cases", Rule: RuleTooMany, Arg: strconv.Itoa(MaxCases)}
	}
	for i := range e.Cases {
		if err := e.Cases[i].validate(); err != nil {
			return inList(err, "cases", i)
		}
	}
	if err := checkText("vent", e.Vent); err != nil {
		return err
	}
	if err := checkText("tomorrow", e.Tomorrow); err != nil {
		return err
	}
	if err := checkOneOf("focus_done", e.FocusDone, FocusAnswers, true); err != nil {
		return err
	}
	if len(e.Tags) > MaxTags {
		return &FieldError{Field: "tags", Rule: RuleTooMany, Arg: strconv.Itoa(MaxTags)}
	}
	for i, t := range e.Tags {
		if len(t) > MaxTagBytes {
			return inList(&FieldError{Rule: RuleTooLong, Arg: strconv.Itoa(MaxTagBytes)}, "tags", i)
		}
		if err := checkText("", t); err != nil {
			return inList(err, "tags", i)
		}
	}
	return nil
}

// inList names the problem of a list's item (helped[1], cases[2].title)
// once there is one: building the names of every item up front cost more
// than the checks (a third of an import's checking).
func inList(err error, list string, i int) error {
	if fe, ok := err.(*FieldError); ok {
		name := list + "[" + strconv.Itoa(i) + "]"
		if fe.Field != "" {
			name += "." + fe.Field
		}
		fe.Field = name
	}
	return err
}

func (c *Case) validate() error {
	texts := [...]struct{ name, v string }{
		{"title", c.Title}, {"category", c.Category}, {"need", c.Need},
		{"action", c.Action}, {"better", c.Better},
	}
	for _, t := range texts {
		if err := checkText(t.name, t.v); err != nil {
			return err
		}
	}
	if len(c.Category) > MaxTagBytes {
		return &FieldError{Field: "category", Rule: RuleTooLong, Arg: strconv.Itoa(MaxTagBytes)}
	}
	if err := checkOneOf("channel", c.Channel, Channels, true); err != nil {
		return err
	}
	return checkOneOf("outcome", c.Outcome, Outcomes, true)
}

// Validate checks a day off.
func (d *DayOff) Validate() error {
	if err := checkDate("date", d.Date); err != nil {
		return err
	}
	if err := checkOneOf("reason", d.Reason, OffReasons, false); err != nil {
		return err
	}
	return checkText("note", d.Note)
}

// Validate checks an idea. ID 0 is an idea not yet given its id.
func (i *Idea) Validate() error {
	if i.ID > MaxIdeaID {
		return &FieldError{Field: "id", Value: strconv.FormatUint(i.ID, 10), Rule: RuleRange, Arg: "1–" + strconv.FormatUint(MaxIdeaID, 10)}
	}
	if err := checkDate("shift_date", i.ShiftDate); err != nil {
		return err
	}
	if err := checkOneOf("kind", i.Kind, IdeaKinds, false); err != nil {
		return err
	}
	if strings.TrimSpace(i.Text) == "" {
		return &FieldError{Field: "text", Rule: RuleRequired}
	}
	if err := checkText("text", i.Text); err != nil {
		return err
	}
	if err := checkOneOf("status", i.Status, IdeaStatuses, false); err != nil {
		return err
	}
	if err := checkText("shared_with", i.SharedWith); err != nil {
		return err
	}
	if err := checkText("declined_why", i.DeclinedWhy); err != nil {
		return err
	}
	if len(i.History) > MaxIdeaHistory {
		return &FieldError{Field: "history", Value: strconv.Itoa(len(i.History)), Rule: RuleRange, Arg: "0–" + strconv.Itoa(MaxIdeaHistory)}
	}
	for _, c := range i.History {
		if c.At.IsZero() {
			return &FieldError{Field: "history.at", Rule: RuleRequired}
		}
		if err := checkOneOf("history.status", c.Status, IdeaStatuses, false); err != nil {
			return err
		}
	}
	return checkText("impact", i.Impact)
}

// Validate checks a weekly review.
func (w *WeeklyReview) Validate() error {
	if w.Week.IsZero() {
		return &FieldError{Field: "week", Rule: RuleRequired}
	}
	if _, err := ParseWeek(w.Week.String()); err != nil {
		return &FieldError{Field: "week", Value: w.Week.String(), Rule: RuleWeek}
	}
	for _, t := range []struct{ name, v string }{{"went_well", w.WentWell}, {"to_change", w.ToChange}, {"focus", w.Focus}} {
		if err := checkText(t.name, t.v); err != nil {
			return err
		}
	}
	return nil
}

// Normalize fills defaults and tidies what a person typed: the shift kind
// defaults to day; empty helped lines, empty cases and empty tags are dropped;
// surrounding blank space is trimmed from one-line fields.
func (e *Entry) Normalize() {
	if e.Shift == "" {
		e.Shift = ShiftDay
	}
	helped := e.Helped[:0:0]
	for _, h := range e.Helped {
		if h = strings.TrimSpace(h); h != "" {
			helped = append(helped, h)
		}
	}
	e.Helped = nilIfEmpty(helped)
	cases := e.Cases[:0:0]
	for _, c := range e.Cases {
		c.Title = strings.TrimSpace(c.Title)
		c.Category = strings.TrimSpace(c.Category)
		if c.Title == "" && c.Need == "" && c.Action == "" && c.Better == "" && c.Category == "" {
			continue
		}
		cases = append(cases, c)
	}
	if len(cases) == 0 {
		cases = nil
	}
	e.Cases = cases
	tags := e.Tags[:0:0]
	for _, t := range e.Tags {
		if t = strings.TrimSpace(t); t != "" && !slices.Contains(tags, t) {
			tags = append(tags, t)
		}
	}
	e.Tags = nilIfEmpty(tags)
	e.Tomorrow = strings.TrimSpace(e.Tomorrow)
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// Validate checks a jot: some text, within the limits of a text field.
func (j *Jot) Validate() error {
	if strings.TrimSpace(j.Text) == "" {
		return &FieldError{Field: "text", Rule: RuleRequired}
	}
	return checkText("text", j.Text)
}

// Validate checks a vent record: text within the limits of a text field.
func (v *Vent) Validate() error {
	return checkText("vent", v.Text)
}
