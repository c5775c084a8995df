// Package data embeds the reference data (gazetteers, action cues, deadline
// phrases, synonyms) and the sample archive of reports.
package data

import "embed"

// FS holds the reference CSV files at its root and the sample archive under reports/.
//
//go:embed *.csv reports
var FS embed.FS
