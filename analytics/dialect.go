package analytics

import (
	"context"
	"database/sql"
	"fmt"
)

// dialect says how the queries read the snapshot's schema, which grows as
// the transform does: each field is an SQL fragment or a flag the query
// templates (queries/*.sql) use, so one binary serves older and newer snapshots.
type dialect struct {
	Family        string // conference family of the body aliased b, upper case, e.g. RCM
	Canon         string // true for the canonical row of the meeting aliased m
	MeetingsAll   string // table or view with every copy of every meeting
	AgreementsAll string // table or view with the agreements of every copy
	// ParticipantsAll, ActionsAll, MentionsAll and CommitmentsAll hold the rows of every copy likewise.
	ParticipantsAll, ActionsAll, MentionsAll, CommitmentsAll string
	Evidence                                                 string // the evidence of the commitment aliased k, or its followup aliased cf
	Followups                                                bool   // commitment_followups is a public table to join as cf
	CanonicalCol                                             bool   // meetings has canonical_meeting_id (copies point at their canonical meeting)
	OrgShort                                                 string // short name of the organisation aliased o
	Verdict                                                  bool   // documents has an extraction verdict
	VerdictDetail                                            bool   // documents says what the verdict rests on
	Assessable                                               bool   // commitments says whether a commitment can be assessed yet
	StatusReason                                             bool   // commitments says why it has its status
	DecidedBy                                                bool   // commitments says whether a person decided its status or link
	Uncertain                                                bool   // documents says whether its OCR text is uncertain
}

// familyColumns are the names the bodies' conference family may have, in order of preference.
var familyColumns = []string{"family", "conference_family", "conference", "process"}

// probeDialect reads which tables and columns the snapshot has.
func probeDialect(ctx context.Context, db *sql.DB) (dialect, error) {
	cols := map[string]bool{}
	rs, err := db.QueryContext(ctx, `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'`)
	if err != nil {
		return dialect{}, fmt.Errorf("schema: %w", err)
	}
	defer rs.Close()
	for rs.Next() {
		var t, c string
		if err := rs.Scan(&t, &c); err != nil {
			return dialect{}, fmt.Errorf("schema: %w", err)
		}
		cols[t+"."+c] = true
		cols[t] = true
	}
	if err := rs.Err(); err != nil {
		return dialect{}, fmt.Errorf("schema: %w", err)
	}
	return dialectOf(cols), nil
}

// dialectOf picks the fragments for a schema given as "table" and "table.column" keys.
func dialectOf(cols map[string]bool) dialect {
	d := dialect{Family: "upper(coalesce(b.body_id, ''))", Canon: "true", MeetingsAll: "meetings", AgreementsAll: "agreements",
		OrgShort: "o.name_en"}
	switch {
	case cols["bodies.rcm"]:
		d.Family = "CASE WHEN b.rcm THEN 'RCM' ELSE upper(coalesce(b.org_id, b.body_id, '')) END"
	case cols["bodies.org_id"]:
		d.Family = "upper(coalesce(b.org_id, b.body_id, ''))"
	}
	for i := len(familyColumns) - 1; i >= 0; i-- {
		if c := familyColumns[i]; cols["bodies."+c] {
			d.Family = "upper(coalesce(b." + c + ", " + d.Family + "))"
		}
	}
	switch {
	case cols["meetings.is_canonical"]:
		d.Canon = "coalesce(m.is_canonical, true)"
	case cols["meetings.canonical_meeting_id"]:
		d.Canon = "coalesce(m.canonical_meeting_id, m.meeting_id) = m.meeting_id"
	}
	if cols["meetings_all"] {
		d.MeetingsAll = "meetings_all"
	}
	all := func(table string) string {
		if cols[table+"_all"] {
			return table + "_all"
		}
		return table
	}
	d.AgreementsAll, d.ParticipantsAll, d.ActionsAll = all("agreements"), all("meeting_participants"), all("agreement_actions")
	d.MentionsAll, d.CommitmentsAll = all("agreement_mentions"), all("commitments")
	switch {
	case cols[d.CommitmentsAll+".evidence"]:
		d.Evidence = "k.evidence"
	case cols["commitment_followups.evidence"]:
		d.Evidence, d.Followups = "cf.evidence", true
	default:
		d.Evidence = "NULL"
	}
	d.CanonicalCol = cols[d.MeetingsAll+".canonical_meeting_id"]
	if cols["organisations.acronym_en"] {
		d.OrgShort = "coalesce(nullif(o.acronym_en, ''), o.name_en)"
	}
	d.Verdict = cols["documents.verdict"]
	d.VerdictDetail = cols["documents.verdict_detail"]
	d.Assessable = cols["commitments.assessable"]
	d.StatusReason = cols["commitments.status_reason"]
	d.DecidedBy = cols["commitments.decided_by"]
	d.Uncertain = cols["documents.uncertain"]
	return d
}
