package flow

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// editorDoneMsg brings back the text written in $VISUAL / $EDITOR.
type editorDoneMsg struct {
	text string
	err  error
}

// TempDir is the private directory for editor files: <data dir>/tmp, 0700.
func TempDir(dataDir string) string { return filepath.Join(dataDir, "tmp") }

// editVent opens the vent in the person's editor. The text goes through a
// 0600 file in a 0700 directory beside the journal, removed as soon as the
// editor closes: the vent is private and must not linger in /tmp.
func (m *Model) editVent() tea.Cmd {
	editor := strings.TrimSpace(m.ctx.Getenv("VISUAL"))
	if editor == "" {
		editor = strings.TrimSpace(m.ctx.Getenv("EDITOR"))
	}
	if editor == "" {
		m.setStatus(m.ctx.T("tui.no_editor"), true)
		return nil
	}
	dir := TempDir(m.ctx.Paths.DataDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		m.setStatus(m.ctx.T("tui.editor_failed", err.Error()), true)
		return nil
	}
	_ = os.Chmod(dir, 0o700)
	// CreateTemp makes it 0600. The process id in the name lets the next
	// debrief remove it at once if this one dies with the editor open
	// (safefile.RemoveEditorLeftovers).
	f, err := os.CreateTemp(dir, fmt.Sprintf("edit-%d-*.txt", os.Getpid()))
	if err != nil {
		m.setStatus(m.ctx.T("tui.editor_failed", err.Error()), true)
		return nil
	}
	path := f.Name()
	_, werr := f.WriteString(m.vent.Value())
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		os.Remove(path)
		m.setStatus(m.ctx.T("tui.editor_failed", werr.Error()), true)
		return nil
	}
	args := strings.Fields(editor)
	cmd := exec.Command(args[0], append(args[1:], path)...)
	return tea.ExecProcess(cmd, func(err error) tea.Msg {
		defer os.Remove(path)
		if err != nil {
			return editorDoneMsg{err: err}
		}
		data, rerr := os.ReadFile(path)
		if rerr != nil {
			return editorDoneMsg{err: rerr}
		}
		return editorDoneMsg{text: strings.TrimRight(string(data), "\n")}
	})
}

func (m *Model) editorDone(msg editorDoneMsg) tea.Cmd {
	if msg.err != nil {
		// The text on screen is untouched.
		m.setStatus(m.ctx.T("tui.editor_failed", msg.err.Error()), true)
		return m.setFocus(0)
	}
	m.vent.SetValue(msg.text)
	m.setStatus("", false)
	return tea.Batch(m.setFocus(0), m.changed())
}
