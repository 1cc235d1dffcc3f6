package safefile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// <data dir>/tmp holds editor files with a vent in them: a symbolic link
// there is refused (nothing written, chmodded or deleted at its target),
// and so is a directory of another user; a missing or loose one is made
// private.
func TestPrivateDirRefusesLinksAndOtherUsers(t *testing.T) {
	base := t.TempDir()
	fresh := filepath.Join(base, "data", "tmp")
	if err := PrivateDir(fresh); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(fresh); fi.Mode().Perm() != 0o700 {
		t.Errorf("new dir mode %v", fi.Mode())
	}
	os.Chmod(fresh, 0o755)
	if err := PrivateDir(fresh); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(fresh); fi.Mode().Perm() != 0o700 {
		t.Errorf("loose dir not tightened: %v", fi.Mode())
	}

	elsewhere := filepath.Join(base, "shared")
	os.Mkdir(elsewhere, 0o755)
	old := filepath.Join(elsewhere, "edit-1-1.txt") // pid 1 lives, but this is not ours
	os.WriteFile(old, []byte("someone's file"), 0o644)
	os.Chtimes(old, time.Now().Add(-72*time.Hour), time.Now().Add(-72*time.Hour))
	stale := filepath.Join(elsewhere, "edit-77.txt")
	os.WriteFile(stale, []byte("x"), 0o644)
	os.Chtimes(stale, time.Now().Add(-72*time.Hour), time.Now().Add(-72*time.Hour))
	link := filepath.Join(base, "data2", "tmp")
	os.MkdirAll(filepath.Dir(link), 0o700)
	if err := os.Symlink(elsewhere, link); err != nil {
		t.Fatal(err)
	}
	if err := PrivateDir(link); !errors.Is(err, ErrUnsafeDir) {
		t.Errorf("a symbolic link: %v", err)
	}
	if fi, _ := os.Stat(elsewhere); fi.Mode().Perm() != 0o755 {
		t.Errorf("the link's target was chmodded: %v", fi.Mode())
	}
	if got := RemoveEditorLeftovers(link, time.Now()); got != nil {
		t.Errorf("files deleted through a link: %v", got)
	}
	if _, err := os.Stat(stale); err != nil {
		t.Error("a file at the link's target is gone")
	}

	theirs := filepath.Join(base, "theirs")
	os.Mkdir(theirs, 0o700)
	if err := os.Chown(theirs, 65534, 65534); err != nil || os.Getuid() == 65534 {
		t.Skipf("can't give a directory to another user here: %v", err)
	}
	if err := PrivateDir(theirs); !errors.Is(err, ErrUnsafeDir) {
		t.Errorf("another user's directory: %v", err)
	}
}
