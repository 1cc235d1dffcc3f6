package report

import (
	"encoding/json"
	"io"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/safetext"
)

// WriteJSON writes the document as JSON: the same content as the other
// formats, with codes (shift kinds, outcomes, statuses) instead of words.
// Text is kept exactly as typed and escaped by JSON (controls, DEL, C1
// controls and bidi overrides as \u escapes), so it is harmless to print
// and reads back unchanged.
func WriteJSON(w io.Writer, d *Document, p *i18n.Printer) error {
	enc := json.NewEncoder(safetext.JSON(w))
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Lang i18n.Lang `json:"lang"`
		*Document
	}{p.Lang, d})
}
