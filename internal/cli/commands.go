package cli

import (
	"strings"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/spf13/cobra"
)

// commands lists every subcommand; each lives in its own file.
func (a *App) commands() []*cobra.Command {
	return []*cobra.Command{
		a.showCommand(),
		a.listCommand(),
		a.offCommand(),
		a.pinCommand(),
		a.backupCommand(),
		a.importCommand(),
		a.checkCommand(),
		a.restoreCommand(),
		a.privateCommand(),
		a.configCommand(),
		a.statsCommand(),
		a.remindCommand(),
		// Documents for people (internal/report): exports, the week, ideas.
		a.exportCommand(),
		a.weekCommand(),
		a.ideasCommand(),
		a.teamCommand(),
		a.playbookCommand(),
		// The app (internal/tui): the debrief flow and quick notes.
		a.newCommand(),
		a.editCommand(),
		a.jotCommand(),
	}
}

// command is a subcommand with its words from the catalog: use's first
// word names the keys NAME.short and (when the catalog has it) NAME.long.
// The caller sets RunE and the flags.
func (a *App) command(use, group string, args cobra.PositionalArgs) *cobra.Command {
	name, _, _ := strings.Cut(use, " ")
	cmd := &cobra.Command{Use: use, Short: a.P.T(name + ".short"), GroupID: group, Args: args}
	if i18n.Has(name + ".long") {
		cmd.Long = a.P.T(name + ".long")
	}
	return cmd
}
