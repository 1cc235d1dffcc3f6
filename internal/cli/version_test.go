package cli

import (
	"bytes"
	"testing"
	"time"
)

// `debrief --version` (and -v) alone answers before the commands are
// built; its line is the one cobra prints when the flag comes with others
// (there, through the version template), and it needs no config or
// journal.
func TestVersionWithoutTheCommands(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"XDG_DATA_HOME": dir, "XDG_CONFIG_HOME": dir, "LANG": "zh_CN.UTF-8"}
	run := func(args ...string) string {
		var out, errOut bytes.Buffer
		if code := Run(args, nil, &out, &errOut, func(k string) string { return env[k] }, time.Now); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut.String())
		}
		return out.String()
	}
	viaCobra := run("--lang", "en", "--version")
	if viaCobra != "debrief "+Version+"\n" {
		t.Fatalf("cobra prints %q", viaCobra)
	}
	for _, flag := range []string{"--version", "-v"} {
		if got := run(flag); got != viaCobra {
			t.Errorf("%s: %q, cobra %q", flag, got, viaCobra)
		}
	}
}
