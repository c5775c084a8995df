package followup

import (
	"strings"
	"testing"
	"testing/fstest"

	"actas/data"
)

// rules loads the production rules or fails the test.
func rules(t testing.TB) *Rules {
	t.Helper()
	r, err := LoadRules(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestStem(t *testing.T) {
	tests := []struct {
		lang, a, b string // a and b must stem alike
	}{
		{"es", "difundir", "difundido"},
		{"es", "compartir", "compartió"},
		{"es", "informes", "informe"},
		{"es", "circularlo", "circular"},
		{"es", "guías", "guía"},
		{"es", "envío", "enviar"},
		{"es", "remitió", "remitido"},
		{"en", "distributed", "distribute"},
		{"en", "distribution", "distributing"},
		{"en", "launched", "launching"},
		{"en", "directories", "directory"},
		{"en", "circulated", "circulation"},
	}
	for _, tt := range tests {
		a, b := stem(fold(tt.a), tt.lang), stem(fold(tt.b), tt.lang)
		if a != b {
			t.Errorf("%s: stem(%s) = %q, stem(%s) = %q, want equal", tt.lang, tt.a, a, tt.b, b)
		}
	}
	// Cognates stem alike across the two languages.
	for _, pair := range [][2]string{{"identificación", "identification"}, {"protección", "protection"},
		{"coordinación", "coordination"}, {"capacidad", "capacity"}} {
		if es, en := stemES(fold(pair[0])), stemEN(fold(pair[1])); es != en {
			t.Errorf("stemES(%s) = %q, stemEN(%s) = %q, want equal", pair[0], es, pair[1], en)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Difusión", "difusion"},
		{"NIÑEZ Güiro", "ninez guiro"},
		{"Cafe\u0301", "cafe"},
		{"Ångström", "angstrom"},
		{"“Regional Mapping”", "“regional mapping”"},
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTermsAcrossLanguages(t *testing.T) {
	r := rules(t)
	tests := []struct {
		es, en string // must share a concept
	}{
		{"curso virtual", "online course"},
		{"socializar el estudio", "distributed the analysis"},
		{"difusión del diagnóstico", "dissemination of the study"},
		{"el directorio de funcionarios de enlace", "the list of contact points"},
		{"el taller regional", "the regional workshop"},
		{"la guía", "the guidelines"},
		{"mapeo", "Regional Mapping"},
	}
	for _, tt := range tests {
		es, en := r.terms(tt.es, "es", nil), r.terms(tt.en, "en", nil)
		shared := false
		for c := range es {
			if _, ok := en[c]; ok {
				shared = true
			}
		}
		if !shared {
			t.Errorf("%q %v and %q %v share no concept", tt.es, es, tt.en, en)
		}
	}
}

func TestTermsDropNames(t *testing.T) {
	r := rules(t)
	names := r.names([]mention{{typ: "organisation", id: "IOM", surface: "OIM"}})
	b := r.terms("Agradecer a la Organización Internacional para las Migraciones (OIM) por el estudio", "es", names)
	for c := range b {
		if strings.Contains(c, "oim") || strings.Contains(c, "migra") {
			t.Errorf("concept %q of a party name kept: %v", c, b)
		}
	}
	if _, ok := b["~study"]; !ok {
		t.Errorf("no ~study in %v", b)
	}
}

func TestCues(t *testing.T) {
	r := rules(t)
	done := []string{
		"which the Technical Secretariat circulated to all liaison officers",
		"To thank UNICEF for having distributed among the liaison officers",
		"To thank IOM for launching the online course",
		"has been available since January 2016 on the RCM web page",
		"which the Coalition made available to the liaison officers",
		"which the liaison officers recieved in October 2015",
		"Agradecer a la OIM por la difusión del Diagnóstico Regional",
		"Agradecer a Costa Rica por haber remitido su protocolo",
		"Tomar nota del informe que la ST remitió a los Puntos Focales",
		"Tomar nota del estudio que la OIM presentó",
	}
	for _, s := range done {
		if _, ok := r.completion(s); !ok {
			t.Errorf("no completion cue in %q", s)
		}
		if cue, no := r.notFulfilment(s); no {
			t.Errorf("non-fulfilment cue %q in %q", cue, s)
		}
	}
	notDone := []string{
		"Reiterar a los Países Miembros la solicitud de enviar sus estadísticas",
		"To reiterate to the Member Countries the request to send to the TS",
		"To recall the undertaking of UNODC to make the materials available",
		"To agree to postpone the workshop to 2016",
		"Posponer la reunión del grupo de trabajo",
		"Aplazar el taller para el primer semestre de 2019",
		"El taller tendrá lugar en Panamá en septiembre de 2019",
		"The workshop will take place in Panama",
		"To take note of the progress report presented by IOM on the adaptation of its virtual course",
		"Tomar nota del informe de avance presentado por la OIM",
		"Tomar nota de que la OIM presentará el estudio en la próxima reunión",
	}
	for _, s := range notDone {
		if _, no := r.notFulfilment(s); !no {
			t.Errorf("no non-fulfilment cue in %q", s)
		}
	}
}

func TestLoadRulesErrors(t *testing.T) {
	good := "kind,cue,lang\naction,thank,\n"
	syn := "term,synonym,lang\nstudy,estudio,es\n"
	tests := []struct {
		name string
		fs   fstest.MapFS
		want string // in the error
	}{
		{"no cues", fstest.MapFS{synonymsFile: {Data: []byte(syn)}}, cuesFile},
		{"no synonyms", fstest.MapFS{cuesFile: {Data: []byte(good)}}, synonymsFile},
		{"unknown kind", fstest.MapFS{cuesFile: {Data: []byte(good + "colour,red,en\n")}, synonymsFile: {Data: []byte(syn)}}, `unknown cue kind "colour"`},
		{"short row", fstest.MapFS{cuesFile: {Data: []byte(good + "stop\n")}, synonymsFile: {Data: []byte(syn)}}, "line 3"},
		{"bad quote", fstest.MapFS{cuesFile: {Data: []byte(good)}, synonymsFile: {Data: []byte(syn + "a,\"b,es\n")}}, synonymsFile},
	}
	for _, tt := range tests {
		_, err := LoadRules(tt.fs)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	if _, err := LoadRules(fstest.MapFS{cuesFile: {Data: []byte(good)}, synonymsFile: {Data: []byte(syn)}}); err != nil {
		t.Errorf("minimal rules: %v", err)
	}
	commented := "# a comment with \"quotes\", and a comma\n"
	if _, err := LoadRules(fstest.MapFS{cuesFile: {Data: []byte(good + commented)}, synonymsFile: {Data: []byte(syn + commented)}}); err != nil {
		t.Errorf("rules with comment lines: %v", err)
	}
}

func TestDropTitles(t *testing.T) {
	for in, want := range map[string]string{
		`Agradecer a la RROCM por la distribución de su informe "Protección consular: avances y recomendaciones".`: `Agradecer a la RROCM por la distribución de su informe  .`,
		"Agradecer a la OIM por el “Diagnóstico Regional”, y por «Avances»":                                        "Agradecer a la OIM por el  , y por  ",
		"Un título “sin cierre": "Un título “sin cierre",
	} {
		if got := dropTitles(in); got != want {
			t.Errorf("dropTitles(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestProductSynonyms checks that a delivered product named with another word,
// in either language, meets the commitment's product on one concept that is a
// product kind, and that the verbs of making and delivering it are make cues.
func TestProductSynonyms(t *testing.T) {
	r := rules(t)
	tests := []struct {
		a, langA, b, langB string
	}{
		{"draft a protocol for the exchange of information", "en", "the Guidelines for the Exchange of Information", "en"},
		{"elaborar un protocolo de atención", "es", "los lineamientos de atención", "es"},
		{"un diagnóstico de los albergues", "es", "the mapping of shelters", "en"},
		{"a study on labour reintegration", "en", "the assessment of labour reintegration", "en"},
		{"un informe de contribuciones de 2020", "es", "the financial statement for 2020", "en"},
		{"a report on the status of contributions", "en", "el estado financiero de 2020", "es"},
		{"a regional workshop", "en", "the webinar", "en"},
	}
	for _, tt := range tests {
		a, b := r.terms(tt.a, tt.langA, nil), r.terms(tt.b, tt.langB, nil)
		found := false
		for c := range a {
			if _, ok := b[c]; ok && r.product[c] {
				found = true
			}
		}
		if !found {
			t.Errorf("%q %v and %q %v share no product concept", tt.a, a, tt.b, b)
		}
	}
	for _, w := range []struct{ word, lang string }{{"prepare", "en"}, {"draft", "en"}, {"send", "en"}, {"elaborar", "es"}, {"remitir", "es"}} {
		if c := r.concept(stem(fold(w.word), w.lang)); !r.makes[c] {
			t.Errorf("%s (%s): concept %q is no make cue", w.word, w.lang, c)
		}
	}
}
