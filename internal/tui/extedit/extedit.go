// Package extedit writes a text in the person's own editor ($VISUAL, then
// $EDITOR). The text goes through a 0600 file in a private 0700 directory
// beside the journal, removed as soon as the editor closes: the vent is
// private and must not linger in /tmp.
package extedit

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/safefile"
)

// ErrNoEditor is returned when neither $VISUAL nor $EDITOR is set.
var ErrNoEditor = errors.New("no editor set")

// Dir is the private directory for editor files: <data dir>/tmp, 0700.
func Dir(dataDir string) string { return filepath.Join(dataDir, "tmp") }

// DoneMsg brings back the text written in the editor (Err set: the text
// on screen stays as it was). Tag says whose text it is.
type DoneMsg struct {
	Tag  string
	Text string
	Err  error
}

// Open returns the command that suspends the app, runs the editor on text
// and reports a DoneMsg tagged tag. getenv reads $VISUAL and $EDITOR. The
// error is immediate when the file cannot be made.
func Open(getenv func(string) string, dataDir, tag, text string) (tea.Cmd, error) {
	editor := strings.TrimSpace(getenv("VISUAL"))
	if editor == "" {
		editor = strings.TrimSpace(getenv("EDITOR"))
	}
	if editor == "" {
		return nil, ErrNoEditor
	}
	dir := Dir(dataDir)
	if err := safefile.PrivateDir(dir); err != nil {
		return nil, err
	}
	// CreateTemp makes it 0600. The process id in the name lets the next
	// debrief remove it at once if this one dies with the editor open
	// (safefile.RemoveEditorLeftovers).
	f, err := os.CreateTemp(dir, fmt.Sprintf("edit-%d-*.txt", os.Getpid()))
	if err != nil {
		return nil, err
	}
	path := f.Name()
	// A text file ends with a newline: a line an editor or a script
	// appends must not join the last one. It is taken off again when the
	// file is read back.
	_, werr := f.WriteString(text + "\n")
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		os.Remove(path)
		return nil, werr
	}
	args := strings.Fields(editor)
	cmd := exec.Command(args[0], append(args[1:], path)...)
	return tea.ExecProcess(cmd, func(err error) tea.Msg {
		defer os.Remove(path)
		if err != nil {
			return DoneMsg{Tag: tag, Err: err}
		}
		data, rerr := os.ReadFile(path)
		if rerr != nil {
			return DoneMsg{Tag: tag, Err: rerr}
		}
		return DoneMsg{Tag: tag, Text: fromFile(string(data))}
	}), nil
}

// fromFile is the text of an editor's file: the one newline that ends a
// text file (written by Open, or added by the editor) taken off; a blank
// line the person typed at the end stays.
func fromFile(s string) string {
	if t, ok := strings.CutSuffix(s, "\r\n"); ok {
		return t
	}
	return strings.TrimSuffix(s, "\n")
}
