package team

import (
	"io"

	"github.com/debrief-app/debrief/internal/jsonout"
)

// WriteJSON writes the roll-up as JSON (codes, not words), text as typed.
func WriteJSON(w io.Writer, r *Rollup) error {
	jw := jsonout.New(w)
	jw.Encode(struct {
		Format string `json:"format"`
		*Rollup
	}{"debrief-team-report", r})
	return jw.Flush()
}
