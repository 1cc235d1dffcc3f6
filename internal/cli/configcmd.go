package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/spf13/cobra"
)

func (a *App) configCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:         "config",
		Short:       a.P.T("config.short"),
		GroupID:     "data",
		Args:        noArgs(a),
		Annotations: map[string]string{"config": "optional"},
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	cmd.AddCommand(&cobra.Command{
		Use:         "path",
		Short:       a.P.T("config.path.short"),
		Args:        noArgs(a),
		Annotations: map[string]string{"config": "optional"},
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintln(a.Stdout, a.Paths.Config)
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:         "set KEY VALUE",
		Short:       a.P.T("config.set.short"),
		Long:        a.P.T("config.set.long", strings.Join(config.Settable, ", ")),
		Args:        exactArgs(a, 2, "KEY VALUE"),
		Annotations: map[string]string{"config": "optional"},
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(config.Settable, args[0]) {
				return usagef("%s", a.P.T("err.bad_choice", "KEY", args[0], strings.Join(config.Settable, ", ")))
			}
			if !config.ValidProfile(args[1]) {
				return usagef("%s", a.P.T("config.set.bad", args[0], a.P.T("config.want."+args[0], "")))
			}
			err := config.Set(a.Paths.Config, args[0], args[1])
			if err != nil {
				return err
			}
			fmt.Fprintln(a.Stdout, a.P.T("config.set.done", args[0], safetext.Line(strings.TrimSpace(args[1]))))
			return nil
		},
	})
	return cmd
}
