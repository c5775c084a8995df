package extract

import (
	"strings"
	"testing"
)

// TestRestartHeadings checks that, where the line breaks were lost, a
// short heading ending with a colon opens a line when the list after it
func TestRestartHeadings(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	const pre = "The Regional Consultation Group on Migration met in San Salvador on 12 and 13 November 2018 under the Presidency Pro Tempore of El Salvador, with the delegations of Belize, Canada, Costa Rica, Guatemala, Honduras, Mexico and Panama. "
	const lead = pre + "The Member Countries agreed: The Presidency: a. It will send the work plan by 30 November 2018. b. It will convene the networks in 2019. "
	cases := []struct {
		text, heading string
		opens         bool
	}{
		{lead + "Observer organizations: a. Thank IOM for its presentation.", "Observer organizations:", true},
		{lead + "Organismos observadores: a) Agradecer a la OIM su presentación.", "Organismos observadores:", true},
		{lead + "Other matters: a. Thank Panama for hosting. b. Thank IOM.", "Other matters:", true},
		{lead + "In particular, Mexico: a. will report.", "In particular, Mexico:", false}, // a comma and items that go on its sentence
	}
	for _, c := range cases {
		checkOpens(t, x, c.text, c.heading, c.opens)
	}
}

// checkOpens checks whether s opens a line of text once its line breaks are
// put back.
func checkOpens(t *testing.T, x *Extractor, text, s string, want bool) {
	t.Helper()
	got := relineate(text+"\n", x.rules).text
	if opens := strings.Contains(got, "\n"+s); opens != want {
		t.Errorf("%q opens a line: %v, want %v in\n%s", s, opens, want, got)
	}
}

// TestNumberedLeadHeadings checks that a numbered heading in sentence case
// run onto its section's lead-in is cut from it where the line breaks were
// lost, with the list after a lead-in that ends with no colon, and that a
// point whose sentence names no subject is not.
func TestNumberedLeadHeadings(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	const pre = "4. Acuerdos Las delegaciones acordaron: - elaborar una guía regional de recepción de retornados; - solicitar a la OIM apoyo para un taller en noviembre de 2008; - celebrar la próxima reunión en Guatemala. "
	cases := []struct {
		text, lead string
		opens      bool
	}{
		{pre + "5. Recomendaciones a la Reunión Viceministerial El Grupo recomienda: i) aprobar la guía regional; ii) fortalecer los centros.", "El Grupo recomienda:", true},
		{pre + "5. Recommendations to the Vice-Ministerial Meeting The Group recommends: i) to approve the guide; ii) to strengthen the centres.", "The Group recommends:", true},
		{pre + "5. Other matters The Network adopted the following agreements 1. Approve the regional protocol. 2. Request the Technical Secretariat to compile the reports.", "1. Approve", true},
		{pre + "5. Recomendaciones a la Reunión Viceministerial, que el Grupo recomienda: i) aprobar la guía regional.", "que el Grupo", false},
		{pre + "B. Recommendations The RCP adopted the following recommendations: i) Member States to ratify the protocol; ii) IOM to support the Member States.", "The RCP adopted", true},
	}
	for _, c := range cases {
		checkOpens(t, x, c.text, c.lead, c.opens)
	}
}

// TestLeadOntoItem checks that a lead-in with no colon run onto the last
// item of an agenda ("d) Varios Tras las deliberaciones, la Red acordó 1.
// Remitir ...") opens a line, and so does its list, where the line breaks
// were lost.
func TestLeadOntoItem(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Participaron las delegaciones de Costa Rica, El Salvador, Guatemala, Honduras, México y Nicaragua. El orden del día fue el siguiente: " +
		"a) Apertura b) Presentación de informes nacionales c) Protocolo regional de retorno de víctimas d) Varios Tras las deliberaciones, la Red acordó " +
		"1. Remitir el Protocolo regional a los Viceministros para su aprobación. 2. Solicitar a la Secretaría Técnica un taller regional. 3. Agradecer al Gobierno de Nicaragua.\n"
	opensLines(t, x, text, "\nTras las deliberaciones", "\n1. Remitir")
}
