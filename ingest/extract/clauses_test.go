package extract

import (
	"actas"
	"strings"
	"testing"
)

// TestClauses checks the actions and parties found in single agreements.
func TestClauses(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text    string
		actions string // clause actions, space separated
		parties string // responsible ids of commitment clauses, space separated
	}{
		{"Se acordó realizar un taller regional sobre trata de personas.", "agree", ""},
		{"Se aprobó el Plan de Trabajo 2019-2020.", "approve", ""},
		{"Tras examinar con detenimiento los efectos del huracán en la región, convinieron en que la Conferencia es el espacio adecuado para atenderlos.", "agree", ""},
		{"Luego de revisar el informe presentado por la Secretaría Técnica, aprobaron el plan de trabajo.", "approve", ""},
		{"Se tomó nota del informe de la Presidencia Pro Tempore.", "take_note", ""},
		{"Se agradeció a la OIM por su apoyo.", "thank", ""},
		{"Se solicitó a la ST preparar un informe.", "request", "TS"},
		{"Se encomendó a la ST la elaboración del directorio.", "entrust", "TS"},
		{"Se recomienda al GRCM aprobar la guía.", "recommend", "RCGM"},
		{"Instruir a la Secretaría Técnica que circule el documento.", "entrust", "TS"},
		{"Invitar a los Países Miembros a designar sus enlaces.", "request", "member_states"},
		{"Reiterar la importancia de la cooperación regional.", "other", ""},
		{"Felicitar a Guatemala por su gestión y agradecer a la OIM su apoyo.", "congratulate thank", ""},
		{"Dar por recibido el informe de la ST y solicitarle que lo distribuya.", "take_note request", "TS"},
		{"Reconocemos el trabajo de la OIM y le solicitamos que presente un informe.", "thank request", "IOM"},
		{"Member States that have not yet done so are urged to ratify the Protocol.", "request", "member_states"},
		{"La OIM se ofrece a apoyar la traducción del documento.", "offer", "IOM"},
		{"México y Guatemala se comprometen a compartir sus protocolos.", "commit", "MEX GTM"},
		{"Canadá realizará un taller en el primer semestre de 2019.", "commit", "CAN"},
		{"El taller será organizado por la OIM.", "", ""},
		{"To endorse the recommendations of the Network and to task the TS with their follow-up.", "approve entrust", "TS"},
		{"The Meeting requested UNHCR to present a study.", "request", "UNHCR"},
		{"The delegations welcomed the proposal of El Salvador.", "take_note", ""},
		{"Panama volunteered to host the next meeting.", "offer", "PAN"},
		{"We call on the Member States to ratify the Protocol.", "request", "member_states"},
		{"The RCM Member Countries will share their statistics before June 30, 2019.", "commit", "member_states"},
		{"To urge IOM and UNICEF to support the Member Countries.", "request", "IOM UNICEF"},
		{"It was agreed that the TS would circulate the minutes.", "commit", "TS"},
		{"The agenda was adopted as circulated by the Chair.", "approve", ""},
		{"La propuesta de Panamá fue acogida con beneplácito.", "take_note", ""},
		{"Apologies were received from Bhutan and Nauru.", "", ""},
		{"Members agreed to exchange information on smuggling networks.", "agree", ""},
		{"El Salvador, Guatemala y Honduras presentarán un informe conjunto antes de finalizar 2020.", "commit", "SLV GTM HND"},
		{"Recomendar a los Países Miembros que designen puntos focales, y solicitar a la ST que elabore un directorio.", "recommend request", "member_states TS"},
		{"Exhortar a los Estados que aún no lo han hecho a ratificar la Convención.", "request", "member_states"},
		{"Agradecer a Panamá por informar acerca del trabajo conjunto con Costa Rica.", "thank", ""},
		{"To take note that the RCGM, at its meeting of June 2015, approved the proposal.", "take_note", ""},
		{"Honduras, as incoming Presidency Pro Tempore, offers to host the next meeting.", "offer", "HND"},
		{"Tomar nota de que el Gobierno de Canadá se compromete a presentar una propuesta.", "take_note commit", "CAN"},
		{"Los gobiernos de Estados Unidos de América y México se comprometen a organizar un seminario.", "commit", "USA MEX"},
		{"Nos comprometemos a presentar informes nacionales.", "commit", "member_states"},
		{"Instar a los países que aún no lo han hecho a ratificar la Convención.", "request", "member_states"},
		{"To encourage those member countries that have not yet done so to ratify the Protocol.", "request", "member_states"},
		{"Acoger el informe de la PPT y alentar la celebración de una reunión conjunta de ambos procesos.", "take_note request", ""},
		{"Reaffirming that unity matters, the Member Countries will devote all resources.", "other commit", "member_states"},
		{"Celebrar la segunda Conferencia en Panamá, para lo cual el Gobierno de Panamá ofreció ser sede.", "other offer", "PAN"},
		{"To undertake to designate a national contact point.", "commit", ""},
		{"Documento conjunto de Guatemala y México. Ambos países se comprometieron a exponerlo ante el Grupo.", "commit", "GTM MEX"},
		{"Seminario sobre mujeres migrantes. Quedó convenido celebrarlo en San Salvador.", "agree", ""},
		{"Respecto de los proyectos; Comisión Económica para América Latina y el Caribe (CEPAL), quedó decidido distribuir su versión.", "agree", ""},
		{"Follow-up — The Vice Ministers instruct the Technical Secretariat to report.", "entrust", "TS"},
		{"The Member Countries decide to establish an Ad Hoc Group and will convene its first meeting within 30 days.", "agree commit", "member_states"},
		{"Reconocemos el trabajo del Grupo Regional de Consulta.", "thank", ""},
		{"Asimismo, reconocemos que la migración es un fenómeno complejo.", "", ""},
		{"RECHAZAR la ley sobre seguridad adoptada en Italia.", "other", ""},
		{"To set up a Virtual Secretariat, and to instruct the Presidency Pro Tempore to submit an estimate.", "other entrust", "PPT"},
		{"Ministers welcomed the report of the Working Group on Trafficking.", "take_note", ""},
		{"Ministers endorsed the Strategy on Labour Migration.", "approve", ""},
		{"Delegations thanked the Government of Indonesia for hosting the meeting.", "thank", ""},
		{"Participants welcomed the progress made by the Network.", "take_note", ""},
		{"Los Viceministros aprobaron el Plan de Trabajo.", "approve", ""},
		{"Participants extended their warmest thanks to the Government of Thailand.", "thank", ""},
		{"The Co-Chairs expressed their deep appreciation to IOM for its support.", "thank", ""},
		{"Los Viceministros manifestaron su más profundo agradecimiento al Gobierno de Panamá.", "thank", ""},
		{"Reiterar su reconocimiento a la OIM por su apoyo.", "thank", ""},
		{"Expresar su preocupación por la situación.", "other", ""},
		// an object pronoun before an inflected cue stands for the party named just before
		{"Aprobaron el informe del Grupo Regional de Consulta y le encomendaron el seguimiento de los acuerdos.", "approve entrust", "RCGM"},
		{"Felicitaron a Belice por su ingreso y lo invitaron a presentar un informe nacional.", "congratulate request", "BLZ"},
		{"Tomaron nota de la propuesta de la OIT y le solicitaron ampliarla.", "take_note request", "ILO"},
		// the last name of a list before a verb is no new subject
		{"Agradecieron las medidas que los gobiernos de Canadá, Guatemala y Panamá adoptaron en favor de los migrantes.", "thank", ""},
		// no clause starts inside a name ("... Latina y el Caribe")
		{"Agradecer a la Comisión Económica para América Latina y el Caribe (CEPAL) el apoyo brindado.", "thank", ""},
		// ", y elevarla": a verb no cue lists, with an object pronoun, is a second clause
		{"Tomar nota de la solicitud de Haití para incorporarse a la CRM, y elevarla a la consideración de los Viceministros.", "take_note other", ""},
		{"Solicitar a la OIM un estudio para promover la cooperación y fortalecer las capacidades.", "request", "IOM"},
		// a discourse phrase between "and" and the verb
		{"The delegations renewed their commitment to the dialogue and, to that end, adopted the Plan of Action.", "approve", ""},
		{"Tomar nota del informe y, en consecuencia, solicitar a la ST que lo distribuya.", "take_note request", "TS"},
		// nouns and means after "and" decide nothing
		{"The Member Countries will protect migrant children through consular networks and support of international protection.", "commit", "member_states"},
		{"We take note of the progress made by building and strengthening partnerships.", "take_note", ""},
		// a list of infinitives after commas
		{"To welcome the report of the TS, to propose that a joint meeting be held in 2019, and to invite Mexico to share its experience.", "take_note recommend request", "MEX"},
		// a that-clause whose subject is a thing asks nobody
		{"To propose that a joint meeting of the SACM and the RCM be held in 2019.", "recommend", ""},
		{"Solicitar que el informe de la OIM sea distribuido a los países.", "request", ""},
		{"Solicitar que la OIM distribuya el informe.", "request", "IOM"},
		// "would" in reported speech commits; a wish or a passive does not
		{"Participants agreed that ICMPD would circulate the draft report.", "commit", "ICMPD"},
		{"It was agreed that Member States would nominate focal points.", "commit", "member_states"},
		{"IOM would like to thank the hosts.", "", ""},
		{"Se acordó que la ST elaboraría una propuesta de presupuesto.", "commit", "TS"},
		{"Las delegaciones acordaron que México presentaría su informe.", "commit", "MEX"},
		{"Se acordó que sería conveniente revisar el plan.", "agree", ""},
		{"Participants agreed that the next meeting would be held in Baku.", "agree", ""},
		// "will be held": an event, no commitment
		{"To take note that the XI RCM will be held in San Salvador in 2006.", "take_note", ""},
	}
	for _, tt := range tests {
		a := newAnalysis(tt.text, x.rules, x.gaz)
		a.findClauses()
		var acts []string
		for _, c := range a.clauses {
			acts = append(acts, string(c.action))
		}
		if got := strings.Join(acts, " "); got != tt.actions {
			t.Errorf("%q: actions %q, want %q", tt.text, got, tt.actions)
		}
		var ps []string
		var prev []actas.Entity
		for _, c := range a.clauses {
			for _, p := range x.parties(a, c, &prev, nil) {
				ps = append(ps, p.ID)
			}
		}
		if got := strings.Join(ps, " "); got != tt.parties {
			t.Errorf("%q: parties %q, want %q", tt.text, got, tt.parties)
		}
	}
}

// TestDamagedVerbs checks that misspelt, OCR-damaged and split verbs keep
// their action, and that ordinary words near a cue do not take one.
func TestDamagedVerbs(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []actionCase{
		{"Solicitarr a la OIM un informe.", "request"},
		{"Agradeser al Gobierno de Honduras su hospitalidad.", "thank"},
		{"Encornendar a la ST la elaboración del directorio.", "entrust"},
		{"Recomen dar al GRCM que incluya el tema.", "recommend"},
		{"encornendar a la ST la consolidación de las observaciones.", "entrust"},
		{"recomen dar al GRCM la aprobación de una capacitación.", "recommend"},
		{"Tomar nota de la propuesta de México, y recomen dar al GRCM que defina su contenido.", "take_note recommend"},
		{"informar al GRCM sobre el taller.", ""},
		{"Tomar nota de la presentación del ACNUR y encornendar a la ST que prepare un cuadro.", "take_note entrust"},
		{"Exortar a los países a ratificar la Convención.", "request"},
		{"Aprovar el plan de trabajo.", "approve"},
		{"Reconocer el trabajo de la OIM.", "thank"},
		{"Considerando la importancia del tema.", ""},
		{"Costa Rica presentó su informe.", ""},
		{"The meeting endorscd the recommendations of the committee.", "approve"},
		{"The IGAD Secretariat was reqeusted to prepare a concept note.", "request"},
		{"IOM commited to support national migration policies.", "commit"},
		{"The meeting took note of the report, and encouarged Member States to submit inputs.", "take_note request"},
		{"The delegates commented on the report of the committee.", ""},
		{"The meeting adapted the agenda to the time available.", ""},
		{"The meeting endorsecl the regional strategy.", "approve"},
		{"The meeting reqested UNDP to support the member states.", "request"},
		{"The meeting recomrnended that the Secretariat convene a workshop.", "recommend"},
		{"Participants encouraqed IOM to support the member states.", "request"},
	}
	checkActions(t, x, tests)
}

// TestRoleMentions checks that the role an organisation plays ("en su
// calidad de Secretaría Técnica") is no second mention, while a country's
// role is.
func TestRoleMentions(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, mentions string }{
		{"Agradecer a la OIM, en su calidad de Secretaría Técnica, por la organización de la reunión.", "IOM"},
		{"To thank IOM, in its capacity as the Technical Secretariat, for its support.", "IOM"},
		{"Agradecer a México, en su calidad de Presidencia Pro Tempore, por coordinar el trabajo.", "MEX PPT"},
		{"Solicitar a la Secretaría Técnica un informe.", "TS"},
		// two acronyms run together where a hyphen was lost
		{"Take note of the wish to revive the RCMRNCOM Ad Hoc Working Group.", "RCM RNCOM"},
		{"Agradecer al equipo conjunto OIMACNUR su apoyo.", "IOM UNHCR"},
	}
	for _, tt := range tests {
		if got := pointMentions(t, x, tt.text); got != tt.mentions {
			t.Errorf("%q: mentions %q, want %q", tt.text, got, tt.mentions)
		}
	}
}

// TestFuzzyCueTie checks that a damaged word as near to two cues of the same
// length always reads as the same one ("Acentar": aceptar or alentar),
// whatever the order of the map of cues.
func TestFuzzyCueTie(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"acentar", "promone", "condenir"} {
		first, ok := x.rules.fuzzyCue(w, "")
		if !ok {
			t.Fatalf("%s: no cue", w)
		}
		for range 50 {
			if e, _ := x.rules.fuzzyCue(w, ""); e.action != first.action || e.words[0] != first.words[0] {
				t.Fatalf("%s: %s (%s), then %s (%s)", w, first.words[0], first.action, e.words[0], e.action)
			}
		}
	}
	if e, _ := x.rules.fuzzyCue("acentar", ""); e.words[0] != "aceptar" {
		t.Errorf("acentar: %s, want aceptar (first in byte order)", e.words[0])
	}
}

// TestMisspeltCity checks that a city of several words with one letter
// wrong still counts as a place, and that a short or one-word name does not
// take a city's country by a slip; a country named inside a city's name of
// another country ("Port of Spain") is that city's.
func TestMisspeltCity(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, mentions string }{
		{"Quedó convenido celebrar el seminario en San Salvardor en marzo.", "SLV"},
		{"Realizar el taller en Ciudad de Guatemla durante el primer semestre.", "GTM"},
		{"Celebrar la reunión en San Pedro Sulla.", "HND"},
		{"Realizar el taller en San Salvador.", "SLV"},
		{"Celebrar la reunión en La Pas.", ""},
		{"Aprobar el Plan San Marcos.", ""},
		{"To hold the next meeting in Port of Spain.", "TTO"}, // a country's name inside another country's city
		{"To hold the next meeting in Madrid, Spain.", "ESP"},
	}
	for _, tt := range tests {
		if got := pointMentions(t, x, tt.text); got != tt.mentions {
			t.Errorf("%q: mentions %q, want %q", tt.text, got, tt.mentions)
		}
	}
}

// pointMentions extracts text as the one point under "ACUERDAN:" and gives
// the ids of its mentions, space-separated.
func pointMentions(t *testing.T, x *Extractor, text string) string {
	t.Helper()
	rep, err := x.Extract(&actas.Document{Pages: splitPages("ACUERDAN:\n\n1. " + text + "\n")})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ag := range rep.Agreements {
		for _, m := range ag.Mentions {
			got = append(got, m.ID)
		}
	}
	return strings.Join(got, " ")
}

// TestTopicCuesNoAcronyms checks that no topic cue opens with a word that
// is an acronym of the gazetteer: splitting a glued acronym ("OIMACNUR")
// then never makes a topic cue, and headingTopic may look for one before
// the analysis.
func TestTopicCuesNoAcronyms(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for w := range x.rules.structure.phrases("topic").byFirst {
		if _, ok := wholeAcronym(x.gaz, strings.ToUpper(w)); ok {
			t.Errorf("topic cue word %q is an acronym", w)
		}
	}
}

// TestSentenceEnds checks that a stop after a two-letter acronym ends its
// sentence, so the clause after it is read, and that dotted abbreviations
// and initials do not.
func TestSentenceEnds(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []actionCase{
		{"To take note of the matrix presented by the TS. The Network requests the Member Countries to:", "take_note request"},
		{"Tomar nota del informe de la ST. La Red solicita a los Países Miembros:", "take_note request"},
		{"To thank the Government of the U.S. for its support.", "thank"},
		{"Agradecer a EE.UU. Y a Canadá su apoyo.", "thank"},
	}
	checkActions(t, x, tests)
}

// actionCase is a text and the actions of its clauses, joined by spaces.
type actionCase struct{ text, actions string }

// checkActions checks the actions of the clauses found in each case's text.
func checkActions(t *testing.T, x *Extractor, cases []actionCase) {
	t.Helper()
	for _, c := range cases {
		a := newAnalysis(c.text, x.rules, x.gaz)
		a.findClauses()
		var acts []string
		for _, cl := range a.clauses {
			acts = append(acts, string(cl.action))
		}
		if got := strings.Join(acts, " "); got != c.actions {
			t.Errorf("%q: actions %q, want %q", c.text, got, c.actions)
		}
	}
}
