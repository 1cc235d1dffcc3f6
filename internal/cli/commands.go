package cli

import "github.com/spf13/cobra"

// commands lists every subcommand; each lives in its own file.
func (a *App) commands() []*cobra.Command {
	return []*cobra.Command{
		a.showCommand(),
		a.listCommand(),
		a.offCommand(),
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
		// The app (internal/tui): the debrief flow and quick notes.
		a.newCommand(),
		a.editCommand(),
		a.jotCommand(),
	}
}
