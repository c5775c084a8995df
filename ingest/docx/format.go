package docx

import (
	"actas/ingest/internal/numeral"
	"strconv"
	"strings"
)

// maxLetters is the largest number printed as letters (zz...z, 30 long).
const maxLetters = 26 * 30

// format renders n in a Word numFmt. Formats we do not know print decimal.
func format(numFmt string, n int) string {
	switch numFmt {
	case "none", "bullet":
		return ""
	case "lowerLetter":
		if n > 0 && n <= maxLetters {
			return letters(n)
		}
	case "upperLetter":
		if n > 0 && n <= maxLetters {
			return strings.ToUpper(letters(n))
		}
	case "lowerRoman":
		if n > 0 && n < 4000 {
			return numeral.Roman(n)
		}
	case "upperRoman":
		if n > 0 && n < 4000 {
			return strings.ToUpper(numeral.Roman(n))
		}
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "ordinal":
		return strconv.Itoa(n) + ordinalSuffix(n)
	}
	return strconv.Itoa(n)
}

// letters renders n as Word does: a..z, then aa..zz, aaa...
func letters(n int) string {
	return strings.Repeat(string(rune('a'+(n-1)%26)), (n-1)/26+1)
}

func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}
