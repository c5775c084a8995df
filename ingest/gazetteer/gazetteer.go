// Package gazetteer finds countries, organisations, groups and bodies named
// in report text, using the reference CSV files of package data.
package gazetteer

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"actas"
	"actas/data"
	"actas/ingest/internal/wordfilter"
)

// Gazetteer holds the reference names and an index of their aliases.
type Gazetteer struct {
	countries map[string]Country
	orgs      map[string]Organisation
	bodies    map[string]Body
	entities  index // countries, organisations, groups and stop phrases
	// entityFirst holds the keys of entities, to skip the lookup of most words.
	entityFirst wordfilter.Filter
	bodyIdx     index
	// namesEN holds each body's English names as the data writes them, by
	// body_id and the folds of their words, for NameAsWritten.
	namesEN map[string]string
	// bodyWords holds the fold of every word of a body alias, for BodyWords.
	bodyWords map[string]bool
	// bodyShapes holds the first fold and number of tokens of every body
	// alias, for wholeBody.
	bodyShapes map[bodyShape]bool
	countryIx  index // countries only, for FindCountry
	// words holds the fold of every word of an entity alias: a name cut by
	// a line-end hyphen is joined when the whole is one of them.
	words map[string]bool
	// roleNouns are the role nouns a demonym needs beside it, by side.
	roleNouns map[string][][]string
	// nearByWords holds the country aliases as OCR may damage them, by
	// number of words, for FindNear.
	nearByWords [][]nearName
	// nearByRunes holds nearByWords by number of words and of letters, in
	// the same order: only a name of as many letters can be equal or one
	// letter off.
	nearByRunes map[[2]int][]nearName
	// nearExact holds the first country of nearByWords with each skeleton.
	nearExact map[string]actas.Entity
}

// Country is one row of countries.csv.
type Country struct {
	ISO3, ISO2, NameEN, NameES string
	RCMMember                  bool
}

// Organisation is one row of organisations.csv.
type Organisation struct {
	ID, AcronymEN, AcronymES, NameEN, NameES, Kind string
}

// Body is a body whose meetings reports record, from bodies.csv. Family is
// the org_id of the conference or process it belongs to (RCM, CSM, BALI...).
type Body struct{ ID, NameEN, NameES, OrgID, Family string }

// Match is an entity found in text, with its byte span.
type Match struct {
	Entity     actas.Entity // Type country|organisation|group; ID iso3 / org_id / group id; Surface = text as written
	Start, End int          // byte offsets in the text searched
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
	defaultErr  error
)

// Default returns the gazetteer of the embedded reference data, loaded once.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() { defaultG, defaultErr = Load(data.FS) })
	return defaultG, defaultErr
}

// Load reads the reference CSV files from the root of fsys.
func Load(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{
		countries: map[string]Country{},
		orgs:      map[string]Organisation{},
		bodies:    map[string]Body{},
		entities:  index{},
		bodyIdx:   index{},
		namesEN:   map[string]string{},
		countryIx: index{},
		words:     map[string]bool{},
		roleNouns: map[string][][]string{},
	}
	steps := []func(fs.FS) error{g.loadCountries, g.loadOrgs, g.loadBodies,
		g.loadCountryAliases, g.loadListAliases, g.loadRoleNouns, g.loadDemonyms,
		g.loadOrgAliases, g.loadGroups, g.loadBodyAliases, g.loadStops}
	for _, step := range steps {
		if err := step(fsys); err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
	}
	g.entities.sort()
	for w := range g.entities {
		g.entityFirst.Add(w)
	}
	g.bodyIdx.sort()
	g.bodyWords = map[string]bool{}
	g.bodyShapes = map[bodyShape]bool{}
	for _, list := range g.bodyIdx {
		for _, e := range list {
			for _, f := range e.folds {
				g.bodyWords[f] = true
			}
			g.bodyShapes[bodyShape{e.folds[0], len(e.folds)}] = true
		}
	}
	g.countryIx.sort()
	g.buildNear()
	return g, nil
}

// Country returns the English name of the country with this ISO alpha-3 code.
func (g *Gazetteer) Country(iso3 string) (nameEN string, ok bool) {
	c, ok := g.countries[iso3]
	return c.NameEN, ok
}

// CountryInfo returns the whole countries.csv row of iso3.
func (g *Gazetteer) CountryInfo(iso3 string) (Country, bool) {
	c, ok := g.countries[iso3]
	return c, ok
}

// Organisation returns the organisations.csv row of org_id id.
func (g *Gazetteer) Organisation(id string) (Organisation, bool) {
	o, ok := g.orgs[id]
	return o, ok
}

// NameAsWritten returns the English name of body id that the words of
// written spell, as the reference data writes it ("AD HOC GROUP ON MIGRANT
// CHILDREN" gives "Ad Hoc Group on Migrant Children"), when it is one.
func (g *Gazetteer) NameAsWritten(id, written string) (string, bool) {
	n, ok := g.namesEN[nameKey(id, written)]
	return n, ok
}

// nameKey is the key of namesEN: body_id and the folds of name's words.
func nameKey(id, name string) string {
	return id + "\x00" + strings.Join(newEntry(name, false, false).folds, " ")
}

// BodyByID returns the body with this body_id.
func (g *Gazetteer) BodyByID(id string) (Body, bool) {
	b, ok := g.bodies[id]
	return b, ok
}
