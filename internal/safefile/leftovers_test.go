package safefile

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"
)

func TestRemoveEditorLeftovers(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	// A process that has ended: its id is free.
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip("no true(1)")
	}
	deadPID := strconv.Itoa(dead.Process.Pid)
	files := map[string]time.Duration{ // name → age
		"edit-" + deadPID + "-111.txt":                 time.Minute,    // its debrief is gone
		"edit-" + strconv.Itoa(os.Getpid()) + "-2.txt": 48 * time.Hour, // ours, still editing
		"edit-1-3.txt":                48 * time.Hour,  // pid 1 is alive
		"edit-55555.txt":              25 * time.Hour,  // no pid, untouched past a day
		"edit-66666.txt":              11 * time.Hour,  // no pid, maybe still open
		"notes.txt":                   100 * time.Hour, // not an editor file
		"edit-" + deadPID + "-4.json": time.Hour,       // not an editor file
	}
	for name, age := range files {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte("vent"), 0o600)
		os.Chtimes(p, now.Add(-age), now.Add(-age))
	}
	got := RemoveEditorLeftovers(dir, now)
	slices.Sort(got)
	want := []string{"edit-" + deadPID + "-111.txt", "edit-55555.txt"}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("removed %v, want %v", got, want)
	}
	for name := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		if gone := err != nil; gone != slices.Contains(want, name) {
			t.Errorf("%s: gone=%v", name, gone)
		}
	}
	if RemoveEditorLeftovers(filepath.Join(dir, "missing"), now) != nil {
		t.Error("a missing directory is not an error")
	}
}
