package transform

import (
	"context"
	"database/sql"
)

// followupDDL creates commitment_followups when follow-up matching has not
// written it yet, so that the models reading it work.
const followupDDL = `create table if not exists commitment_followups (
	commitment_id varchar, status varchar, fulfilled_by_agreement_id varchar,
	evidence varchar, match_score double, match_reason varchar, evidence_agreement_id varchar)`

// FollowupFunc links commitments to the later agreements that record them
// done, replacing commitment_followups.
type FollowupFunc func(ctx context.Context, db *sql.DB) error
