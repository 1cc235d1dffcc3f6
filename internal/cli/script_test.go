package cli

import (
	"errors"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"github.com/debrief-app/debrief/internal/seal"
	"github.com/rogpeppe/go-internal/testscript"
)

// The .txtar scripts in testdata/script run the real debrief command, good
// input and bad, the way a person types it.
func TestMain(m *testing.M) {
	// A passphrase is wrapped at the factor stored with it: 18 costs 0.8 s
	// (and far more under -race), so the tests wrap at 10.
	seal.WorkFactor = 10
	commands := map[string]func(){
		"debrief": func() { os.Exit(Main()) },
	}
	for name, f := range helpers { // reliability_test.go
		commands[name] = f
	}
	testscript.Main(m, commands)
}

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("XDG_DATA_HOME", env.WorkDir+"/data")
			env.Setenv("XDG_CONFIG_HOME", env.WorkDir+"/config")
			env.Setenv("DEBRIEF_TODAY", "2026-11-25")
			env.Setenv("LANG", "en_US.UTF-8")
			env.Setenv("NO_COLOR", "1")
			// Under -race every debrief process would sleep 1 s at exit.
			env.Setenv("GORACE", "atexit_sleep_ms=0")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// exitcode N CMD ARGS... runs CMD and requires exit code N;
			// stdout and stderr are kept for the next checks.
			"exitcode": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) < 2 {
					ts.Fatalf("usage: exitcode N command args...")
				}
				want, err := strconv.Atoi(args[0])
				ts.Check(err)
				err = ts.Exec(args[1], args[2:]...)
				got := 0
				var ee *exec.ExitError
				if errors.As(err, &ee) {
					got = ee.ExitCode()
				} else if err != nil {
					ts.Fatalf("%v", err)
				}
				if got != want {
					ts.Fatalf("exit code %d, want %d", got, want)
				}
			},
		},
	})
}
