package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/safefile"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/spf13/cobra"
)

// `debrief private enable|disable|passphrase|status`: sealing the vent
// (docs/PRIVACY.md).
func (a *App) privateCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "private",
		Short:   a.P.T("private.short"),
		Long:    a.P.T("private.long"),
		GroupID: "data",
		Args:    noArgs(a),
		RunE:    func(cmd *cobra.Command, args []string) error { return a.privateStatus() },
	}
	cmd.AddCommand(a.privateEnable(), a.privateDisable(), a.privatePassphrase(), &cobra.Command{
		Use:   "status",
		Short: a.P.T("private.status.short"),
		Args:  noArgs(a),
		RunE:  func(cmd *cobra.Command, args []string) error { return a.privateStatus() },
	})
	return cmd
}

func (a *App) privateStatus() error {
	p, err := a.Journal().Privacy()
	if err != nil {
		return err
	}
	if !p.Sealed {
		fmt.Fprintln(a.Stdout, a.P.T("private.status.off", p.Vents, p.Drafts))
		return nil
	}
	kind := a.P.T("private.kind.x25519")
	if p.Hybrid {
		kind = a.P.T("private.kind.hybrid")
	}
	fmt.Fprintln(a.Stdout, a.P.T("private.status.on", p.SealedVents, p.Drafts, kind, short(p.Recipient)))
	return nil
}

// short shows the start and end of a long public key.
func short(s string) string {
	if len(s) <= 24 {
		return s
	}
	return s[:12] + "…" + s[len(s)-8:]
}

func (a *App) privateEnable() *cobra.Command {
	var passFile, recovery string
	cmd := &cobra.Command{
		Use:   "enable",
		Short: a.P.T("private.enable.short"),
		Long:  a.P.T("private.enable.long"),
		Args:  noArgs(a),
		RunE: func(cmd *cobra.Command, args []string) error {
			j := a.Journal()
			if p, err := j.Privacy(); err != nil {
				return err
			} else if p.Sealed {
				return fmt.Errorf("%s", a.P.T("private.already_on"))
			}
			if recovery != "" {
				if dir := filepath.Dir(recovery); !isDir(dir) {
					return fmt.Errorf("%s", a.P.T("err.no_dir", recovery, dir))
				}
			}
			if a.asks(passFile) {
				fmt.Fprintln(a.Stderr, a.P.T("private.enable.intro"))
			}
			pass, err := a.passphrase(passFile, a.P.T("pass.new_prompt"), true)
			if errors.Is(err, errNoPassphrase) {
				return fmt.Errorf("%s", a.P.T("private.need_passphrase", "enable"))
			}
			if err != nil {
				return err
			}
			defer clear(pass)
			var en day.Enabled
			err = a.busy(a.P.T("pass.sealing"), func() error {
				var err error
				en, err = j.EnablePrivacy(pass)
				return err
			})
			if err != nil {
				return err
			}
			fmt.Fprintln(a.Stdout, a.P.N("private.enabled", en.Vents))
			fmt.Fprintln(a.Stdout, a.P.T("private.forgotten"))
			a.snapshotReport(en.Snapshots)
			if files := plainArchives(a.Paths.Backups); len(files) > 0 {
				fmt.Fprintln(a.Stdout, a.P.N("private.plain_archives", len(files), safetext.Line(strings.Join(files, ", "))))
			}
			return a.offerRecovery(recovery, en.Recovery)
		},
	}
	cmd.Flags().StringVar(&passFile, "passphrase-file", "", a.passFlagHelp())
	cmd.Flags().StringVar(&recovery, "recovery-copy", "", a.P.T("flag.recovery_copy"))
	return cmd
}

// offerRecovery writes the recovery copy to path; with no path, on a
// terminal, it asks once for a file name (Enter: none).
func (a *App) offerRecovery(path, armored string) error {
	if path == "" {
		in, ok := a.Stdin.(*os.File)
		if !ok || !ttyFile(in) {
			fmt.Fprintln(a.Stdout, a.P.T("private.recovery_none"))
			return nil
		}
		fmt.Fprint(a.Stderr, a.P.T("private.recovery_ask"))
		line, _ := bufio.NewReader(in).ReadString('\n')
		if path = strings.TrimSpace(line); path == "" {
			fmt.Fprintln(a.Stdout, a.P.T("private.recovery_none"))
			return nil
		}
	}
	if err := safefile.WriteBytes(path, 0o600, []byte(armored)); err != nil {
		return fmt.Errorf("%s", a.P.T("err.write_file", path, err))
	}
	fmt.Fprintln(a.Stdout, a.P.T("private.recovery_written", safetext.Line(path)))
	return nil
}

// snapshotReport tells what a change of sealing did to the backups.
func (a *App) snapshotReport(changes []day.SnapshotChange) {
	rewritten := 0
	for _, c := range changes {
		if !c.Removed {
			rewritten++
		}
	}
	if rewritten > 0 {
		fmt.Fprintln(a.Stdout, a.P.N("private.backups_rewritten", rewritten))
	}
	// Deleted snapshots are told by the journal's warnings.
}

// plainArchives lists the JSON archives in dir that hold a vent in plain
// text: debrief never rewrites a person's own files, so it says so.
func plainArchives(dir string) []string {
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	var out []string
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil && bytes.Contains(b, []byte(`"vent": `)) {
			out = append(out, filepath.Base(f))
		}
	}
	return out
}

func (a *App) privateDisable() *cobra.Command {
	var passFile string
	cmd := &cobra.Command{
		Use:   "disable",
		Short: a.P.T("private.disable.short"),
		Long:  a.P.T("private.disable.long"),
		Args:  noArgs(a),
		RunE: func(cmd *cobra.Command, args []string) error {
			j, pass, err := a.sealedJournal("disable", passFile, a.P.T("pass.prompt"))
			if err != nil {
				return err
			}
			defer clear(pass)
			var n int
			var snaps []day.SnapshotChange
			err = a.busy(a.P.T("pass.unlocking"), func() error {
				var err error
				n, snaps, err = j.DisablePrivacy(pass)
				return err
			})
			if err != nil {
				return err
			}
			fmt.Fprintln(a.Stdout, a.P.N("private.disabled", n))
			a.snapshotReport(snaps)
			return nil
		},
	}
	cmd.Flags().StringVar(&passFile, "passphrase-file", "", a.passFlagHelp())
	return cmd
}

func (a *App) privatePassphrase() *cobra.Command {
	var passFile, newFile string
	cmd := &cobra.Command{
		Use:   "passphrase",
		Short: a.P.T("private.passphrase.short"),
		Long:  a.P.T("private.passphrase.long"),
		Args:  noArgs(a),
		RunE: func(cmd *cobra.Command, args []string) error {
			j, old, err := a.sealedJournal("passphrase", passFile, a.P.T("pass.current_prompt"))
			if err != nil {
				return err
			}
			defer clear(old)
			next, err := a.newPassphrase(newFile, a.P.T("pass.new_prompt"), true)
			if errors.Is(err, errNoPassphrase) {
				return fmt.Errorf("%s", a.P.T("private.need_new_passphrase"))
			}
			if err != nil {
				return err
			}
			defer clear(next)
			var snaps []day.SnapshotChange
			err = a.busy(a.P.T("pass.unlocking"), func() error {
				var err error
				snaps, err = j.ChangePassphrase(old, next)
				return err
			})
			if err != nil {
				return err
			}
			fmt.Fprintln(a.Stdout, a.P.T("private.passphrase_changed"))
			a.snapshotReport(snaps)
			return nil
		},
	}
	cmd.Flags().StringVar(&passFile, "passphrase-file", "", a.passFlagHelp())
	cmd.Flags().StringVar(&newFile, "new-passphrase-file", "", a.P.T("flag.new_passphrase_file"))
	return cmd
}

// sealedJournal is the opening of the commands that need the vents sealed
// and their passphrase (disable, passphrase): the journal, refused when
// sealing is off, and the passphrase from the file or the terminal (the
// caller clears it). sub names the command in the need-a-passphrase error.
func (a *App) sealedJournal(sub, passFile, prompt string) (*day.Journal, []byte, error) {
	j := a.Journal()
	if p, err := j.Privacy(); err != nil {
		return nil, nil, err
	} else if !p.Sealed {
		return nil, nil, fmt.Errorf("%s", a.P.T("private.already_off"))
	}
	pass, err := a.passphrase(passFile, prompt, false)
	if errors.Is(err, errNoPassphrase) {
		return nil, nil, fmt.Errorf("%s", a.P.T("private.need_passphrase", sub))
	}
	if err != nil {
		return nil, nil, err
	}
	return j, pass, nil
}
