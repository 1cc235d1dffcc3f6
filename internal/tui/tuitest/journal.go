package tuitest

import (
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/app"
)

// Write runs fn in one write transaction on the context's journal: the
// tests' way to lay out a journal (the app itself only uses day).
func Write(t testing.TB, ctx *app.Context, fn func(*store.Tx) error) {
	t.Helper()
	if err := store.Write(ctx.Journal.Path, store.Options{}, fn); err != nil {
		t.Fatal(err)
	}
}

// Read runs fn in one read transaction on the context's journal.
func Read(t testing.TB, ctx *app.Context, fn func(*store.Tx) error) {
	t.Helper()
	if err := store.Read(ctx.Journal.Path, store.Options{}, fn); err != nil {
		t.Fatal(err)
	}
}

// PutEntry saves e.
func PutEntry(t testing.TB, ctx *app.Context, e journal.Entry) {
	t.Helper()
	Write(t, ctx, func(tx *store.Tx) error { return tx.PutEntry(&e, false) })
}

// Entry reads the entry of date d.
func Entry(t testing.TB, ctx *app.Context, d journal.Date) (journal.Entry, bool) {
	t.Helper()
	var e journal.Entry
	var ok bool
	Read(t, ctx, func(tx *store.Tx) error {
		var err error
		e, ok, err = tx.Entry(d)
		return err
	})
	return e, ok
}

// Draft reads the draft of date d.
func Draft(t testing.TB, ctx *app.Context, d journal.Date) (journal.Draft, bool) {
	t.Helper()
	var dr journal.Draft
	var ok bool
	Read(t, ctx, func(tx *store.Tx) error {
		var err error
		dr, ok, err = tx.Draft(d)
		return err
	})
	return dr, ok
}

// Ptr is a pointer to v (optional entry fields).
func Ptr[T any](v T) *T { return &v }
