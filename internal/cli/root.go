package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/safefile"
	"github.com/debrief-app/debrief/internal/tui"
	"github.com/spf13/cobra"
)

// Main runs debrief with the process's arguments and streams and returns
// the exit code.
func Main() int {
	return Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv, time.Now)
}

// Run runs debrief with explicit streams and environment.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string, now func() time.Time) (code int) {
	a := &App{Stdin: stdin, Stdout: stdout, Stderr: stderr, Getenv: getenv, Now: now}
	a.langFlag, a.dbFlag = preScan(args)
	a.Paths = config.Resolve(getenv, a.dbFlag)
	// Editor files a crashed debrief left behind hold private text: every
	// start removes them, whatever it runs.
	safefile.RemoveEditorLeftovers(tui.EditorDir(a.Paths.DataDir), now())
	// `debrief --version` alone answers before the config is read and the
	// commands are built: a script or a package manager asking for the
	// version pays little more than the process's start (make bench). The
	// same line as cobra's version template (TestVersionWithoutTheCommands).
	if len(args) == 1 && (args[0] == "--version" || args[0] == "-v") {
		fmt.Fprintf(stdout, "debrief %s\n", Version)
		return 0
	}
	a.Cfg, a.cfgCreated, a.cfgErr = config.Load(a.Paths.Config)
	a.P = i18n.New(a.chooseLang())
	if a.cfgErr != nil {
		a.Cfg = config.Default()
	}
	defer func() {
		// A bug must never show a person a Go stack trace.
		if r := recover(); r != nil {
			fmt.Fprintln(stderr, "debrief: "+a.P.T("err.internal", fmt.Sprint(r)))
			code = 1
		}
	}()
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := a.execute(root)
	if err != nil && err != errQuiet {
		var ue *usageError
		if msg, ok := a.flagMistake(err); ok && !errors.As(err, &ue) {
			err = &usageError{msg: msg + a.P.T("hint.help")}
		}
		printError(stderr, a.withBackupHint(a.Explain(err), err))
	}
	return ExitCode(err)
}

// preScan finds --lang and --db before cobra runs: the language decides
// the words of the help itself.
func preScan(args []string) (lang, db string) {
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			break
		}
		for _, name := range []string{"lang", "db"} {
			var v string
			switch {
			case arg == "--"+name && i+1 < len(args):
				v = args[i+1]
			case strings.HasPrefix(arg, "--"+name+"="):
				v = strings.TrimPrefix(arg, "--"+name+"=")
			default:
				continue
			}
			if name == "lang" {
				lang = v
			} else {
				db = v
			}
		}
	}
	return lang, db
}

// chooseLang: --lang, then the config, then the locale.
func (a *App) chooseLang() i18n.Lang {
	if l, ok := i18n.Parse(a.langFlag); ok {
		return l
	}
	if l, ok := i18n.Parse(a.Cfg.Lang); ok && a.cfgErr == nil {
		return l
	}
	return i18n.FromLocale(a.Getenv)
}

func (a *App) rootCommand() *cobra.Command {
	p := a.P
	root := &cobra.Command{
		Use:           "debrief",
		Short:         p.T("root.short"),
		Long:          p.T("root.long"),
		Version:       Version,
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          noArgs(a),
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if a.langFlag != "" {
				if _, ok := i18n.Parse(a.langFlag); !ok {
					return usagef("%s", p.T("err.bad_lang", a.langFlag))
				}
			}
			if a.cfgErr != nil && cmd.Annotations["config"] != "optional" {
				return a.cfgErr
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error { return a.runRoot(cmd) },
	}
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		if msg, ok := a.flagMistake(err); ok {
			return usagef("%s", msg+p.T("hint.help_cmd", cmd.CommandPath()))
		}
		return &usageError{msg: err.Error()}
	})
	// --db and --lang were read by preScan before cobra ran; these only
	// declare them for parsing and help.
	var db, lang string
	root.PersistentFlags().StringVar(&db, "db", "", p.T("flag.db"))
	root.PersistentFlags().StringVar(&lang, "lang", "", p.T("flag.lang"))
	root.PersistentFlags().BoolP("help", "h", false, p.T("flag.help"))
	root.Flags().BoolP("version", "v", false, p.T("flag.version"))
	root.SetVersionTemplate("debrief {{.Version}}\n")
	root.SetHelpCommand(a.helpCommand())
	root.AddGroup(&cobra.Group{ID: "journal", Title: p.T("group.journal")},
		&cobra.Group{ID: "data", Title: p.T("group.data")},
		&cobra.Group{ID: "other", Title: p.T("group.other")})
	for _, c := range a.commands() {
		root.AddCommand(c)
	}
	a.registerCompletions(root)
	return root
}

// noArgs refuses arguments with a usage error (exit 2).
func noArgs(a *App) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 && !cmd.HasParent() {
			return usagef("%s", a.P.T("err.unknown_command", args[0])+a.P.T("hint.help"))
		}
		if len(args) > 0 {
			return usagef("%s", a.P.T("err.unexpected_arg", args[0], cmd.CommandPath()))
		}
		return nil
	}
}

// maxArgs allows up to n arguments.
func maxArgs(a *App, n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return usagef("%s", a.P.T("err.unexpected_arg", args[n], cmd.CommandPath()))
		}
		return nil
	}
}

// exactArgs requires exactly n arguments; what names them for the message.
func exactArgs(a *App, n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usagef("%s", a.P.T("err.missing_arg", what, cmd.CommandPath()))
		}
		return maxArgs(a, n)(cmd, args)
	}
}
