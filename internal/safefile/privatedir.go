package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// ErrUnsafeDir: a directory that is to hold private files (the editor
// files with a vent in them) is not a plain directory of this user's: a
// symbolic link would send the files, and the clean-up that deletes them,
// somewhere else; a directory of another user could be read by them.
var ErrUnsafeDir = errors.New("not a private directory")

// PrivateDir makes dir (0700) when it is missing, and otherwise makes sure
// it is a directory, not a symbolic link, owned by this user, and 0700.
func PrivateDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		if fi, lerr := os.Lstat(dir); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
			return unsafeDir(dir, "it is a symbolic link")
		}
		return err
	}
	if err := CheckPrivateDir(dir); err != nil {
		return err
	}
	return os.Chmod(dir, 0o700)
}

// CheckPrivateDir says why dir can't hold private files, or nil (it may
// still need its mode tightened: PrivateDir does that).
func CheckPrivateDir(dir string) error {
	fi, err := os.Lstat(dir)
	if err != nil {
		return err
	}
	switch {
	case fi.Mode()&fs.ModeSymlink != 0:
		return unsafeDir(dir, "it is a symbolic link")
	case !fi.IsDir():
		return unsafeDir(dir, "it is not a directory")
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok && int(st.Uid) != os.Getuid() {
		return unsafeDir(dir, fmt.Sprintf("it belongs to user %d, not to you (%d)", st.Uid, os.Getuid()))
	}
	return nil
}

func unsafeDir(dir, why string) error {
	return fmt.Errorf("%s: %w: %s; debrief keeps editor files only in a directory of your own: remove it, and debrief makes a new one", dir, ErrUnsafeDir, why)
}
