package cli

import (
	"encoding/json"

	"github.com/debrief-app/debrief/internal/jsonout"
	"github.com/debrief-app/debrief/internal/safetext"
)

// printJSON prints v as the --json output of a command: the person's text
// as typed (no HTML escaping) with the characters a terminal would act on
// escaped; indented two spaces when indent, written in one pass by
// jsonout (what encoding/json's indenting Encoder through safetext.JSON
// wrote), compact otherwise.
func (a *App) printJSON(v any, indent bool) error {
	if indent {
		w := jsonout.New(a.Stdout)
		w.Encode(v)
		return w.Flush()
	}
	enc := json.NewEncoder(safetext.JSON(a.Stdout))
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
