package cli

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/spf13/cobra"
)

func (a *App) pinCommand() *cobra.Command {
	var remove bool
	cmd := &cobra.Command{
		Use:     "pin DATE [CASE-NUMBER]",
		Short:   a.P.T("pin.short"),
		Long:    a.P.T("pin.long"),
		GroupID: "journal",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("%s", a.P.T("err.missing_arg", "DATE", cmd.CommandPath()))
			}
			return maxArgs(a, 2)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			date, err := a.parseDateArg("DATE", args[0])
			if err != nil {
				return err
			}
			n := 0
			if len(args) == 2 {
				if n, err = strconv.Atoi(args[1]); err != nil || n < 1 {
					return usagef("%s", a.P.T("pin.bad_number", args[1]))
				}
			}
			cases, err := a.Journal().Pin(date, n, !remove)
			switch {
			case errors.Is(err, day.ErrNotFound):
				return fmt.Errorf("%s", a.P.T("show.no_entry", date))
			case errors.Is(err, day.ErrNoCase) && len(cases) == 0:
				return fmt.Errorf("%s", a.P.T("pin.no_cases", date))
			case errors.Is(err, day.ErrNoCase):
				return fmt.Errorf("%s", a.P.T("pin.no_case", date, len(cases), n))
			case err != nil:
				return err
			}
			key := "pin.pinned"
			if remove {
				key = "pin.unpinned"
			}
			for i, c := range cases {
				if n == 0 || i == n-1 {
					fmt.Fprintln(a.Stdout, a.P.T(key, date, i+1, safetext.Line(c.Title)))
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&remove, "remove", false, a.P.T("flag.pin_remove"))
	return cmd
}
