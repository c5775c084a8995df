// Package numeral writes list numbers as documents print them.
package numeral

import "strings"

// Roman renders n (1 to 3999) in lower-case roman numerals.
func Roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// RomanMonth reads a month written as a roman numeral in either case ("III"
// in "12.III.2014"), or returns 0.
func RomanMonth(s string) int { return romanUpTo(s, 12) }

// RomanValue reads a roman numeral from 1 to 100 in either case ("XXVI" in
// "la XXVI Reunión Viceministerial"), or returns 0.
func RomanValue(s string) int { return romanUpTo(s, 100) }

// romanUpTo reads a roman numeral from 1 to max in either case, or returns 0.
func romanUpTo(s string, max int) int {
	for n := 1; n <= max; n++ {
		if strings.EqualFold(s, Roman(n)) {
			return n
		}
	}
	return 0
}
