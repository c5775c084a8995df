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

// archive is everything the matcher reads, keyed by id.
type archive struct {
	meetings    map[string]*meeting
	agreements  map[string]*agreement
	commitments []*commitment
	newest      time.Time // start of the newest meeting
}

// queryRows runs q and calls scan for every row.
func queryRows(ctx context.Context, db querier, name, q string, scan func(*sql.Rows) error) error {
	rows, err := db.QueryContext(ctx, q)
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

// loadArchive reads meetings, agreements, clauses, mentions and commitments.
func loadArchive(ctx context.Context, db querier) (*archive, error) {
	a := &archive{meetings: map[string]*meeting{}, agreements: map[string]*agreement{}}
	err := queryRows(ctx, db, "meetings", sqlMeetings, func(r *sql.Rows) error {
		var m meeting
		var start sql.NullTime
		if err := r.Scan(&m.id, &m.body, &start, &m.lang, &m.canonical); err != nil {
			return err
		}
		m.start = start.Time
		if m.start.After(a.newest) {
			a.newest = m.start
		}
		a.meetings[m.id] = &m
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = queryRows(ctx, db, "agreements", sqlAgreements, func(r *sql.Rows) error {
		var g agreement
		if err := r.Scan(&g.id, &g.meetingID, &g.seq, &g.action, &g.number, &g.parentID, &g.text); err != nil {
			return err
		}
		a.agreements[g.id] = &g
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = queryRows(ctx, db, "agreement_actions", sqlClauses, func(r *sql.Rows) error {
		var id string
		var c clause
		if err := r.Scan(&id, &c.seq, &c.action, &c.text); err != nil {
			return err
		}
		if g := a.agreements[id]; g != nil {
			g.clauses = append(g.clauses, c)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = queryRows(ctx, db, "agreement_mentions", sqlMentions, func(r *sql.Rows) error {
		var id string
		var m mention
		if err := r.Scan(&id, &m.typ, &m.id, &m.surface); err != nil {
			return err
		}
		if g := a.agreements[id]; g != nil {
			g.mentions = append(g.mentions, m)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = queryRows(ctx, db, "stg_commitments", sqlCommitments, func(r *sql.Rows) error {
		var c commitment
		var seq sql.NullInt64
		var due sql.NullTime
		if err := r.Scan(&c.id, &c.agreementID, &c.meetingID, &seq, &c.respType, &c.respID, &due, &c.dueText); err != nil {
			return err
		}
		c.clauseSeq, c.dueEnd = int(seq.Int64), due.Time
		a.commitments = append(a.commitments, &c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return a, nil
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
