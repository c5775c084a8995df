package followup

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// meeting is one row of meetings.
type meeting struct {
	id, body, lang, canonical string
	start                     time.Time // zero when unknown
}

// agreement is one row of agreements with its clauses and mentions.
type agreement struct {
	id, meetingID, number, parentID, text, action string
	seq                                           int
	clauses                                       []clause
	mentions                                      []mention
}

// clause is one row of agreement_actions.
type clause struct {
	seq          int
	action, text string
}

// mention is one row of agreement_mentions.
type mention struct{ typ, id, surface string }

// commitment is one row of stg_commitments.
type commitment struct {
	id, agreementID, meetingID, respType, respID string
	dueText                                      string // the deadline as written, cut from the commitment's text
	clauseSeq                                    int
	dueEnd                                       time.Time // zero when none
}

// archive is what the matcher holds, keyed by id: every meeting, and the
// agreements of the window of meetings it is matching.
type archive struct {
	meetings   map[string]*meeting
	agreements map[string]*agreement
	newest     time.Time // start of the newest meeting
}

// queryRows runs q and calls scan for every row.
func queryRows(ctx context.Context, db querier, name, q string, scan func(*sql.Rows) error) error {
	return queryRowsArgs(ctx, db, name, q, nil, scan)
}

// queryRowsArgs runs q with args and calls scan for every row.
func queryRowsArgs(ctx context.Context, db querier, name, q string, args []any, scan func(*sql.Rows) error) error {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("followup: read %s: %w", name, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return fmt.Errorf("followup: read %s: %w", name, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("followup: read %s: %w", name, err)
	}
	return nil
}

// querier is a *sql.DB or *sql.Conn.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// readMeetings reads the meetings of fu_w_meetings in walking order (plan.sql)
// into a.meetings, and returns them as places.
func (a *archive) readMeetings(ctx context.Context, db querier) ([]place, error) {
	var out []place
	err := queryRows(ctx, db, "meetings", sqlPlan, func(r *sql.Rows) error {
		var m meeting
		var pl place
		var start, horizon sql.NullTime
		var listed bool
		if err := r.Scan(&pl.pos, &m.id, &m.body, &start, &m.lang, &m.canonical, &horizon, &listed, &pl.lo, &pl.hi, &pl.todo); err != nil {
			return err
		}
		m.start, pl.start, pl.horizon = start.Time, start.Time, horizon.Time
		if listed {
			if m.start.After(a.newest) {
				a.newest = m.start
			}
			a.meetings[m.id] = &m
		}
		out = append(out, pl)
		return nil
	})
	return out, err
}

// readAgreements reads the agreements numbered lo to hi with their mentions
// and, when clauses is set, their clauses, in order.
func readAgreements(ctx context.Context, db querier, lo, hi int64, clauses bool) ([]*agreement, error) {
	var out []*agreement
	byOrd := map[int64]*agreement{}
	err := queryRowsArgs(ctx, db, "agreements", sqlRangeAgreements, []any{lo, hi}, func(r *sql.Rows) error {
		var g agreement
		var ord int64
		if err := r.Scan(&ord, &g.id, &g.meetingID, &g.seq, &g.action, &g.number, &g.parentID, &g.text); err != nil {
			return err
		}
		out = append(out, &g)
		byOrd[ord] = &g
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = queryRowsArgs(ctx, db, "agreement_actions", sqlRangeClauses, []any{lo, hi, clauses}, func(r *sql.Rows) error {
		var ord int64
		var c clause
		if err := r.Scan(&ord, &c.seq, &c.action, &c.text); err != nil {
			return err
		}
		if g := byOrd[ord]; g != nil {
			g.clauses = append(g.clauses, c)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = queryRowsArgs(ctx, db, "agreement_mentions", sqlRangeMentions, []any{lo, hi}, func(r *sql.Rows) error {
		var ord int64
		var m mention
		if err := r.Scan(&ord, &m.typ, &m.id, &m.surface); err != nil {
			return err
		}
		if g := byOrd[ord]; g != nil {
			g.mentions = append(g.mentions, m)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// readCommitments reads the commitments to match made at the meetings at
// positions from to to, by id.
func readCommitments(ctx context.Context, db querier, from, to int64) ([]*commitment, error) {
	var out []*commitment
	err := queryRowsArgs(ctx, db, "commitments", sqlRangeCommitments, []any{from, to}, func(r *sql.Rows) error {
		var c commitment
		var seq sql.NullInt64
		var due sql.NullTime
		if err := r.Scan(&c.id, &c.agreementID, &c.meetingID, &seq, &c.respType, &c.respID, &due, &c.dueText); err != nil {
			return err
		}
		c.clauseSeq, c.dueEnd = int(seq.Int64), due.Time
		out = append(out, &c)
		return nil
	})
	return out, err
}

// meetingOf returns the meeting of an agreement, or an empty one.
func (a *archive) meetingOf(g *agreement) *meeting {
	if m := a.meetings[g.meetingID]; m != nil {
		return m
	}
	return &meeting{}
}

// asOf is the start of the newest meeting of the archive when it is later
// than the commitment's meeting, zero when there is none (the commitment
// cannot be assessed).
func (a *archive) asOf(c *commitment) time.Time {
	made := a.meetings[c.meetingID]
	if made == nil || made.start.IsZero() || !a.newest.After(made.start) {
		return time.Time{}
	}
	return a.newest
}
