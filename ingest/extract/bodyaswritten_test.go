package extract

import (
	"testing"

	"actas"
)

// TestNameAsWritten checks that an English report keeps the name it gives
// one of the conference's working groups, and that other bodies and
// Spanish reports keep the canonical English name.
func TestNameAsWritten(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ heading, body, name string }{
		{"REGIONAL CONFERENCE ON MIGRATION\nAD HOC WORKING GROUP ON EXTRA-CONTINENTAL MIGRATION FLOWS\nMexico City, Mexico, March 12, 2014", "rcm_wg_extracontinental", "Ad Hoc Working Group on Extra-Continental Migration Flows"},
		{"REGIONAL CONFERENCE ON MIGRATION\nAD HOC GROUP ON MIGRANT CHILDREN\nGuatemala City, Guatemala, July 8, 2014", "rcm_wg_children", "Ad Hoc Group on Migrant Children"},
		{"REGIONAL CONFERENCE ON MIGRATION\nAd Hoc Working Group on Extra-Regional Migration\nSan José, Costa Rica, May 10, 2016", "rcm_wg_extraregional", "Ad Hoc Working Group on Extra-Regional Migration"},
		// a Spanish report: the body's English name
		{"CONFERENCIA REGIONAL SOBRE MIGRACIÓN\nGRUPO AD HOC SOBRE NIÑEZ MIGRANTE\nGuatemala, 8 de julio de 2014", "rcm_wg_children", "Ad Hoc Working Group on Migrant Children and Adolescents"},
		// not a working group: the canonical name
		{"REGIONAL CONFERENCE ON MIGRATION\nMeeting of the Regional Network of Liaison Officers for Consular Protection\nSan José, Costa Rica, May 10, 2018", "rlcp", "Liaison Officer Network for Consular Protection"},
	}
	for _, tt := range tests {
		rep, err := x.Extract(&actas.Document{Pages: splitPages(tt.heading + "\n\nAGREEMENTS:\n\n1. Approve the plan.\n")})
		if err != nil {
			t.Fatal(err)
		}
		if m := rep.Meeting; m.BodyID != tt.body || m.BodyEN != tt.name {
			t.Errorf("%q: body %q %q, want %q %q", tt.heading, m.BodyID, m.BodyEN, tt.body, tt.name)
		}
	}
}
