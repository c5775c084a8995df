package gazetteer

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"actas"
)

// readCSV reads name from fsys, checks its header and calls row for every
// record with the fields by column name. Lines starting with # are comments.
func readCSV(fsys fs.FS, name string, header []string, row func(line int, rec map[string]string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: header: %w", name, err)
	}
	cols := map[string]int{}
	for i, h := range head {
		cols[strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	for _, h := range header {
		if _, ok := cols[h]; !ok {
			return fmt.Errorf("%s: header lacks column %q", name, h)
		}
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		line, _ := r.FieldPos(0)
		m := make(map[string]string, len(cols))
		for h, i := range cols {
			if i < len(rec) {
				m[h] = strings.TrimSpace(rec[i])
			}
		}
		if err := row(line, m); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
}

func parseBool(s string) (bool, error) {
	switch strings.ToLower(s) {
	case "true", "yes", "1":
		return true, nil
	case "false", "no", "0", "":
		return false, nil
	}
	return false, fmt.Errorf("not a boolean: %q", s)
}

func (g *Gazetteer) loadCountries(fsys fs.FS) error {
	return readCSV(fsys, "countries.csv", []string{"iso3", "iso2", "name_en", "name_es", "rcm_member"},
		func(_ int, r map[string]string) error {
			if len(r["iso3"]) != 3 || r["name_en"] == "" {
				return fmt.Errorf("bad country %q", r["iso3"])
			}
			m, err := parseBool(r["rcm_member"])
			if err != nil {
				return err
			}
			g.countries[r["iso3"]] = Country{ISO3: r["iso3"], ISO2: r["iso2"], NameEN: r["name_en"], NameES: r["name_es"], RCMMember: m}
			return nil
		})
}

func (g *Gazetteer) loadOrgs(fsys fs.FS) error {
	return readCSV(fsys, "organisations.csv", []string{"org_id", "acronym_en", "acronym_es", "name_en", "name_es", "kind"},
		func(_ int, r map[string]string) error {
			if r["org_id"] == "" || r["acronym_en"] == "" {
				return errors.New("organisation without org_id or acronym_en")
			}
			g.orgs[r["org_id"]] = Organisation{ID: r["org_id"], AcronymEN: r["acronym_en"], AcronymES: r["acronym_es"],
				NameEN: r["name_en"], NameES: r["name_es"], Kind: r["kind"]}
			return nil
		})
}

func (g *Gazetteer) loadBodies(fsys fs.FS) error {
	return readCSV(fsys, "bodies.csv", []string{"body_id", "name_en", "name_es", "org_id"},
		func(_ int, r map[string]string) error {
			if r["body_id"] == "" || r["name_en"] == "" {
				return errors.New("body without body_id or name_en")
			}
			if _, ok := g.orgs[r["org_id"]]; r["org_id"] != "" && !ok {
				return fmt.Errorf("body %s: unknown org_id %q", r["body_id"], r["org_id"])
			}
			if _, ok := g.orgs[r["family"]]; r["family"] != "" && !ok {
				return fmt.Errorf("body %s: family %q is no org_id", r["body_id"], r["family"])
			}
			g.bodies[r["body_id"]] = Body{ID: r["body_id"], NameEN: r["name_en"], NameES: r["name_es"],
				OrgID: r["org_id"], Family: r["family"]}
			return nil
		})
}

// loadCountryAliases indexes country_aliases.csv; country names match only
// when listed there, so a name that is also a common word ("Reunión") can be left out.
func (g *Gazetteer) loadCountryAliases(fsys fs.FS) error {
	return readCSV(fsys, "country_aliases.csv", []string{"iso3", "alias"},
		func(_ int, r map[string]string) error {
			if _, ok := g.countries[r["iso3"]]; !ok {
				return fmt.Errorf("unknown iso3 %q", r["iso3"])
			}
			a := r["alias"]
			e := actas.Entity{Type: actas.EntityCountry, ID: r["iso3"]}
			g.addEntity(a, e, acronymLike(a), true)
			if short := abbreviated(a); short != a {
				g.addEntity(short, e, false, true) // "Lao People's Democratic Rep.", "Rep. Dominicana"
			}
			return nil
		})
}

// abbreviated writes "Republic" / "República" in a country's name as lists
// of delegations shorten it: "Rep.".
func abbreviated(name string) string {
	return strings.NewReplacer("Republic", "Rep.", "República", "Rep.").Replace(name)
}

func (g *Gazetteer) loadOrgAliases(fsys fs.FS) error {
	return readCSV(fsys, "organisation_aliases.csv", []string{"org_id", "alias", "case_sensitive"},
		func(_ int, r map[string]string) error {
			if _, ok := g.orgs[r["org_id"]]; !ok {
				return fmt.Errorf("unknown org_id %q", r["org_id"])
			}
			cs, err := parseBool(r["case_sensitive"])
			if err != nil {
				return err
			}
			inCaps := true
			if r["in_capitals"] != "" {
				if inCaps, err = parseBool(r["in_capitals"]); err != nil {
					return err
				}
			}
			e := g.addEntity(r["alias"], actas.Entity{Type: actas.EntityOrganisation, ID: r["org_id"]}, cs, false)
			e.notInCaps = !inCaps
			return nil
		})
}

func (g *Gazetteer) loadGroups(fsys fs.FS) error {
	return readCSV(fsys, "groups.csv", []string{"group_id", "alias"},
		func(_ int, r map[string]string) error {
			if r["group_id"] == "" {
				return errors.New("empty group_id")
			}
			a := r["alias"]
			g.addEntity(a, actas.Entity{Type: actas.EntityGroup, ID: r["group_id"]}, acronymLike(a), false)
			return nil
		})
}

func (g *Gazetteer) loadBodyAliases(fsys fs.FS) error {
	for id, b := range g.bodies {
		for _, n := range []string{b.NameEN, b.NameES} {
			g.bodyIdx.add(newEntry(n, acronymLike(n), false), id)
		}
		g.namesEN[nameKey(id, b.NameEN)] = b.NameEN
	}
	return readCSV(fsys, "body_aliases.csv", []string{"body_id", "alias", "lang"},
		func(_ int, r map[string]string) error {
			if _, ok := g.bodies[r["body_id"]]; !ok {
				return fmt.Errorf("unknown body_id %q", r["body_id"])
			}
			a := r["alias"]
			g.bodyIdx.add(newEntry(a, acronymLike(a), false), r["body_id"])
			if r["lang"] == "en" && !acronymLike(a) {
				g.namesEN[nameKey(r["body_id"], a)] = a
			}
			return nil
		})
}

func (g *Gazetteer) loadStops(fsys fs.FS) error {
	return readCSV(fsys, "stop_phrases.csv", []string{"phrase"},
		func(_ int, r map[string]string) error {
			e := newEntry(r["phrase"], acronymLike(r["phrase"]), false)
			e.stop = true
			g.entities.add(e, "")
			return nil
		})
}

// addEntity indexes one alias of ent and returns its entry.
func (g *Gazetteer) addEntity(alias string, ent actas.Entity, caseSensitive, capital bool) *entry {
	e := newEntry(alias, caseSensitive, capital)
	e.entity = ent
	g.entities.add(e, "")
	for _, f := range e.folds {
		g.words[f] = true
	}
	if ent.Type == actas.EntityCountry {
		g.countryIx.add(e, "")
	}
	return e
}
