package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

// The real binary with an $EDITOR that appends a line, as a script or an
// editor's "add a line" does: the vent's file ends with a newline, so the
// appended line is a line of its own, and no newline is added to the vent.
func TestEditorFileEndsWithANewline(t *testing.T) {
	h := newPerson(t, "zh_CN.UTF-8")
	script := filepath.Join(t.TempDir(), "append.sh")
	if err := os.WriteFile(script, []byte("#!/bin/sh\necho 追加的一行 >> \"$1\"\n"), 0o700); err != nil {
		t.Fatal(err)
	}
	h.env = append(h.env, "EDITOR="+script)
	h.debrief("jot", "先有一条速记") // not a first run: no welcome
	term := h.start(80, 24)
	term.WaitFor("这个班次怎么样？")
	term.Keys("Tab", "3", "NPage", "NPage", "NPage")
	term.WaitFor("只有你自己看得到")
	term.Text("先写一句")
	term.WaitFor("先写一句")
	term.Keys("C-e")
	s := term.WaitFor("追加的一行")
	if strings.Contains(s, "先写一句追加的一行") {
		t.Fatalf("the appended line joined the last one:\n%s", s)
	}
	term.Keys("C-s")
	term.WaitFor("的复盘已保存")
	term.Keys("C-c")
	term.WaitExit()
	var e journal.Entry
	err := store.Read(h.db, store.Options{}, func(tx *store.Tx) error {
		var err error
		e, _, err = tx.Entry(journal.NewDate(2026, 11, 25))
		return err
	})
	if err != nil || e.Vent != "先写一句\n追加的一行" {
		t.Fatalf("the vent saved is %q (%v)", e.Vent, err)
	}
}
