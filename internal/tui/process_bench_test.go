package tui

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/store"
	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal of cols×rows: the master to read what
// the program draws, the slave to hand it as its terminal.
func openPTY(cols, rows int) (master, slave *os.File, err error) {
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, nil, err
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		m.Close()
		return nil, nil, err
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		m.Close()
		return nil, nil, err
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		return nil, nil, err
	}
	ws := &unix.Winsize{Row: uint16(rows), Col: uint16(cols)}
	if err := unix.IoctlSetWinsize(int(s.Fd()), unix.TIOCSWINSZ, ws); err != nil {
		m.Close()
		s.Close()
		return nil, nil, err
	}
	return m, s, nil
}

// BenchmarkProcessFirstFrame is `debrief` as a person starts it: exec the
// real binary on a terminal (a pty, 120×40) with a ten-year journal, until
// home with the recent entries is on the screen. Budget: 30 ms.
func BenchmarkProcessFirstFrame(b *testing.B) {
	if _, err := os.Stat("/dev/ptmx"); err != nil {
		b.Skip("no pseudo-terminals here")
	}
	dir := b.TempDir()
	bin := filepath.Join(dir, "debrief")
	build := exec.Command("go", "build", "-o", bin, "../../cmd/debrief")
	build.Env = append(os.Environ(), "CGO_ENABLED=0") // built as `make build` builds it
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "TERM=xterm-256color", "LANG=zh_CN.UTF-8",
		"XDG_DATA_HOME=" + dir + "/data", "XDG_CONFIG_HOME=" + dir + "/config", "DEBRIEF_TODAY=2026-11-25"}
	getenv := func(k string) string {
		for _, kv := range env {
			if len(kv) > len(k) && kv[:len(k)+1] == k+"=" {
				return kv[len(k)+1:]
			}
		}
		return ""
	}
	paths := config.Resolve(getenv, "")
	err := store.Write(paths.DB, store.Options{}, func(tx *store.Tx) error {
		_, err := archive.Apply(tx, gen.Journal(10, 1, testToday), false, false, nil)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	marker := []byte("最近的复盘")
	b.ResetTimer()
	for b.Loop() {
		master, slave, err := openPTY(120, 40)
		if err != nil {
			b.Skipf("pty: %v", err)
		}
		cmd := exec.Command(bin)
		cmd.Env = env
		cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		var seen []byte
		buf := make([]byte, 64*1024)
		master.SetReadDeadline(time.Now().Add(5 * time.Second))
		for !bytes.Contains(seen, marker) {
			n, err := master.Read(buf)
			if err != nil {
				b.Fatalf("no first frame: %v\n%q", err, seen)
			}
			seen = append(seen, buf[:n]...)
		}
		b.StopTimer()
		cmd.Process.Kill()
		cmd.Wait()
		master.Close()
		slave.Close()
		b.StartTimer()
	}
}
