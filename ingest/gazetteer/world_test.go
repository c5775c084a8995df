package gazetteer

import (
	"strings"
	"testing"
)

// TestFindWorld covers the organisations and processes active on migration
// outside the RCM, in English and Spanish.
func TestFindWorld(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name, text, want string
	}{
		{"ASEAN AU en", "ASEAN and the African Union (AU)", "o:ASEAN o:AU o:AU"},
		{"ASEAN UA es", "la ASEAN y la Unión Africana (UA)", "o:ASEAN o:AU o:AU"},
		{"Sudeste Asiático", "la Asociación de Naciones del Sudeste Asiático", "o:ASEAN"},
		{"ECOWAS en", "the Economic Community of West African States (ECOWAS)", "o:ECOWAS o:ECOWAS"},
		{"CEDEAO es", "la Comunidad Económica de los Estados de África Occidental (CEDEAO)", "o:ECOWAS o:ECOWAS"},
		{"SADC IGAD", "SADC, IGAD and COMESA", "o:SADC o:IGAD o:COMESA"},
		{"SADC es", "la Comunidad de África Meridional para el Desarrollo", "o:SADC"},
		{"IGAD es", "la Autoridad Intergubernamental para el Desarrollo (IGAD)", "o:IGAD o:IGAD"},
		{"SAARC", "South Asian Association for Regional Cooperation (SAARC)", "o:SAARC o:SAARC"},
		{"PIFS, not the Forum", "the Pacific Islands Forum Secretariat and the Pacific Islands Forum", "o:PIFS o:PIF"},
		{"Pacific police and crime networks", "the Pacific Islands Chiefs of Police (PICP) and the Pacific Transnational Crime Network", "o:PICP o:PICP o:PTCN"},
		{"UNRCCA", "the OSCE and UNRCCA", "o:OSCE o:UNRCCA"},
		{"SAARC es", "la Asociación del Asia Meridional para la Cooperación Regional", "o:SAARC"},
		{"EU UE", "the EU and la UE", "o:EU o:EU"},
		{"ICMPD", "el Centro Internacional para el Desarrollo de Políticas Migratorias (ICMPD)", "o:ICMPD o:ICMPD"},
		{"UNDP PNUD", "UNDP, el PNUD y el UNFPA", "o:UNDP o:UNDP o:UNFPA"},
		{"OHCHR ACNUDH", "OHCHR y la ACNUDH", "o:OHCHR o:OHCHR"},
		{"UN Women ONU Mujeres", "UN-Women and ONU Mujeres", "o:UNWOMEN o:UNWOMEN"},
		{"World Bank Banco Mundial", "the World Bank and el Banco Mundial", "o:WB o:WB"},
		{"IDB BID", "the Inter-American Development Bank (IDB) y el BID", "o:IDB o:IDB o:IDB"},
		{"Bali Process RSO", "the Bali Process RSO", "o:BALI o:RSO"},
		{"RSO long", "the Regional Support Office of the Bali Process", "o:RSO"},
		{"GFMD", "the Global Forum on Migration and Development (GFMD)", "o:GFMD o:GFMD"},
		{"FMMD", "el Foro Mundial sobre Migración y Desarrollo (FMMD)", "o:GFMD o:GFMD"},
		{"CEPAL CELADE", "CEPAL/CELADE", "o:ECLAC o:CELADE"},
		{"SACM", "the XIII SACM", "o:CSM"},
		{"processes en", "the Colombo Process, the Abu Dhabi Dialogue and the Budapest Process", "o:COLOMBO o:ADD o:BUDAPEST"},
		{"processes es", "el Proceso de Praga, el Proceso de Rabat y el Proceso de Jartum", "o:PRAGUE o:RABAT o:KHARTOUM"},
		{"IGAD RCP", "the IGAD-RCP and MIDSA, MIDWA, MIDCOM", "o:IGADRCP o:MIDSA o:MIDWA o:MIDCOM"},
		{"Almaty", "el Proceso de Almaty", "o:ALMATY"},
		{"OCHA OECD", "OCHA, la OCDE y la OSCE", "o:OCHA o:OECD o:OSCE"},
		{"UN DESA", "UN DESA", "o:DESA"},
		{"ILO OIT", "la OIT y la ILO", "o:ILO o:ILO"},
		{"OEA SICA", "la OEA y el SICA", "o:OAS o:SICA"},
		{"Asia-Pacific members", "Lao PDR, DPR Korea, Korea and Maldives", "c:LAO c:PRK c:KOR c:MDV"},
		{"miembros de Asia", "la República Democrática Popular Lao, la República de Corea, Maldivas y Bahréin", "c:LAO c:KOR c:MDV c:BHR"},
		{"Iran official", "Iran (Islamic Republic of)", "c:IRN"},
		{"Secretaría Pro Tempore", "la Secretaría Pro Tempore de la CSM", "o:PPT o:CSM"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(g.Find(tt.text)); got != tt.want {
				t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestFindRiskyAliases checks acronyms that are also words or codes: they
// must not give a mention where they are words.
func TestFindRiskyAliases(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name, text, want string
	}{
		{"UN in English", "the UN system and UN agencies", "o:UN o:UN"},
		{"UN Spanish article in capitals", "ACUERDAN: CREAR UN GRUPO DE TRABAJO", ""},
		{"UN in a capitals heading", "DECLARACIÓN DE UN NUEVO COMPROMISO", ""},
		{"Un lower", "Un grupo de trabajo", ""},
		{"UN beside punctuation", "IOM, UN and UNHCR", "o:IOM o:UN o:UNHCR"},
		{"EU lower Portuguese", "eu sou", ""},
		{"EU Portuguese capitals", "EU SOU BRASILEIRO", ""},
		{"EU English", "EU Member States", "o:EU g:member_states"},
		{"AU in capitals French", "AU SOMMET DE L'UNION", ""},
		{"AU", "the AU Commission", "o:AU"},
		{"ADD verb in capitals", "ADD A NEW ITEM", ""},
		{"ADD acronym", "the ADD and the Colombo Process", "o:ADD o:COLOMBO"},
		{"LAS article", "LAS PARTES y las partes", ""},
		{"AL article", "AL RESPECTO", ""},
		{"Liga Árabe", "la Liga de los Estados Árabes", "o:LAS"},
		{"ST Saint", "ST. KITTS AND NEVIS", "c:KNA"},
		{"ST secretariat", "LA ST SE COMPROMETE", "o:TS"},
		{"BAD English", "BAD WEATHER", ""},
		{"ECA Brazilian statute", "el ECA de Brasil", "c:BRA"},
		{"CAF country code", "CAF", ""},
		{"CEPA word", "una CEPA", ""},
		{"SOM", "SOM", ""},
		{"caritas word", "unas caritas sonrientes", ""},
		{"Cáritas", "Cáritas y Caritas Internationalis", "o:CARITAS o:CARITAS"},
		{"shouted Spanish clause", "ACUERDAN: SOLICITAR A LA OIM UN INFORME SOBRE LAS ACCIONES DE AL MENOS UN PAÍS", "o:IOM"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(g.Find(tt.text)); got != tt.want {
				t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestBodyWorld(t *testing.T) {
	g := mustDefault(t)
	tests := []struct{ text, want, family string }{
		{"Meeting of the Liaison Officer Network for Consular Protection (RLCP)", "rlcp", "RCM"},
		{"RLTP meeting", "rltp", "RCM"},
		{"XVIII SACM", "csm", "CSM"},
		{"Conferencia Suramericana sobre Migraciones", "csm", "CSM"},
		{"Ninth Meeting of the Ad Hoc Group Senior Officials", "bali_ahg", "BALI"},
		{"Bali Process Senior Officials' Meeting", "bali_ministerial", "BALI"},
		{"Reunión de Altos Funcionarios del Proceso de Bali", "bali_ministerial", "BALI"},
		{"Bali Process Working Group on Trafficking in Persons", "bali_wg_tip", "BALI"},
		{"Sixth Ministerial Consultation of the Colombo Process", "colombo", "COLOMBO"},
		{"Colombo Process Senior Officials Meeting", "colombo", "COLOMBO"},
		{"Quinta Consulta Ministerial del Diálogo de Abu Dhabi", "add", "ADD"},
		{"Budapest Process Ministerial Conference", "budapest", "BUDAPEST"},
		{"Reunión de Altos Funcionarios del Proceso de Praga", "prague", "PRAGUE"},
		{"Euro-African Dialogue on Migration and Development", "rabat", "RABAT"},
		{"Proceso de Jartum", "khartoum", "KHARTOUM"},
		{"IGAD-RCP meeting", "igad_rcp", "IGADRCP"},
		{"Diálogo sobre la Migración para África Meridional", "midsa", "MIDSA"},
		{"MIDWA Ministerial Meeting", "midwa", "MIDWA"},
		{"Migration Dialogue from the Common Market for Eastern and Southern Africa Member States", "midcom", "MIDCOM"},
		{"Almaty Process on Refugee Protection and International Migration", "almaty", "ALMATY"},
		{"XXXV Reunión Ordinaria de la Comisión Centroamericana de Directores de Migración", "ocam", "OCAM"},
		{"Foro Mundial sobre Migración y Desarrollo", "gfmd", "GFMD"},
		{"Puebla Process", "vmm", "RCM"},
		{"Proceso Puebla", "vmm", "RCM"},
		{"Proceso de Puebla", "vmm", "RCM"},
		{"Regional Conference Regarding Migration (CRM) Extraordinary Declaration", "vmm", "RCM"},
	}
	for _, tt := range tests {
		b, ok := g.Body(tt.text)
		if !ok || b.ID != tt.want || b.Family != tt.family {
			t.Errorf("Body(%q) = %q family %q, %v; want %q family %q", tt.text, b.ID, b.Family, ok, tt.want, tt.family)
		}
	}
}

// TestReferenceInvariants checks rules every row of the reference data keeps.
func TestReferenceInvariants(t *testing.T) {
	g := mustDefault(t)
	for id, b := range g.bodies {
		f, ok := g.orgs[b.Family]
		if !ok {
			t.Errorf("body %s: family %q is no organisation", id, b.Family)
			continue
		}
		if f.Kind != "rcm_body" && f.Kind != "regional_process" && f.Kind != "regional_integration" {
			t.Errorf("body %s: family %s is a %s, not a conference or process", id, f.ID, f.Kind)
		}
		if b.NameES == "" {
			t.Errorf("body %s has no Spanish name", id)
		}
	}
	for id, o := range g.orgs {
		if o.NameEN == "" || o.NameES == "" || o.AcronymES == "" {
			t.Errorf("organisation %s lacks a name or acronym in one language: %+v", id, o)
		}
		// the scorer and the gold files write an organisation as its
		// English acronym in capitals: it must not read as a country code
		tok := strings.ToUpper(o.AcronymEN)
		if _, isCountry := g.countries[tok]; isCountry && id != "CAN" {
			t.Errorf("organisation %s: acronym %s is also a country's ISO code", id, tok)
		}
	}
}
