package gazetteer

import (
	"strings"
	"testing"
)

func mustDefault(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// ids renders matches as "type:id" joined by spaces.
func ids(ms []Match) string {
	var b []string
	for _, m := range ms {
		b = append(b, string(m.Entity.Type)[:1]+":"+m.Entity.ID)
	}
	return strings.Join(b, " ")
}

func TestFind(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name, text, want string
	}{
		{"accents", "Agradecer a México, Panamá y Canadá", "c:MEX c:PAN c:CAN"},
		{"no accents", "Mexico, Panama y Canada", "c:MEX c:PAN c:CAN"},
		{"upper case heading", "REPÚBLICA DOMINICANA Y COSTA RICA", "c:DOM c:CRI"},
		{"line break in name", "Estados Unidos de\nAmérica y Belice", "c:USA c:BLZ"},
		{"repeated spaces", "Estados   Unidos  de   América", "c:USA"},
		{"longest Mexico", "los Estados Unidos Mexicanos", "c:MEX"},
		{"longest USA", "Estados Unidos de América", "c:USA"},
		{"short USA", "Estados Unidos", "c:USA"},
		{"EE.UU.", "Canadá y EE.UU. firmaron", "c:CAN c:USA"},
		{"EE. UU. spaced", "EE. UU.", "c:USA"},
		{"EEUU", "EEUU", "c:USA"},
		{"U.S.", "the U.S. delegation", "c:USA"},
		{"the United States", "Canada and the United States agreed", "c:CAN c:USA"},
		{"the USA", "the USA", "c:USA"},
		{"usa is a verb", "la OIM usa esta guía", "o:IOM"},
		{"papua new guinea", "Papua New Guinea and Guinea", "c:PNG c:GIN"},
		{"guinea-bissau", "Guinea-Bissau", "c:GNB"},
		{"dominica", "Dominica and the Dominican Republic", "c:DMA c:DOM"},
		{"whole words India", "the Indian Ocean and India", "c:IND"},
		{"demonym with role noun", "the Slovak Presidency and the Bangladeshi delegation", "c:SVK c:BGD"},
		{"demonym role noun before", "la Presidencia mexicana y las autoridades guatemaltecas", "c:MEX c:GTM"},
		{"a treaty of the UN", "ratify the United Nations Convention against Transnational Organized Crime, with the United Nations system", "o:UN"},
		{"demonym plural consonant", "las delegaciones españolas y el Gobierno alemán", "c:ESP c:DEU"},
		{"demonym without role", "Mexican migrants and chilenos", ""},
		{"coordinated demonyms", "the Indian, Nigerian and Omani delegations", "c:IND c:NGA c:OMN"},
		{"coordinated demonyms es", "las delegaciones mexicana y guatemalteca", "c:MEX c:GTM"},
		{"demonyms no noun", "Indian, Nigerian and Omani nationals", ""},
		{"demonym after PPT", "la Presidencia Pro Tempore mexicana", "o:PPT c:MEX"},
		{"demonym before PPT", "the Mexican Presidency Pro Tempore", "c:MEX o:PPT"},
		{"china lower case", "la delegación china y China", "c:CHN c:CHN"},
		{"hyphen at line end", "Slova-\nkia and Hun-\ngary", "c:SVK c:HUN"},
		{"hyphen at line end in capitals", "BELIZE, HON-\nDURAS AND JA-\nMAICA", "c:BLZ c:HND c:JAM"},
		{"hyphen in multiword", "la Repú-\nblica Dominicana", "c:DOM"},
		{"hyphen and spaces", "Guate- mala", "c:GTM"},
		{"hyphen not a name", "Pro-\ntempore y co-\nordinación", ""},
		{"Georgia in list", "Armenia, Georgia and Turkey", "c:ARM c:GEO c:TUR"},
		{"Georgia list start", "Georgia, Malaysia, IOM", "c:GEO c:MYS o:IOM"},
		{"Georgia alone", "Georgia", "c:GEO"},
		{"Georgia state", "held in Atlanta, Georgia, in May", ""},
		{"Georgia in prose", "the delegate of Georgia spoke", ""},
		{"Georgia's government", "thanked the Government of Georgia for its hospitality", "c:GEO"},
		{"Georgia's delegation", "la delegación de Georgia presentó", "c:GEO"},
		{"whole words Niger", "Nigeria", "c:NGA"},
		{"whole words Oman", "Woman and Oman", "c:OMN"},
		{"San Salvador city", "en San Salvador, El Salvador", "c:SLV"},
		{"San Salvador alone", "reunión celebrada en San Salvador", ""},
		{"Panama City", "held in Panama City", "c:PAN"},
		{"Ciudad de Guatemala", "Ciudad de Guatemala", "c:GTM"},
		{"Mexico City", "in Mexico City, Mexico", "c:MEX c:MEX"},
		{"New Mexico is a state", "New Mexico", ""},
		{"chile pepper", "con chile y Chile", "c:CHL"},
		{"turkey lower", "a turkey dinner in Turkey", "c:TUR"},
		{"Viet Nam", "Viet Nam and Vietnam", "c:VNM c:VNM"},
		{"South Africa", "consulados conjuntos en Sudáfrica y Australia", "c:ZAF c:AUS"},
		{"Brasil Peru", "Brasil, Perú y Bolivia", "c:BRA c:PER c:BOL"},
		{"Bolivia official", "República de Bolivia", "c:BOL"},
		{"OIM acronym", "Solicitar a la OIM", "o:IOM"},
		{"ONUDD acronym", "Solicitar a la ONUDD y al ACNUR", "o:UNODC o:UNHCR"},
		{"oim lower is not acronym", "oim", ""},
		{"IOM full es", "la Organización Internacional para las Migraciones (OIM)", "o:IOM o:IOM"},
		{"ST", "La ST se compromete", "o:TS"},
		{"st lower", "1st of July", ""},
		{"TS en", "the TS will", "o:TS"},
		{"Secretaria Tecnica no accents", "Solicitar a la Secretaria Tecnica", "o:TS"},
		{"the Technical Secretariat", "to the Technical Secretariat", "o:TS"},
		{"PPT", "Presidencia Pro-Témpore y la PPT", "o:PPT o:PPT"},
		{"Pro Tempore en", "the Presidency Pro Tempore", "o:PPT"},
		{"Secretaría Pro Tempore", "recomendar a la Secretaría Pro Témpore de la V Conferencia", "o:PPT"},
		{"Secretarías Pro Tempore", "las Secretarías Pro-Témpore saliente y entrante", "o:PPT"},
		{"Pro Tempore Secretariat", "the Pro Tempore Secretariat", "o:PPT"},
		{"GRM typo alias", "recomendar al GRM", "o:RCGM"},
		{"GRCM", "Encomendar al GRCM", "o:RCGM"},
		{"RROCM", "la RROCM", "o:RNCOM"},
		{"CORETT", "the CORETT will", "o:CORETT"},
		{"Regional Coalition", "the Regional Coalition against Trafficking in Persons and Migrant Smuggling", "o:CORETT"},
		{"UNHCR long", "the Office of the United Nations High Commissioner for Refugees", "o:UNHCR"},
		{"ACNUR long", "Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)", "o:UNHCR o:UNHCR"},
		{"RCM", "XX RCM and the Regional Conference on Migration", "o:RCM o:RCM"},
		{"CRM es", "IX Conferencia Regional sobre Migración", "o:RCM"},
		{"bare CAN not an org", "CAN", ""},
		{"Comunidad Andina", "la Comunidad Andina", "o:CAN"},
		{"UN Women", "UN Women and ONU Mujeres", "o:UNWOMEN o:UNWOMEN"},
		{"curly apostrophe", "United Nations Children’s Fund", "o:UNICEF"},
		{"straight apostrophe", "United Nations Children's Fund", "o:UNICEF"},
		{"Cote d'Ivoire", "Côte d’Ivoire", "c:CIV"},
		{"member states es", "Los Países Miembros enviarán", "g:member_states"},
		{"member states en", "the Member Countries", "g:member_states"},
		{"member states of the RCM", "Member States of the RCM", "g:member_states o:RCM"},
		{"países miembros de la CRM", "los Países Miembros de la CRM", "g:member_states o:RCM"},
		{"members word", "Members will nominate", "g:member_states"},
		{"membership not members", "membership", ""},
		{"los demás Estados", "pidieron a los demás Estados miembros de la CRM", "g:member_states o:RCM"},
		{"empty", "", ""},
		{"punctuation only", "... ,;", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(g.Find(tt.text)); got != tt.want {
				t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindSpans(t *testing.T) {
	g := mustDefault(t)
	text := "Solicitar a la OIM y a Estados Unidos de\nAmérica"
	ms := g.Find(text)
	if len(ms) != 2 {
		t.Fatalf("got %d matches, want 2: %+v", len(ms), ms)
	}
	want := []struct{ surface, span string }{
		{"la OIM", "la OIM"},
		{"Estados Unidos de América", "Estados Unidos de\nAmérica"},
	}
	for i, m := range ms {
		if m.Entity.Surface != want[i].surface || text[m.Start:m.End] != want[i].span {
			t.Errorf("match %d = %q [%q], want %q [%q]", i, m.Entity.Surface, text[m.Start:m.End], want[i].surface, want[i].span)
		}
	}
}

func TestBody(t *testing.T) {
	g := mustDefault(t)
	tests := []struct{ text, want string }{
		{"INFORME DE LA REUNIÓN DE LA RED DE FUNCIONARIOS DE ENLACE DE PROTECCIÓN CONSULAR", "rlcp"},
		{"la Red de Funcionarios de Enlace para la Protección Consular recomienda", "rlcp"},
		{"REPORT OF THE MEETING OF THE LIAISON OFFICER NETWORK TO COMBAT TRAFFICKING IN PERSONS AND MIGRANT SMUGGLING", "rltp"},
		{"Regional Consultation Group on Migration", "rcgm"},
		{"antes de la reunión del GRM", "rcgm"},
		{"VII CONFERENCIA REGIONAL SOBRE MIGRACION", "vmm"},
		{"Vice-Ministerial Meeting", "vmm"},
		{"QUINTA CONFERENCIA SUDAMERICANA SOBRE MIGRACIONES", "csm"},
		{"Bali Process Task Force on Planning and Preparedness", "bali_tfpp"},
		{"MEETING OF THE BUDAPEST GROUP", "budapest"}, // the process's name in the 1990s
		{"Ministerial Consultations on Overseas Employment and Contractual Labour for Countries of Origin in Asia", "colombo"},
		{"nothing here", ""},
	}
	for _, tt := range tests {
		b, ok := g.Body(tt.text)
		if b.ID != tt.want || ok != (tt.want != "") {
			t.Errorf("Body(%q) = %q, %v; want %q", tt.text, b.ID, ok, tt.want)
		}
	}
	if b, ok := g.BodyByID("rcgm"); !ok || b.OrgID != "RCGM" || b.NameEN != "Regional Consultation Group on Migration" {
		t.Errorf("BodyByID(rcgm) = %+v, %v", b, ok)
	}
	if b, ok := g.BodyByID("vmm"); !ok || b.OrgID != "RCM" {
		t.Errorf("BodyByID(vmm) = %+v, %v", b, ok)
	}
}

func TestFindCountry(t *testing.T) {
	g := mustDefault(t)
	tests := []struct{ text, want string }{
		{"México", "MEX"},
		{" Estados Unidos de\nAmérica ", "USA"},
		{"the Dominican Republic.", "DOM"},
		{"EE.UU.", "USA"},
		{"Guatemala", "GTM"},
		{"Kingdom of Swaziland", "SWZ"}, // a heading's official name
		{"Reino de Suazilandia", "SWZ"},
		{"Hon\u00adduras", "HND"}, // a soft hyphen a converter left inside the word
		{"San Salvador", ""},
		{"Tegucigalpa", ""},
		{"Mexico and Canada", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := g.FindCountry(tt.text)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("FindCountry(%q) = %q, %v; want %q", tt.text, got, ok, tt.want)
		}
	}
	if n, ok := g.Country("BOL"); !ok || n != "Bolivia" {
		t.Errorf("Country(BOL) = %q, %v", n, ok)
	}
	if _, ok := g.Country("XXX"); ok {
		t.Error("Country(XXX) found")
	}
}
