package extract

import (
	"strings"

	"actas"
)

// Extraction verdicts, from the most to the least serious: the first that
// applies is the document's, and the detail lists them all.
const (
	VerdictDegraded        = "degraded"          // a step failed; its rows are missing
	VerdictNoOperativePart = "no_operative_part" // no lead-in or heading that opens the agreements
	VerdictNoAgreements    = "no_agreements"     // an operative part with no point found in it
	VerdictUnknownBody     = "unknown_body"      // the body that met is not in bodies.csv
	VerdictNoDate          = "no_date"           // no date of the meeting found
	VerdictOK              = "ok"
)

// verdict judges what extraction understood of a report, so that an analyst
// knows which reports to check.
func verdict(rep *actas.Report, blocks []*block, failed []string) (string, string) {
	var kinds, details []string
	add := func(kind, detail string) {
		kinds = append(kinds, kind)
		details = append(details, detail)
	}
	if len(failed) > 0 {
		add(VerdictDegraded, "a step failed: "+strings.Join(failed, "; "))
	}
	if len(rep.Agreements) == 0 {
		if hasOperativeCue(blocks) {
			add(VerdictNoAgreements, "an operative part was found but no point in it")
		} else {
			add(VerdictNoOperativePart, "no operative part: no lead-in such as 'acordaron:' or 'agreed' before a list, and no declaration paragraphs")
		}
	}
	if rep.Meeting.BodyID == "" {
		add(VerdictUnknownBody, "body not in the reference data: "+cutWords(rep.Meeting.BodyAsWritten, 80))
	}
	if rep.Meeting.StartDate.IsZero() {
		add(VerdictNoDate, "no date of the meeting found")
	}
	if len(kinds) == 0 {
		return VerdictOK, ""
	}
	return kinds[0], strings.Join(details, "; ")
}

// hasOperativeCue reports whether any block is introduced as the operative part.
func hasOperativeCue(blocks []*block) bool {
	for _, b := range blocks {
		if b.kind == "operative" {
			return true
		}
	}
	return false
}
