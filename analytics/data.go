package analytics

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

// errNotFound is returned for a meeting, country or organisation that is not there.
var errNotFound = errors.New("not found")

// Option is one choice of a filter.
type Option struct {
	Value string `json:"value"`
	Label string `json:"label"`
}

// FilterOptions are the bodies, years and languages the filter form offers.
type FilterOptions struct {
	Bodies []Option `json:"bodies"`
	Years  []string `json:"years"`
	Langs  []string `json:"languages"`
}

// loadFilterOptions lists what the snapshot has to filter by.
func loadFilterOptions(ctx context.Context, db *sql.DB) (FilterOptions, error) {
	var fo FilterOptions
	err := rows(ctx, db, "filter_options", nil, func(r *sql.Rows) error {
		var kind string
		var o Option
		if err := r.Scan(&kind, &o.Value, &o.Label); err != nil {
			return err
		}
		switch kind {
		case "body":
			fo.Bodies = append(fo.Bodies, o)
		case "year":
			fo.Years = append(fo.Years, o.Value)
		case "lang":
			fo.Langs = append(fo.Langs, o.Value)
		}
		return nil
	})
	return fo, err
}

// MeetingRow is one line of the meetings list.
type MeetingRow struct {
	ID         string `json:"meeting_id"`
	Title      string `json:"title"`
	Body       string `json:"body"`
	Date       string `json:"start_date"`
	City       string `json:"city"`
	Country    string `json:"country"`
	Lang       string `json:"language"`
	Agreements int    `json:"agreements"`
}

// loadMeetings lists the filtered meetings matching q, newest first.
func loadMeetings(ctx context.Context, db *sql.DB, f Filter, q string, limit, offset int) ([]MeetingRow, error) {
	p := f.params()
	p["q"], p["limit"], p["offset"] = q, limit, offset
	out := []MeetingRow{}
	err := rows(ctx, db, "meetings_list", p, func(r *sql.Rows) error {
		var m MeetingRow
		if err := r.Scan(&m.ID, &m.Title, &m.Body, &m.Date, &m.City, &m.Country, &m.Lang, &m.Agreements); err != nil {
			return err
		}
		out = append(out, m)
		return nil
	})
	return out, err
}

// Entity is a participant, mention or responsible party with its name.
type Entity struct {
	Type string `json:"entity_type"`
	ID   string `json:"entity_id"`
	Name string `json:"name"`
}

// Link returns the page of a country or organisation, or "" for a group.
func (e Entity) Link() string {
	switch e.Type {
	case "country":
		return "/countries/" + e.ID
	case "organisation":
		return "/organisations/" + e.ID
	}
	return ""
}

// Meeting is one meeting with everything its page shows.
type Meeting struct {
	ID           string       `json:"meeting_id"`
	Title        string       `json:"title"`
	BodyID       string       `json:"body_id"`
	Body         string       `json:"body"`
	BodyWritten  string       `json:"body_as_written"`
	Start        string       `json:"start_date"`
	End          string       `json:"end_date"`
	City         string       `json:"city"`
	CountryISO3  string       `json:"country_iso3"`
	Country      string       `json:"country"`
	Lang         string       `json:"language"`
	FileName     string       `json:"file_name"`
	Format       string       `json:"format"`
	Pages        int          `json:"pages"`
	Participants []Entity     `json:"participants"`
	Agreements   []Agreement  `json:"agreements"`
	Commitments  []Commitment `json:"commitments"`
}

// Agreement is one agreement of a meeting with its clause actions and mentions.
type Agreement struct {
	ID        string   `json:"agreement_id"`
	Number    string   `json:"number"`
	Parent    string   `json:"parent_number"`
	Action    string   `json:"action"`
	Actions   []string `json:"actions"`
	Text      string   `json:"text"`
	Page      int      `json:"page"`
	CharStart int      `json:"char_start"`
	CharEnd   int      `json:"char_end"`
	Mentions  []Entity `json:"mentions"`
}

// Depth is how deep the agreement sits in its hierarchy, from 0.
func (a Agreement) Depth() int { return strings.Count(a.Number, ".") }

// Commitment is one commitment with its status and the evidence for it.
type Commitment struct {
	ID                 string `json:"commitment_id"`
	AgreementID        string `json:"agreement_id"`
	Number             string `json:"agreement_number"`
	Action             string `json:"action"`
	Responsible        Entity `json:"responsible"`
	DueText            string `json:"due_text"`
	DueEnd             string `json:"due_end"`
	Status             string `json:"status"`
	FulfilledBy        string `json:"fulfilled_by_agreement_id"`
	FulfilledInMeeting string `json:"fulfilled_in_meeting_id"`
	Evidence           string `json:"evidence"`
}

// PageText is one page of a report's text.
type PageText struct {
	Page   int    `json:"page"`
	Text   string `json:"text"`
	Method string `json:"method"`
}

// loadPages reads the page texts of a meeting's report.
func loadPages(ctx context.Context, db *sql.DB, id string) ([]PageText, error) {
	var out []PageText
	err := rows(ctx, db, "document_pages", params{"id": id}, func(r *sql.Rows) error {
		var p PageText
		if err := r.Scan(&p.Page, &p.Text, &p.Method); err != nil {
			return err
		}
		out = append(out, p)
		return nil
	})
	return out, err
}

// EntityCommitment is something a party was asked to do and what came of it.
type EntityCommitment struct {
	ID                 string `json:"commitment_id"`
	MeetingID          string `json:"meeting_id"`
	Date               string `json:"start_date"`
	Title              string `json:"title"`
	Number             string `json:"agreement_number"`
	Action             string `json:"action"`
	Text               string `json:"text"`
	DueText            string `json:"due_text"`
	Status             string `json:"status"`
	FulfilledInMeeting string `json:"fulfilled_in_meeting_id"`
	FulfilledBy        string `json:"fulfilled_by_agreement_id"`
}

// FollowThrough counts a party's commitments by status.
type FollowThrough struct {
	Made      int      `json:"made"`
	Fulfilled int      `json:"fulfilled"`
	Overdue   int      `json:"overdue"`
	Pending   int      `json:"pending"`
	Rate      *float64 `json:"follow_through_rate"`
}

// EntityPage is what a country's or organisation's page shows besides charts.
type EntityPage struct {
	Entity        Entity             `json:"entity"`
	FollowThrough FollowThrough      `json:"follow_through"`
	Commitments   []EntityCommitment `json:"commitments"`
}

// loadEntity reads a party's name, follow-through and commitments under the filter.
func loadEntity(ctx context.Context, db *sql.DB, typ, id string, f Filter) (EntityPage, error) {
	ep := EntityPage{Entity: Entity{Type: typ, ID: id}, Commitments: []EntityCommitment{}}
	p := f.params()
	p["type"], p["id"] = typ, id
	err := rows(ctx, db, "entity_name", p, func(r *sql.Rows) error { return r.Scan(&ep.Entity.Name) })
	if err != nil {
		return ep, err
	}
	if ep.Entity.Name == "" {
		return ep, errNotFound
	}
	err = rows(ctx, db, "entity_follow_through", p, func(r *sql.Rows) error {
		ft := &ep.FollowThrough
		var rate sql.NullFloat64
		if err := r.Scan(&ft.Made, &ft.Fulfilled, &ft.Overdue, &ft.Pending, &rate); err != nil {
			return err
		}
		if rate.Valid {
			ft.Rate = &rate.Float64
		}
		return nil
	})
	if err != nil {
		return ep, err
	}
	err = rows(ctx, db, "entity_commitments", p, func(r *sql.Rows) error {
		var c EntityCommitment
		if err := r.Scan(&c.ID, &c.MeetingID, &c.Date, &c.Title, &c.Number, &c.Action, &c.Text, &c.DueText,
			&c.Status, &c.FulfilledInMeeting, &c.FulfilledBy); err != nil {
			return err
		}
		ep.Commitments = append(ep.Commitments, c)
		return nil
	})
	return ep, err
}
