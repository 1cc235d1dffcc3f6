package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkJotProcess is `debrief jot TEXT` as a person runs it: a whole
// process, from exec to exit, writing one note into today's draft of a
// journal that already exists. Budget: 30 ms.
func BenchmarkJotProcess(b *testing.B) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "debrief")
	build := exec.Command("go", "build", "-o", bin, "../../cmd/debrief")
	build.Env = append(os.Environ(), "CGO_ENABLED=0") // built as `make build` builds it
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	env := append(os.Environ(), "XDG_DATA_HOME="+dir+"/data", "XDG_CONFIG_HOME="+dir+"/config",
		"DEBRIEF_TODAY=2026-11-25", "LANG=zh_CN.UTF-8")
	jot := func() {
		cmd := exec.Command(bin, "jot", "顾客要快递员电话,订单页上没有")
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("jot: %v\n%s", err, out)
		}
	}
	jot() // the journal and the config exist from here on
	b.ResetTimer()
	for b.Loop() {
		jot()
	}
}
