package cli

import (
	"encoding/json"

	"github.com/debrief-app/debrief/internal/safetext"
)

// printJSON prints v as the --json output of a command: the person's text
// as typed (no HTML escaping) with the characters a terminal would act on
// escaped (safetext.JSON); indented two spaces when indent.
func (a *App) printJSON(v any, indent bool) error {
	enc := json.NewEncoder(safetext.JSON(a.Stdout))
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}
