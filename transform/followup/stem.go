package followup

import "strings"

// suffixRule replaces a suffix by a shorter ending.
type suffixRule struct{ from, to string }

// Derivational endings shared by Spanish and English cognates map to one form,
// so "identificación" and "identification" both stem to "identificat".
var esDerived = []suffixRule{
	{"aciones", "at"}, {"acion", "at"}, {"iciones", "it"}, {"icion", "it"},
	{"ciones", "t"}, {"cion", "t"}, {"siones", "s"}, {"sion", "s"},
	{"idades", "it"}, {"idad", "it"}, {"amientos", ""}, {"amiento", ""},
	{"imientos", ""}, {"imiento", ""}, {"mente", ""},
}

var esVerb = []suffixRule{
	{"ieron", ""}, {"aron", ""}, {"iendo", ""}, {"ando", ""}, {"ados", ""}, {"adas", ""},
	{"idos", ""}, {"idas", ""}, {"ado", ""}, {"ada", ""}, {"ido", ""}, {"ida", ""},
	{"aran", ""}, {"eran", ""}, {"iran", ""}, {"ara", ""}, {"era", ""}, {"ira", ""},
	{"ar", ""}, {"er", ""}, {"ir", ""},
}

var enDerived = []suffixRule{
	{"ations", "at"}, {"ation", "at"}, {"itions", "it"}, {"ition", "it"},
	{"tions", "t"}, {"tion", "t"}, {"sions", "s"}, {"sion", "s"},
	{"ities", "it"}, {"ity", "it"}, {"ies", "i"}, {"ing", ""}, {"ed", ""}, {"ly", ""},
}

// minStem is the shortest stem a rule may leave.
const minStem = 3

// applyFirst applies the first rule whose suffix ends w, leaving at least minStem letters.
func applyFirst(w string, rules []suffixRule) (string, bool) {
	for _, r := range rules {
		if strings.HasSuffix(w, r.from) && len(w)-len(r.from) >= minStem {
			return w[:len(w)-len(r.from)] + r.to, true
		}
	}
	return w, false
}

// enclitics are the pronouns Spanish joins to an infinitive or gerund ("circularlo").
var enclitics = []string{"los", "las", "les", "nos", "lo", "la", "le", "se"}

// stripEnclitic removes a pronoun joined to an infinitive or gerund.
func stripEnclitic(w string) string {
	for _, e := range enclitics {
		base, ok := strings.CutSuffix(w, e)
		if !ok || len(base) < minStem+2 {
			continue
		}
		for _, v := range []string{"ar", "er", "ir", "ando", "iendo"} {
			if strings.HasSuffix(base, v) {
				return base
			}
		}
	}
	return w
}

// stemES strips Spanish plural, verb and derivational endings from a folded
// word; a final i goes too, so "compartió", "compartir" and "envío", "enviar" meet.
func stemES(w string) string {
	s := stemESEnding(stripEnclitic(w))
	if n := len(s); n > minStem+1 && s[n-1] == 'i' {
		s = s[:n-1]
	}
	return s
}

// stemESEnding strips the first Spanish ending that applies.
func stemESEnding(w string) string {
	if s, ok := applyFirst(w, esDerived); ok {
		return s
	}
	if s, ok := applyFirst(w, esVerb); ok {
		return s
	}
	if strings.HasSuffix(w, "s") && len(w) > minStem+1 {
		w = w[:len(w)-1]
	}
	if n := len(w); n > minStem && strings.ContainsRune("aeo", rune(w[n-1])) {
		w = w[:n-1]
	}
	return w
}

// stemEN strips English plural, verb and derivational endings from a folded word.
func stemEN(w string) string {
	if s, ok := applyFirst(w, enDerived); ok {
		return s
	}
	switch {
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && len(w) > minStem+1:
		w = w[:len(w)-1]
	}
	if n := len(w); n > minStem && w[n-1] == 'e' {
		w = w[:n-1]
	} else if n > minStem && w[n-1] == 'y' {
		w = w[:n-1] + "i"
	}
	return w
}

// stem stems a folded word with the stemmer of lang (es or en; anything else
// is English). A final "at" goes too, so that nouns and verbs meet:
// "coordinación", "coordinar", "coordinó", "coordinate" and "coordination"
// all stem to "coordin".
func stem(w, lang string) string {
	s := stemEN(w)
	if lang == "es" {
		s = stemES(w)
	}
	if n := len(s); n > minStem+2 && strings.HasSuffix(s, "at") {
		s = s[:n-2]
	}
	return s
}
