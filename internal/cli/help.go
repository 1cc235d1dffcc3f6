package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"charm.land/fang/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/spf13/cobra"
)

// execute runs the command tree through fang: styled help, `debrief
// completion bash|zsh|fish|powershell`, `debrief man` and --version. Errors
// are not fang's to print: Run words them in one line, in the person's
// language, starting "debrief:".
func (a *App) execute(root *cobra.Command) error {
	root.SetCompletionCommandGroupID("other")
	root.InitDefaultCompletionCmd()
	a.localizeCompletion(root)
	// fang's help titles are fixed English words; in Chinese they are
	// replaced on their own line, nowhere else (no command writes through
	// cobra's output: commands write to a.Stdout).
	root.SetOut(&titleWriter{w: a.Stdout, titles: helpTitles(a.P)})
	return fang.Execute(context.Background(), root,
		fang.WithVersion(Version),
		fang.WithErrorHandler(func(io.Writer, fang.Styles, error) {}),
	)
}

// errorPrefix is fang's error colour on "debrief:" when stderr is a
// terminal (nothing on a pipe, a file or with NO_COLOR).
var errorPrefix = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Red)

// printError writes an error as the person sees it: one line, starting
// "debrief:".
func printError(stderr io.Writer, line string) {
	fmt.Fprintln(colorprofile.NewWriter(stderr, os.Environ()), errorPrefix.Render("debrief:")+" "+line)
}

// helpTitles maps fang's section titles (as it prints them, upper case) to
// the person's language; nil when they are already in it.
func helpTitles(p *i18n.Printer) map[string]string {
	if p.Lang != i18n.ZH {
		return nil
	}
	return map[string]string{
		"USAGE":    p.T("help.usage"),
		"EXAMPLES": p.T("help.examples"),
		"COMMANDS": p.T("help.more_commands"),
		"FLAGS":    p.T("help.flags"),
	}
}

// titleWriter replaces a help title that stands alone on its line.
type titleWriter struct {
	w      io.Writer
	titles map[string]string
}

func (t *titleWriter) Write(b []byte) (int, error) {
	if len(t.titles) == 0 {
		return t.w.Write(b)
	}
	lines := bytes.Split(b, []byte("\n"))
	for i, line := range lines {
		word := strings.TrimSpace(ansi.Strip(string(line)))
		if to, ok := t.titles[word]; ok {
			lines[i] = bytes.Replace(line, []byte(word), []byte(to), 1)
		}
	}
	if _, err := t.w.Write(bytes.Join(lines, []byte("\n"))); err != nil {
		return 0, err
	}
	return len(b), nil
}

// localizeCompletion words cobra's completion command in the person's
// language (cobra writes it in English) and makes its scripts the only
// thing it prints.
func (a *App) localizeCompletion(root *cobra.Command) {
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		c.Short = a.P.T("completion.short")
		c.Long = a.P.T("completion.long")
		c.Annotations = map[string]string{"config": "optional"}
		for _, sh := range c.Commands() {
			sh.Short = a.P.T("completion.shell", sh.Name())
			sh.Long = a.P.T("completion.long_" + sh.Name())
			for _, f := range []string{"no-descriptions"} {
				if fl := sh.Flags().Lookup(f); fl != nil {
					fl.Usage = a.P.T("flag.no_descriptions")
				}
			}
		}
	}
}

// helpCommand is `debrief help [command]`, in the person's language
// (cobra's own is in English).
func (a *App) helpCommand() *cobra.Command {
	return &cobra.Command{
		Use:         "help [COMMAND]",
		Short:       a.P.T("help.short"),
		GroupID:     "other",
		Annotations: map[string]string{"config": "optional"},
		ValidArgsFunction: func(cmd *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			var names []cobra.Completion
			if len(args) == 0 {
				for _, c := range cmd.Root().Commands() {
					if c.IsAvailableCommand() {
						names = append(names, cobra.CompletionWithDesc(c.Name(), c.Short))
					}
				}
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			target, rest, err := cmd.Root().Find(args)
			if err != nil || len(rest) > 0 {
				name := strings.Join(args, " ")
				return usagef("%s", a.P.T("err.unknown_command", name)+a.P.T("hint.help"))
			}
			return target.Help()
		},
	}
}

// completeChoices offers the values a flag accepts to the shell, each with
// its name in the person's language when it has one.
func completeChoices(p *i18n.Printer, prefix string, values ...string) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		out := make([]cobra.Completion, 0, len(values))
		for _, v := range values {
			if prefix != "" && i18n.Has(prefix+v) {
				out = append(out, cobra.CompletionWithDesc(v, p.T(prefix+v)))
			} else {
				out = append(out, v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// registerCompletions tells the shell the values of the flags that take
// one of a few words.
func (a *App) registerCompletions(root *cobra.Command) {
	reg := func(cmd *cobra.Command, flag string, fn cobra.CompletionFunc) {
		if cmd.Flags().Lookup(flag) != nil || cmd.PersistentFlags().Lookup(flag) != nil {
			_ = cmd.RegisterFlagCompletionFunc(flag, fn)
		}
	}
	reg(root, "lang", completeChoices(a.P, "", "zh", "en"))
	for _, c := range root.Commands() {
		switch c.Name() {
		case "export":
			aud := make([]string, 0, 3)
			for _, x := range report.Audiences {
				aud = append(aud, string(x))
			}
			reg(c, "for", completeChoices(a.P, "audience.", aud...))
			reg(c, "format", completeChoices(a.P, "", exportFormatNames()...))
		case "off":
			reg(c, "reason", completeChoices(a.P, "reason.", journal.OffReasons...))
		case "ideas":
			reg(c, "status", completeChoices(a.P, "status.", journal.IdeaStatuses...))
		}
	}
}
