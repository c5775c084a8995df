package extract

import "actas"

// nameAsWritten keeps the English name an English report gives one of the
// conference's own working groups ("Ad Hoc Working Group on
// Extra-Continental Migration Flows", "Ad Hoc Group on Migrant Children"):
// such groups were renamed over the years, and a body keeps the name it
// uses for itself. body_id still groups the meetings of the body.
func (x *Extractor) nameAsWritten(m *actas.Meeting) {
	b, ok := x.gaz.BodyByID(m.BodyID)
	if !ok || m.Language != "en" || b.Family != "RCM" || x.levels[b.ID] != "working_group" {
		return
	}
	if n, ok := x.gaz.NameAsWritten(b.ID, m.BodyAsWritten); ok {
		m.BodyEN = n
	}
}
