package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// regularFile refuses, before anything opens it, a path that is not a
// regular file: a FIFO would block an open for ever, a device or a socket
// is never a journal. A symlink is followed; one that points nowhere is
// ErrDanglingLink wherever it is met.
func regularFile(path string) error {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		if li, lerr := os.Lstat(path); lerr == nil && li.Mode()&fs.ModeSymlink != 0 {
			return fmt.Errorf("%s: %w", path, ErrDanglingLink)
		}
	}
	if err != nil {
		return fileError(path, err)
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("%s: %w (%s)", path, ErrNotJournal, fileKind(fi.Mode()))
	}
	return nil
}

func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a regular file"
}

// fileError names what the operating system refused: a read-only file
// system (EROFS) or a missing permission (EACCES, EPERM) is never "damaged".
// Other errors are returned as they are.
func fileError(path string, err error) error {
	switch {
	case errors.Is(err, syscall.EROFS):
		return fmt.Errorf("%s: %w (%v)", path, ErrReadOnlyFS, err)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%s: %w (%v)", path, ErrNoPermission, err)
	}
	return err
}
