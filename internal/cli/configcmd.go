package cli

import (
	"fmt"

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
	return cmd
}
