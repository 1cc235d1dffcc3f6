package safefile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteIsAtomicAndPrivate(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.md")
	if err := WriteBytes(p, 0o600, []byte("第一版")); err != nil {
		t.Fatal(err)
	}
	fail := errors.New("disk on fire")
	err := Write(p, 0o600, func(w io.Writer) error { w.Write([]byte("半")); return fail })
	if !errors.Is(err, fail) {
		t.Fatalf("err %v", err)
	}
	got, _ := os.ReadFile(p)
	fi, _ := os.Stat(p)
	if string(got) != "第一版" || fi.Mode().Perm() != 0o600 {
		t.Errorf("content %q mode %v", got, fi.Mode())
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if len(left) != 0 {
		t.Errorf("temp files left: %v", left)
	}
}
