package archive

import (
	"encoding/base64"
	"io"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/jsonout"
	"github.com/debrief-app/debrief/internal/seal"
)

// Encode writes an archive held in memory as backup writes a journal:
// indented JSON, every string escaped so the file is harmless on a
// terminal, in one pass.
func Encode(w io.Writer, a *Archive) error {
	jw := jsonout.New(w)
	beginArchive(jw, a.ExportedAt, a.Sealing)
	jw.Key("entries")
	jw.BeginArray()
	for i := range a.Entries {
		writeEntry(jw, &a.Entries[i], a.Jots[a.Entries[i].ShiftDate], ventArchive)
	}
	jw.End()
	writeRest(jw, a.DaysOff, a.Ideas, a.WeeklyReviews)
	return jw.Flush()
}

// beginArchive writes the archive's header, leaving its object open. The
// key of a sealed journal comes before the entries: an import knows how
// to take their vents before it reads the first one.
func beginArchive(jw *jsonout.Writer, exportedAt time.Time, s *Sealing) {
	jw.BeginObject()
	text(jw, "format", Format)
	jw.Key("version")
	jw.Int(Version)
	instant(jw, "exported_at", exportedAt)
	if s != nil {
		jw.Key("sealing")
		jw.BeginObject()
		text(jw, "recipient", s.Recipient)
		text(jw, "identity", seal.Armor(s.Wrapped))
		jw.End()
	}
}

// ventForm is how a sealed vent is written: verbatim in an archive, as a
// mark in a listing (`list --json`), which never shows ciphertext.
type ventForm int

const (
	ventArchive ventForm = iota
	ventListing
)

// writeRest writes the sections after the entries and ends the archive.
func writeRest(jw *jsonout.Writer, daysOff []journal.DayOff, ideas []journal.Idea, reviews []journal.WeeklyReview) {
	jw.Key("days_off")
	jw.BeginArray()
	for i := range daysOff {
		writeDayOff(jw, &daysOff[i])
	}
	jw.End()
	jw.Key("ideas")
	jw.BeginArray()
	for i := range ideas {
		writeIdea(jw, &ideas[i])
	}
	jw.End()
	jw.Key("weekly_reviews")
	jw.BeginArray()
	for i := range reviews {
		writeReview(jw, &reviews[i])
	}
	jw.End()
	jw.End()
}

// The writers below give each record the members, order and omissions of
// the archive format (see README): a member with an "omitted when empty"
// rule is left out when it has its zero value.

func writeEntry(jw *jsonout.Writer, e *journal.Entry, jots []journal.Jot, form ventForm) {
	jw.BeginObject()
	text(jw, "shift_date", e.ShiftDate.String())
	text(jw, "shift", e.Shift)
	optText(jw, "started_at", e.StartedAt)
	optText(jw, "ended_at", e.EndedAt)
	if e.Contacts != nil {
		jw.Key("contacts")
		jw.Int(int64(*e.Contacts))
	}
	if e.CSAT != nil {
		jw.Key("csat")
		jw.Float(*e.CSAT)
	}
	jw.Key("mood")
	jw.Int(int64(e.Mood))
	optInt(jw, "energy", e.Energy)
	optInt(jw, "stress", e.Stress)
	optTexts(jw, "helped", e.Helped)
	if len(e.Cases) > 0 {
		jw.Key("cases")
		jw.BeginArray()
		for i := range e.Cases {
			writeCase(jw, &e.Cases[i])
		}
		jw.End()
	}
	switch {
	case e.Vent != "":
		text(jw, "vent", e.Vent)
	case len(e.VentSealed) > 0 && form == ventListing:
		jw.Key("vent_sealed")
		jw.Bool(true)
	case len(e.VentSealed) > 0:
		text(jw, "sealed_vent", base64.StdEncoding.EncodeToString(e.VentSealed))
	}
	optText(jw, "tomorrow", e.Tomorrow)
	optText(jw, "focus_done", e.FocusDone)
	optTexts(jw, "tags", e.Tags)
	instant(jw, "created_at", e.CreatedAt)
	instant(jw, "updated_at", e.UpdatedAt)
	if len(jots) > 0 {
		jw.Key("jots")
		jw.BeginArray()
		for _, j := range jots {
			jw.BeginObject()
			instant(jw, "at", j.At)
			text(jw, "text", j.Text)
			jw.End()
		}
		jw.End()
	}
	jw.End()
}

func writeCase(jw *jsonout.Writer, c *journal.Case) {
	jw.BeginObject()
	text(jw, "title", c.Title)
	optText(jw, "category", c.Category)
	optText(jw, "channel", c.Channel)
	optText(jw, "need", c.Need)
	optText(jw, "action", c.Action)
	optText(jw, "outcome", c.Outcome)
	optText(jw, "better", c.Better)
	if c.Praise {
		jw.Key("praise")
		jw.Bool(true)
	}
	if c.Pinned {
		jw.Key("pinned")
		jw.Bool(true)
	}
	jw.End()
}

func writeDayOff(jw *jsonout.Writer, d *journal.DayOff) {
	jw.BeginObject()
	text(jw, "date", d.Date.String())
	text(jw, "reason", d.Reason)
	optText(jw, "note", d.Note)
	jw.End()
}

func writeIdea(jw *jsonout.Writer, x *journal.Idea) {
	jw.BeginObject()
	jw.Key("id")
	jw.Uint(x.ID)
	text(jw, "shift_date", x.ShiftDate.String())
	text(jw, "kind", x.Kind)
	text(jw, "text", x.Text)
	text(jw, "status", x.Status)
	optText(jw, "impact", x.Impact)
	instant(jw, "updated_at", x.UpdatedAt)
	optText(jw, "shared_with", x.SharedWith)
	optText(jw, "declined_why", x.DeclinedWhy)
	if len(x.History) > 0 {
		jw.Key("history")
		jw.BeginArray()
		for _, c := range x.History {
			jw.BeginObject()
			instant(jw, "at", c.At)
			text(jw, "status", c.Status)
			jw.End()
		}
		jw.End()
	}
	jw.End()
}

func writeReview(jw *jsonout.Writer, r *journal.WeeklyReview) {
	jw.BeginObject()
	text(jw, "week", r.Week.String())
	optText(jw, "went_well", r.WentWell)
	optText(jw, "to_change", r.ToChange)
	optText(jw, "focus", r.Focus)
	if !r.UpdatedAt.IsZero() {
		instant(jw, "updated_at", r.UpdatedAt)
	}
	jw.End()
}

func text(jw *jsonout.Writer, key, s string) {
	jw.Key(key)
	jw.String(s)
}

func optText(jw *jsonout.Writer, key, s string) {
	if s != "" {
		text(jw, key, s)
	}
}

func instant(jw *jsonout.Writer, key string, t time.Time) {
	jw.Key(key)
	jw.Time(t)
}

func optInt(jw *jsonout.Writer, key string, v int) {
	if v != 0 {
		jw.Key(key)
		jw.Int(int64(v))
	}
}

func optTexts(jw *jsonout.Writer, key string, list []string) {
	if len(list) == 0 {
		return
	}
	jw.Key(key)
	jw.BeginArray()
	for _, s := range list {
		jw.String(s)
	}
	jw.End()
}

// WriteEntries writes entries as a JSON array in the archive's form
// (`debrief list --json`), with the one writer backup uses; a vent still
// sealed is written as "vent_sealed": true, never as its ciphertext.
func WriteEntries(w io.Writer, entries []journal.Entry) error {
	jw := jsonout.New(w)
	jw.BeginArray()
	for i := range entries {
		writeEntry(jw, &entries[i], nil, ventListing)
	}
	jw.End()
	return jw.Flush()
}
