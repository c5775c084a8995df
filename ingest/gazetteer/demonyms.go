package gazetteer

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"actas"
)

// Sides of a role noun relative to the demonym it goes with.
const (
	roleAfter  = "after"  // English: "the Slovak Presidency"
	roleBefore = "before" // Spanish: "la Presidencia mexicana"
)

// loadListAliases indexes country_list_aliases.csv: names that are also
// common words or places elsewhere ("Georgia"), matched only in a list of
// countries or as a whole cell.
func (g *Gazetteer) loadListAliases(fsys fs.FS) error {
	return readCSV(fsys, "country_list_aliases.csv", []string{"iso3", "alias", "lang"},
		func(_ int, r map[string]string) error {
			if _, ok := g.countries[r["iso3"]]; !ok {
				return fmt.Errorf("unknown iso3 %q", r["iso3"])
			}
			e := newEntry(r["alias"], false, true)
			e.entity = actas.Entity{Type: actas.EntityCountry, ID: r["iso3"]}
			e.listOnly = true
			g.entities.add(e, "")
			return nil
		})
}

// loadRoleNouns reads demonym_role_nouns.csv: the nouns ("Presidency",
// "delegación") beside which a demonym designates its state.
func (g *Gazetteer) loadRoleNouns(fsys fs.FS) error {
	return readCSV(fsys, "demonym_role_nouns.csv", []string{"lang", "noun", "gender"},
		func(_ int, r map[string]string) error {
			side := roleAfter
			if r["lang"] == "es" {
				side = roleBefore
			}
			e := newEntry(r["noun"], false, false)
			if len(e.folds) == 0 {
				return errors.New("empty role noun")
			}
			g.roleNouns[side] = append(g.roleNouns[side], e.folds)
			return nil
		})
}

// loadDemonyms indexes country_demonyms.csv: the adjectives of each
// country, in Spanish with their feminine and plural forms.
func (g *Gazetteer) loadDemonyms(fsys fs.FS) error {
	return readCSV(fsys, "country_demonyms.csv", []string{"iso3", "lang", "masculine", "feminine"},
		func(_ int, r map[string]string) error {
			if _, ok := g.countries[r["iso3"]]; !ok {
				return fmt.Errorf("unknown iso3 %q", r["iso3"])
			}
			side := roleAfter
			forms := []string{r["masculine"], r["feminine"]}
			if r["lang"] == "es" {
				side = roleBefore
				forms = append(forms, spanishPlurals(r["masculine"])...)
				forms = append(forms, spanishPlurals(r["feminine"])...)
			}
			seen := map[string]bool{}
			for _, f := range forms {
				if f == "" || seen[f] {
					continue
				}
				seen[f] = true
				e := newEntry(f, false, false)
				e.entity = actas.Entity{Type: actas.EntityCountry, ID: r["iso3"]}
				e.role = side
				g.entities.add(e, "")
			}
			return nil
		})
}

// spanishPlurals returns the plural forms of a Spanish adjective of
// nationality: a vowel adds -s (and -es after a stressed í or ú: marroquíes),
// a consonant adds -es (españoles, alemanes). The last word is inflected.
func spanishPlurals(adj string) []string {
	if adj == "" {
		return nil
	}
	_, fold := foldWord(adj)
	switch fold[len(fold)-1] {
	case 'a', 'e', 'o':
		return []string{adj + "s"}
	case 'i', 'u':
		return []string{adj + "s", adj + "es"}
	}
	// a final stressed vowel loses its accent in the plural: alemán, alemanes
	if k := strings.LastIndexAny(adj, "áéíóú"); k >= 0 && k >= len(adj)-4 {
		plain := adj[:k] + strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u").Replace(adj[k:])
		return []string{plain + "es"}
	}
	return []string{adj + "es"}
}

// roleBeside reports whether a role noun stands beside the demonym that
// spans toks[i:j]: after it for roleAfter, before it for roleBefore, also
// across other demonyms coordinated with it ("the Indian, Nigerian and
// Omani delegations", "las delegaciones mexicana y guatemalteca").
func (g *Gazetteer) roleBeside(toks []Token, i, j int, side string) bool {
	if side == roleAfter {
		for j < len(toks) && (g.isDemonym(toks[j]) || coordinator(toks[j])) {
			j++
		}
	} else {
		for i > 0 && (g.isDemonym(toks[i-1]) || coordinator(toks[i-1])) {
			i--
		}
	}
	for _, noun := range g.roleNouns[side] {
		n := len(noun)
		k := j
		if side == roleBefore {
			k = i - n
		}
		if k < 0 || k+n > len(toks) {
			continue
		}
		ok := true
		for m := range noun {
			if !toks[k+m].Word || toks[k+m].Fold != noun[m] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// isDemonym reports whether t is a one-word demonym.
func (g *Gazetteer) isDemonym(t Token) bool {
	if !g.entityFirst.MayHold(t.Fold) {
		return false
	}
	for _, e := range g.entities[t.Fold] {
		if e.role != "" && len(e.folds) == 1 {
			return true
		}
	}
	return false
}

// coordinator reports a comma or a conjunction between coordinated words.
func coordinator(t Token) bool {
	switch t.Fold {
	case ",", "and", "y", "e":
		return true
	}
	return false
}

// joinHyphens joins a word cut by a line-end hyphen ("Slova-\nkia",
// "Hun- gary") into one token when the joined word is a word of some
// entity name; other hyphens are left alone. It filters toks in place.
func (g *Gazetteer) joinHyphens(text string, toks []Token) []Token {
	out := toks[:0]
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if k+2 < len(toks) && t.Word && toks[k+1].Fold == "-" && toks[k+2].Word && toks[k+1].Start == t.End && (lowerStart(toks[k+2].Key) || capsWord(t.Key) && capsWord(toks[k+2].Key)) {
			b := toks[k+2]
			if g.words[t.Fold+b.Fold] && blankGap(text[toks[k+1].End:b.Start]) {
				out = append(out, Token{Fold: t.Fold + b.Fold, Key: t.Key + b.Key, Start: t.Start, End: b.End, Word: true})
				k += 2
				continue
			}
		}
		if len(out) == k {
			out = out[:k+1] // no token joined yet: t is where it was
			continue
		}
		out = append(out, t)
	}
	return out
}

// capsWord reports whether s is a word of two capital letters or more
// ("HON-" / "DURAS" in a report typed in capitals).
func capsWord(s string) bool {
	if len(s) < 2 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// lowerStart reports whether s starts with a lower-case letter.
func lowerStart(s string) bool {
	return s != "" && s[0] >= 'a' && s[0] <= 'z'
}

// blankGap reports whether gap holds only white space (a line break, table
// padding), or nothing.
func blankGap(gap string) bool {
	return strings.TrimSpace(gap) == ""
}

// inCountryList reports whether the list-only match at k of ms stands in a
// list of countries (another country beside it with only separators between)
// or is all of text.
func inCountryList(text string, ms []Match, k int) bool {
	if strings.TrimSpace(text) == strings.TrimSpace(text[ms[k].Start:ms[k].End]) {
		return true
	}
	if inPersonalName(text, ms, k) {
		return false
	}
	if k > 0 && ms[k-1].Entity.Type == actas.EntityCountry && listGap(text[ms[k-1].End:ms[k].Start]) {
		return true
	}
	return k+1 < len(ms) && ms[k+1].Entity.Type == actas.EntityCountry && listGap(text[ms[k].End:ms[k+1].Start])
}

// listGap reports whether gap separates two items of a list: commas,
// semicolons, "and"/"y"/"e", bullets (•, *, ▪), table bars and white space only.
func listGap(gap string) bool {
	words := 0
	for _, f := range strings.FieldsFunc(gap, func(r rune) bool {
		return r == ',' || r == ';' || r == '|' || r == '•' || r == '*' || r == '▪' || r == '-' || r == ' ' || r == '\n' || r == '\t' || r == '\r'
	}) {
		switch strings.ToLower(f) {
		case "and", "y", "e", "&":
			words++
		default:
			return false
		}
	}
	return words <= 1 && len(gap) < 40
}

// inPersonalName reports the list-only match at k of ms as a given name or
// surname: a word in title case that opens or ends no other match stands
// right beside it on its line, one space between ("Mauricio Tenorio
// Salgado", "Ms. Georgia Méndez").
func inPersonalName(text string, ms []Match, k int) bool {
	m := ms[k]
	if after := text[m.End:]; strings.HasPrefix(after, " ") && titleWord(after[1:]) &&
		(k+1 == len(ms) || ms[k+1].Start != m.End+1) {
		return true
	}
	before := text[:m.Start]
	if !strings.HasSuffix(before, " ") {
		return false
	}
	before = before[:len(before)-1]
	w := before[strings.LastIndexAny(before, " \t\n")+1:]
	return titleWord(w) && !strings.ContainsAny(w, ",;:|") && (k == 0 || ms[k-1].End != len(before))
}

// titleWord reports text that opens with a capital letter and a small one
// ("Tenorio", "Mr."), not a word in capitals ("OF").
func titleWord(text string) bool {
	r, n := utf8.DecodeRuneInString(text)
	r2, _ := utf8.DecodeRuneInString(text[n:])
	return unicode.IsUpper(r) && unicode.IsLower(r2)
}
