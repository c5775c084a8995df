package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ocrWords returns t with the digits OCR reads for letters inside words put
// back ("C0MPR0MIS0S" → "COMPROMISOS", "1a" → "la", "PROTECCI6N" →
// "PROTECCION"): a 0 inside a word of letters is an O, a 1 an l (or an I
// in capitals), a 6 in capitals an O. Words of digits alone
// (numbers, dates) are kept; t itself is returned when nothing changes.
func ocrWords(t string) string { return ocrDigits(t, false) }

// ocrCapsWords is ocrWords for words in capitals only ("S0LICITAR",
// "0IM", "MEXIC0"), where a digit among capitals can be no ordinal ("1o de
// junio", "1a reunión").
func ocrCapsWords(t string) string { return ocrDigits(t, true) }

// ocrDigits puts letters back for digits in words, in words in capitals
// only with capsOnly.
func ocrDigits(t string, capsOnly bool) string {
	if !strings.ContainsAny(t, "016") || !digitBesideLetter(t) {
		return t
	}
	rs := []rune(t)
	changed := false
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || rs[j] == '0' || rs[j] == '1' || rs[j] == '6') {
			j++
		}
		if j == i {
			i++
			continue
		}
		if fixWord(rs[i:j], capsOnly) {
			changed = true
		}
		i = j
	}
	if !changed {
		return t
	}
	return string(rs)
}

// digitBesideLetter reports whether a run of the digits 0, 1 and 6 in t has
// a letter right before or after it, as a word ocrWords changes has; a text
// that is not valid UTF-8 says yes.
func digitBesideLetter(t string) bool {
	if !utf8.ValidString(t) {
		return true
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; c != '0' && c != '1' && c != '6' {
			continue
		}
		j := i + 1
		for j < len(t) && (t[j] == '0' || t[j] == '1' || t[j] == '6') {
			j++
		}
		before, _ := utf8.DecodeLastRuneInString(t[:i])
		after, _ := utf8.DecodeRuneInString(t[j:])
		if i > 0 && unicode.IsLetter(before) || j < len(t) && unicode.IsLetter(after) {
			return true
		}
		i = j
	}
	return false
}

// fixWord puts letters back for the 0 and 1 of one word that has at least
// one letter beside them and no other digit after it (with capsOnly, of a
// word in capitals); it reports a change.
func fixWord(w []rune, capsOnly bool) bool {
	letters, upper := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters == 0 || letters < len(w)-letters {
		return false // a number, or digits with a stray letter ("10a", "2011s")
	}
	caps := upper == letters && letters > 1
	if capsOnly && !caps {
		return false
	}
	changed := false
	for k, r := range w {
		switch {
		case r == '0' && caps:
			w[k] = 'O'
		case r == '0':
			w[k] = 'o'
		case r == '1' && caps:
			w[k] = 'I'
		case r == '1':
			w[k] = 'l'
		case r == '6' && caps:
			w[k] = 'O' // "PROTECCI6N": an accented capital read as a 6
		default:
			continue
		}
		changed = true
	}
	return changed
}

// ocrMerged returns t with "rn" read as the "m" OCR split ("Cornprornisos"
// → "Compromisos"), or t when it holds none.
func ocrMerged(t string) string {
	if !strings.Contains(t, "rn") {
		return t
	}
	return strings.ReplaceAll(t, "rn", "m")
}

// ocrNumbers returns t with the letters OCR reads for digits inside numbers
// put back ("l4" → "14", "3O" → "30", "2OO2" → "2002", "l997" → "1997"): in
// a word of digits and the letters l, I and O alone, with a digit among
// them, an l or an I is a 1 and an O a 0. It also puts back the O read as a
// zero in a word in capitals ("SEXT0" → "SEXTO", "0IM" → "OIM"). Each
// letter is one byte, as its digit is, so offsets into t hold.
func ocrNumbers(t string) string {
	var b []byte
	for i := 0; i < len(t); {
		if !wordByte(t[i]) {
			i++
			continue
		}
		j := i
		for j < len(t) && wordByte(t[j]) {
			j++
		}
		w := t[i:j]
		if m, ok := misreadMonth(w); ok {
			if b == nil {
				b = []byte(t)
			}
			copy(b[i:j], m)
			i = j
			continue
		}
		number := misreadNumber(w)
		if number || misreadCaps(w) {
			if b == nil {
				b = []byte(t)
			}
			for k := i; k < j; k++ {
				switch {
				case number && (b[k] == 'l' || b[k] == 'I'):
					b[k] = '1'
				case number && b[k] == 'O':
					b[k] = '0'
				case !number && b[k] == '0':
					b[k] = 'O'
				}
			}
		}
		i = j
	}
	if b == nil {
		return t
	}
	return string(b)
}

// misreadMonth returns a month's name that OCR read with a zero for an o
// or a one for an l ("0ctober", "Apri1", "ju1io", "N0VIEMBRE"), put back
// letter for letter as ocrWords puts back words, and whether w is one.
func misreadMonth(w string) (string, bool) {
	if !strings.ContainsAny(w, "01") {
		return "", false
	}
	m := ocrWords(w)
	if _, ok := monthNames[strings.ToLower(m)]; !ok || m == w || len(m) != len(w) {
		return "", false
	}
	return m, true
}

// misreadCaps reports a word of capitals with zeros among them and no other
// digit, two letters at least and one of them neither I nor O ("SEXT0",
// "UN0DC", "0FFERS"; not "I0" or "O0O", which are numbers).
func misreadCaps(w string) bool {
	zero, letters, plain := false, 0, false
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c == '0':
			zero = true
		case c >= 'A' && c <= 'Z':
			letters++
			plain = plain || c != 'I' && c != 'O'
		default:
			return false
		}
	}
	return zero && letters >= 2 && plain
}

// misreadNumber reports a word of at most four characters, digits and the
// letters l, I and O, with a digit and such a letter among them ("l4",
// "3O"); not "1o" ("1o de junio": an ordinal).
func misreadNumber(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	digit, letter := false, false
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c >= '0' && c <= '9':
			digit = true
		case c == 'l' || c == 'I' || c == 'O':
			letter = true
		default:
			return false
		}
	}
	return digit && letter
}
