package safefile

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// StaleAfter is how long an editor file without an owner's process id must
// lie untouched before it counts as left over: longer than any shift, so a
// vent open in an editor all day is never taken away.
const StaleAfter = 24 * time.Hour

// RemoveEditorLeftovers deletes the editor files (edit-*.txt) in dir that
// no running debrief can still be editing, and returns their names. They
// hold private text (a vent) and are normally removed as soon as the
// editor closes; a crash or a kill leaves them behind.
//
// The rule never takes a file from a live editor session:
//   - edit-<pid>-*.txt names the debrief that made it: removed only when
//     no process with that id exists (a reused id keeps it, which errs on
//     the safe side until that process ends);
//   - any other edit-*.txt is removed only when untouched for StaleAfter
//     (editors write the file when saving, which renews its time).
//
// A dir that is not a private directory of this user's (a symbolic link,
// another user's) is left alone: its files are not debrief's to delete.
func RemoveEditorLeftovers(dir string, now time.Time) []string {
	if CheckPrivateDir(dir) != nil {
		return nil
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var removed []string
	for _, e := range ents {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, "edit-") || !strings.HasSuffix(name, ".txt") {
			continue
		}
		if pid, ok := ownerPID(name); ok {
			if pid == os.Getpid() || processExists(pid) {
				continue
			}
		} else if fi, err := e.Info(); err != nil || now.Sub(fi.ModTime()) < StaleAfter {
			continue
		}
		if os.Remove(filepath.Join(dir, name)) == nil {
			removed = append(removed, name)
		}
	}
	return removed
}

// ownerPID reads the process id of edit-<pid>-<random>.txt.
func ownerPID(name string) (int, bool) {
	rest := strings.TrimPrefix(name, "edit-")
	i := strings.IndexByte(rest, '-')
	if i <= 0 {
		return 0, false
	}
	pid, err := strconv.Atoi(rest[:i])
	return pid, err == nil && pid > 0
}

// processExists asks the kernel with signal 0: ESRCH means no such process;
// EPERM means it exists but belongs to someone else.
func processExists(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
