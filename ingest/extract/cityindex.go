package extract

import (
	"cmp"
	"slices"
)

// cityIndex holds the folded city names of cities.csv by their first byte,
// longest first, so that cityInText reads a text once instead of searching
// it for every city.
type cityIndex struct {
	byFirst [256][]string
	empty   bool // a city with no name: it matches a space before a space or a comma
}

// newCityIndex indexes the folded city names, the keys of cities.
func newCityIndex(cities map[string]string) *cityIndex {
	ix := &cityIndex{}
	for c := range cities {
		if c == "" {
			ix.empty = true
			continue
		}
		ix.byFirst[c[0]] = append(ix.byFirst[c[0]], c)
	}
	for _, l := range ix.byFirst {
		slices.SortFunc(l, func(a, b string) int { return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a, b)) })
	}
	return ix
}

// cityInText finds the known city named first in text (the longest name
// where several start at the same place): a name between a space and a
// space or a comma of the text folded and squashed, that names no process
// ("Bali Process", "Proceso de Puebla").
func (x *Extractor) cityInText(text string) map[string]string {
	f := " " + fold(squash(text)) + " "
	for i := 0; i+1 < len(f); i++ {
		if f[i] != ' ' {
			continue
		}
		for _, c := range x.citiesAt.byFirst[f[i+1]] { // the longest first
			if j := i + 1 + len(c); j < len(f) && (f[j] == ' ' || f[j] == ',') && f[i+1:j] == c && !namesProcess(f, i, j+1) {
				return map[string]string{x.cityNames[c]: x.cities[c]}
			}
		}
		if x.citiesAt.empty && (f[i+1] == ' ' || f[i+1] == ',') && !namesProcess(f, i, i+2) {
			return nil // a city with no name comes first, and names none
		}
	}
	return nil
}
