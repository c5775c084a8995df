package pages

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"regexp"
	"strings"
)

// furnitureCSV lists the page-number and print-stamp patterns (where,
// pattern, note). "any" lines are removed wherever they stand alone; "edge"
// lines only among the first or last lines of a page.
//
//go:embed furniture.csv
var furnitureCSV string

// rules are the compiled patterns of furniture.csv.
type rules struct {
	any, edge []*regexp.Regexp
}

var defaultRules = mustRules(furnitureCSV)

// mustRules compiles furniture.csv; a bad row is a programming error.
func mustRules(src string) rules {
	r, err := parseRules(src)
	if err != nil {
		panic(err)
	}
	return r
}

// parseRules reads the furniture patterns from CSV text with a header row.
func parseRules(src string) (rules, error) {
	var r rules
	rows, err := csv.NewReader(strings.NewReader(src)).ReadAll()
	if err != nil {
		return r, fmt.Errorf("furniture.csv: %w", err)
	}
	for i, row := range rows[1:] {
		if len(row) < 2 {
			return r, fmt.Errorf("furniture.csv row %d: want where,pattern", i+2)
		}
		re, err := regexp.Compile("(?i)" + row[1])
		if err != nil {
			return r, fmt.Errorf("furniture.csv row %d: %w", i+2, err)
		}
		switch row[0] {
		case "any":
			r.any = append(r.any, re)
		case "edge":
			r.edge = append(r.edge, re)
		default:
			return r, fmt.Errorf("furniture.csv row %d: where %q is not any or edge", i+2, row[0])
		}
	}
	return r, nil
}

// maxLine is the longest line that may be a page number or stamp.
const maxLine = 200

// match reports whether a trimmed line is furniture; edge patterns count
// only when atEdge. "any" patterns are page numbers, so lines without a
// digit skip them.
func (r rules) match(line string, atEdge bool) bool {
	if len(line) > maxLine || !atEdge && strings.IndexAny(line, "0123456789") < 0 {
		return false
	}
	for _, re := range r.any {
		if re.MatchString(line) {
			return true
		}
	}
	if !atEdge {
		return false
	}
	for _, re := range r.edge {
		if re.MatchString(line) {
			return true
		}
	}
	return false
}
