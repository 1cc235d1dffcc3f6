package cli

import (
	"errors"
	"fmt"
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
			err := config.Set(a.Paths.Config, args[0], args[1])
			if errors.Is(err, config.ErrNotSettable) {
				return usagef("%s", a.P.T("err.bad_choice", "KEY", args[0], strings.Join(config.Settable, ", ")))
			}
			if err != nil {
				return err
			}
			fmt.Fprintln(a.Stdout, a.P.T("config.set.done", args[0], safetext.Line(strings.TrimSpace(args[1]))))
			return nil
		},
	})
	return cmd
}
