// Package followup links each commitment to the later agreement that records
// it done, and sets its status (fulfilled, overdue or pending).
package followup

import (
	"context"
	"database/sql"
	_ "embed"
	"fmt"
	"sync"

	"actas/data"
)

var (
	//go:embed sql/meetings.sql
	sqlMeetings string
	//go:embed sql/agreements.sql
	sqlAgreements string
	//go:embed sql/clauses.sql
	sqlClauses string
	//go:embed sql/mentions.sql
	sqlMentions string
	//go:embed sql/commitments.sql
	sqlCommitments string
	//go:embed sql/terms.sql
	sqlTerms string
	//go:embed sql/candidates.sql
	sqlCandidates string
	//go:embed sql/result.sql
	sqlResult string
	//go:embed sql/publish.sql
	sqlPublish string
	//go:embed sql/drop.sql
	sqlDrop string
)

// defaultRules reads the rules embedded in package data once.
var defaultRules = sync.OnceValues(func() (*Rules, error) { return LoadRules(data.FS) })

// Run reads meetings, agreements, agreement_actions, agreement_mentions and
// stg_commitments and replaces commitment_followups, one row per commitment.
func Run(ctx context.Context, db *sql.DB) error {
	r, err := defaultRules()
	if err != nil {
		return err
	}
	return RunWith(ctx, db, r)
}

// RunWith is Run with the given rules.
func RunWith(ctx context.Context, db *sql.DB, r *Rules) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("followup: %w", err)
	}
	defer conn.Close()
	defer conn.ExecContext(context.WithoutCancel(ctx), sqlDrop)
	arc, err := loadArchive(ctx, conn)
	if err != nil {
		return err
	}
	p := newProfiles(r, arc)
	cands, err := candidates(ctx, conn, p)
	if err != nil {
		return err
	}
	rows := make([]result, 0, len(arc.commitments))
	for _, c := range arc.commitments {
		rows = append(rows, p.follow(c, cands[c.id]))
	}
	return publish(ctx, conn, rows)
}

// result is one row of commitment_followups.
type result struct {
	commitmentID, status, fulfilledBy, evidence, reason string
	score                                               float64
}

// follow decides the status of one commitment from its candidates.
func (p *profiles) follow(c *commitment, cands []pair) result {
	res := result{commitmentID: c.id, status: statusPending}
	if m, ok := p.best(c, cands); ok {
		res.status, res.fulfilledBy, res.evidence = statusFulfilled, m.agreement.id, m.agreement.text
		res.score, res.reason = m.score, m.reason
		return res
	}
	if !c.dueEnd.IsZero() && c.dueEnd.Before(p.arc.newest) {
		res.status = statusOverdue
	}
	return res
}

// Statuses as ANNOTATION.md defines them (the same strings as actas.Status*).
const (
	statusPending   = "pending"
	statusFulfilled = "fulfilled"
	statusOverdue   = "overdue"
)
