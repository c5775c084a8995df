package extract

import (
	"errors"
	"io/fs"
	"slices"

	"actas/ingest/gazetteer"
)

// bodyKey is a row of body_keywords.csv: words that, all in one title line,
// name a network of a process ("enlace", "trata": the RLTP).
type bodyKey struct {
	id    string
	words []string
}

// loadBodyKeys reads body_keywords.csv (optional).
func loadBodyKeys(fsys fs.FS) ([]bodyKey, error) {
	rows, err := readCSV(fsys, "body_keywords.csv")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	var out []bodyKey
	for _, row := range rows {
		var ws []string
		for _, t := range tokenize(row["words"]) {
			ws = append(ws, t.fold)
		}
		if row["body_id"] != "" && len(ws) > 0 {
			out = append(out, bodyKey{id: row["body_id"], words: ws})
		}
	}
	return out, nil
}

// keywordGroup returns the body of b's family, more specific than b, whose
// words one title line holds all of, with the line's name for it
// ("Reunión de la Red Regional de Funcionarios de Enlace para Combatir la
// Trata de Personas" under "CONFERENCIA REGIONAL SOBRE MIGRACIÓN").
func (x *Extractor) keywordGroup(lines []string, b gazetteer.Body) (gazetteer.Body, string, bool) {
	for _, l := range lines {
		var ws []string
		for _, t := range tokenize(l) {
			ws = append(ws, t.fold)
		}
		for _, k := range x.bodyKeys {
			sub, ok := x.gaz.BodyByID(k.id)
			if !ok || sub.Family != b.Family || bodyRank[x.levels[sub.ID]] <= bodyRank[x.levels[b.ID]] {
				continue
			}
			if !allIn(k.words, ws) {
				continue
			}
			name := x.bodyName(l)
			if name == "" {
				name = squash(l)
			}
			return sub, name, true
		}
	}
	return gazetteer.Body{}, "", false
}

// allIn reports whether every word of want is in ws.
func allIn(want, ws []string) bool {
	for _, w := range want {
		if !slices.Contains(ws, w) {
			return false
		}
	}
	return true
}
