package report

import (
	"io"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/jsonout"
)

// WriteJSON writes the document as JSON: the same content as the other
// formats, with codes (shift kinds, outcomes, statuses) instead of words.
// Text is kept exactly as typed and escaped by JSON (controls, DEL, C1
// controls and bidi overrides as \u escapes), so it is harmless to print
// and reads back unchanged.
func WriteJSON(w io.Writer, d *Document, p *i18n.Printer) error {
	jw := jsonout.New(w)
	jw.Encode(struct {
		Lang i18n.Lang `json:"lang"`
		*Document
	}{p.Lang, d})
	return jw.Flush()
}
