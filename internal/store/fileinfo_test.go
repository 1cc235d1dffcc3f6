package store

import (
	"errors"
	"io/fs"
	"syscall"
	"testing"
)

// What the operating system refuses is said as such, never "damaged".
func TestRefusalsOfTheSystemAreNotDamage(t *testing.T) {
	for _, c := range []struct {
		errno syscall.Errno
		want  error
	}{{syscall.EROFS, ErrReadOnlyFS}, {syscall.EACCES, ErrNoPermission}, {syscall.EPERM, ErrNoPermission}} {
		err := classifyOpen("/j.db", &fs.PathError{Op: "open", Path: "/j.db", Err: c.errno})
		if !errors.Is(err, c.want) || errors.Is(err, ErrDamaged) {
			t.Errorf("%v on open: %v", c.errno, err)
		}
	}
	if err := mapWriteErr(&fs.PathError{Op: "write", Path: "/j.db", Err: syscall.EROFS}); !errors.Is(err, ErrReadOnlyFS) {
		t.Errorf("EROFS on write: %v", err)
	}
}
