package analytics

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"
)

// errNotFound is returned for a meeting, country or organisation that is not there.
var errNotFound = errors.New("not found")

// Option is one choice of a filter; Group is a body's conference family.
type Option struct {
	Value string `json:"value"`
	Label string `json:"label"`
	Group string `json:"group,omitempty"`
}

// FilterOptions are the families, bodies, years, languages, countries,
// organisations, actions and statuses the filter form offers.
type FilterOptions struct {
	Families  []Option `json:"families"`
	Bodies    []Option `json:"bodies"`
	Years     []string `json:"years"`
	Langs     []string `json:"languages"`
	Countries []Option `json:"countries"`
	Orgs      []Option `json:"organisations"`
	Actions   []Option `json:"actions"`
	Statuses  []Option `json:"statuses"`
}

// loadFilterOptions lists what the snapshot has to filter by.
func loadFilterOptions(ctx context.Context, rd reader) (FilterOptions, error) {
	var fo FilterOptions
	err := rows(ctx, rd, "filter_options", nil, func(r *sql.Rows) error {
		var kind string
		var o Option
		if err := r.Scan(&kind, &o.Value, &o.Label, &o.Group); err != nil {
			return err
		}
		switch kind {
		case "family":
			fo.Families = append(fo.Families, o)
		case "body":
			fo.Bodies = append(fo.Bodies, o)
		case "year":
			fo.Years = append(fo.Years, o.Value)
		case "lang":
			fo.Langs = append(fo.Langs, o.Value)
		case "country":
			fo.Countries = append(fo.Countries, o)
		case "org":
			fo.Orgs = append(fo.Orgs, o)
		case "action":
			o.Label = humanLabel(o.Value)
			fo.Actions = append(fo.Actions, o)
		case "status":
			fo.Statuses = append(fo.Statuses, o)
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

// loadMeetings lists the filtered meetings matching f.Q, newest first.
func loadMeetings(ctx context.Context, rd reader, f Filter, limit, offset int) ([]MeetingRow, error) {
	p := f.params()
	p["limit"], p["offset"] = limit, offset
	out := []MeetingRow{}
	err := rows(ctx, rd, "meetings_list", p, func(r *sql.Rows) error {
		var m MeetingRow
		if err := r.Scan(&m.ID, &m.Title, &m.Body, &m.Date, &m.City, &m.Country, &m.Lang, &m.Agreements); err != nil {
			return err
		}
		m.Title = displayTitle(m.Title, m.Body, m.City, m.Date)
		out = append(out, m)
		return nil
	})
	return out, err
}

// displayTitle is a meeting's title, or one made of its body, city and month
// ("Vice-Ministerial Meeting, Antigua, May 2002") when the report gives none.
func displayTitle(title, body, city, date string) string {
	if t := strings.TrimSpace(title); t != "" {
		return t
	}
	var parts []string
	for _, s := range []string{body, city} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	if d, err := time.Parse(time.DateOnly, date); err == nil {
		parts = append(parts, d.Format("January 2006"))
	}
	if len(parts) == 0 {
		return "Untitled meeting"
	}
	return strings.Join(parts, ", ")
}

// AgreementRow is one line of the agreements list, with where to read it.
type AgreementRow struct {
	ID           string   `json:"agreement_id"`
	MeetingID    string   `json:"meeting_id"`
	Date         string   `json:"start_date"`
	Title        string   `json:"meeting_title"`
	Body         string   `json:"body"`
	City         string   `json:"city"`
	Number       string   `json:"number"`
	Action       string   `json:"action"`
	Actions      []string `json:"actions"`
	Text         string   `json:"text"`
	Page         int      `json:"page"`
	PDFMeetingID string   `json:"pdf_meeting_id,omitempty"`
	PDFAgreement string   `json:"pdf_agreement_id,omitempty"`
	PDFPage      int      `json:"pdf_page,omitempty"`
	Source       string   `json:"source_url"`
}

// sourceURL is the page showing an agreement highlighted: in the PDF copy's real pages when there is one.
func sourceURL(meetingID, agreementID, pdfMeeting, pdfAgreement string) string {
	if pdfMeeting != "" && pdfAgreement != "" {
		meetingID, agreementID = pdfMeeting, pdfAgreement
	}
	return "/meetings/" + meetingID + "/source?agreement=" + agreementID + "#hl"
}

// loadAgreements lists the agreements matching f, newest meeting first.
func loadAgreements(ctx context.Context, rd reader, f Filter, limit, offset int) ([]AgreementRow, error) {
	p := f.params()
	p["limit"], p["offset"] = limit, offset
	out := []AgreementRow{}
	err := rows(ctx, rd, "agreements_list", p, func(r *sql.Rows) error {
		var a AgreementRow
		var acts string
		if err := r.Scan(&a.ID, &a.MeetingID, &a.Date, &a.Title, &a.Body, &a.City, &a.Number, &a.Action, &acts, &a.Text,
			&a.Page, &a.PDFMeetingID, &a.PDFAgreement, &a.PDFPage); err != nil {
			return err
		}
		a.Title = displayTitle(a.Title, a.Body, a.City, a.Date)
		a.Actions = strings.Fields(acts)
		a.Source = sourceURL(a.MeetingID, a.ID, a.PDFMeetingID, a.PDFAgreement)
		out = append(out, a)
		return nil
	})
	return out, err
}

// CommitmentRow is one line of the commitments list: who must do what, from which agreement, and what came of it.
type CommitmentRow struct {
	ID                 string `json:"commitment_id"`
	AgreementID        string `json:"agreement_id"`
	MeetingID          string `json:"meeting_id"`
	Date               string `json:"start_date"`
	Title              string `json:"meeting_title"`
	Body               string `json:"body"`
	Number             string `json:"agreement_number"`
	Text               string `json:"agreement_text"`
	Action             string `json:"action"`
	Responsible        Entity `json:"responsible"`
	DueText            string `json:"due_text"`
	DueEnd             string `json:"due_end"`
	Status             string `json:"status"`
	Reason             string `json:"status_reason,omitempty"`
	ByPerson           bool   `json:"decided_by_person"`
	FulfilledInMeeting string `json:"fulfilled_in_meeting_id"`
	FulfilledBy        string `json:"fulfilled_by_agreement_id"`
	PDFMeetingID       string `json:"pdf_meeting_id,omitempty"`
	PDFAgreement       string `json:"pdf_agreement_id,omitempty"`
	PDFPage            int    `json:"pdf_page,omitempty"`
	Source             string `json:"source_url"`
}

// loadCommitments lists the commitments matching f, newest meeting first.
func loadCommitments(ctx context.Context, rd reader, f Filter, limit, offset int) ([]CommitmentRow, error) {
	p := f.params()
	p["limit"], p["offset"] = limit, offset
	out := []CommitmentRow{}
	err := rows(ctx, rd, "commitments_list", p, func(r *sql.Rows) error {
		var c CommitmentRow
		if err := r.Scan(&c.ID, &c.AgreementID, &c.MeetingID, &c.Date, &c.Title, &c.Body, &c.Number, &c.Text, &c.Action,
			&c.Responsible.Type, &c.Responsible.ID, &c.Responsible.Name, &c.DueText, &c.DueEnd, &c.Status, &c.Reason, &c.ByPerson,
			&c.FulfilledInMeeting, &c.FulfilledBy, &c.PDFMeetingID, &c.PDFAgreement, &c.PDFPage); err != nil {
			return err
		}
		c.Title = displayTitle(c.Title, c.Body, "", c.Date)
		c.Source = sourceURL(c.MeetingID, c.AgreementID, c.PDFMeetingID, c.PDFAgreement)
		out = append(out, c)
		return nil
	})
	return out, err
}

// PartyRow is one country or organisation of an index page.
type PartyRow struct {
	Type       string   `json:"entity_type"`
	ID         string   `json:"entity_id"`
	Name       string   `json:"name"`
	Member     bool     `json:"rcm_member"`
	Meetings   int      `json:"meetings_in_scope"`
	Attended   int      `json:"attended"`
	Agreements int      `json:"agreements_naming"`
	Made       int      `json:"commitments"`
	Fulfilled  int      `json:"fulfilled"`
	Assessable int      `json:"assessable"`
	Rate       *float64 `json:"follow_through_rate"`
}

// Link returns the party's page.
func (p PartyRow) Link() string { return Entity{Type: p.Type, ID: p.ID}.Link() }

// loadParties lists the countries or organisations of the filtered meetings.
func loadParties(ctx context.Context, rd reader, typ string, f Filter) ([]PartyRow, error) {
	p := f.params()
	p["type"] = typ
	out := []PartyRow{}
	err := rows(ctx, rd, "parties_index", p, func(r *sql.Rows) error {
		pr := PartyRow{Type: typ}
		if err := r.Scan(&pr.ID, &pr.Name, &pr.Member, &pr.Meetings, &pr.Attended, &pr.Agreements, &pr.Made, &pr.Fulfilled,
			&pr.Assessable); err != nil {
			return err
		}
		if pr.Assessable > 0 {
			rate := float64(pr.Fulfilled) / float64(pr.Assessable)
			pr.Rate = &rate
		}
		out = append(out, pr)
		return nil
	})
	return out, err
}

// DocumentRow is a document whose extraction verdict is not ok.
type DocumentRow struct {
	ID        string `json:"document_id"`
	FileName  string `json:"file_name"`
	Format    string `json:"format"`
	Verdict   string `json:"verdict"`
	Warnings  string `json:"detail"`
	MeetingID string `json:"meeting_id"`
	Title     string `json:"meeting_title"`
	Date      string `json:"start_date"`
	Uncertain bool   `json:"uncertain"`
}

// loadDocuments lists the documents whose extraction verdict is not ok or whose OCR text is uncertain.
func loadDocuments(ctx context.Context, rd reader) ([]DocumentRow, error) {
	out := []DocumentRow{}
	err := rows(ctx, rd, "documents_verdicts", nil, func(r *sql.Rows) error {
		var d DocumentRow
		if err := r.Scan(&d.ID, &d.FileName, &d.Format, &d.Verdict, &d.Warnings, &d.MeetingID, &d.Title, &d.Date, &d.Uncertain); err != nil {
			return err
		}
		out = append(out, d)
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

// Label is the entity's name, in words for a group (member states).
func (e Entity) Label() string {
	if e.Type == "group" && e.Name == e.ID {
		return humanLabel(e.ID)
	}
	return e.Name
}

// Meeting is one meeting with everything its page shows.
type Meeting struct {
	ID           string            `json:"meeting_id"`
	Title        string            `json:"title"`
	BodyID       string            `json:"body_id"`
	Body         string            `json:"body"`
	BodyWritten  string            `json:"body_as_written"`
	Start        string            `json:"start_date"`
	End          string            `json:"end_date"`
	City         string            `json:"city"`
	CountryISO3  string            `json:"country_iso3"`
	Country      string            `json:"country"`
	Lang         string            `json:"language"`
	FileName     string            `json:"file_name"`
	Format       string            `json:"format"`
	Pages        int               `json:"pages"`
	Canonical    string            `json:"canonical_meeting_id"`
	PDF          string            `json:"pdf_meeting_id,omitempty"`
	pdfIDs       map[string]string // agreement_id -> the same agreement in the PDF copy
	Participants []Entity          `json:"participants"`
	Agreements   []Agreement       `json:"agreements"`
	Commitments  []Commitment      `json:"commitments"`
}

// Countries and Observers split the participants into countries and the organisations and groups that attended as observers.
func (m Meeting) Countries() []Entity { return m.participants(true) }

// Observers returns the organisations and groups that took part.
func (m Meeting) Observers() []Entity { return m.participants(false) }

// participants returns the countries, or the others.
func (m Meeting) participants(countries bool) []Entity {
	var out []Entity
	for _, e := range m.Participants {
		if (e.Type == "country") == countries {
			out = append(out, e)
		}
	}
	return out
}

// Agreement is one agreement of a meeting with its clause actions and mentions.
type Agreement struct {
	ID        string   `json:"agreement_id"`
	Seq       int      `json:"-"`
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

// SourceOf is the page showing one of the meeting's agreements highlighted:
// in the PDF copy of its report, with its real pages, when there is one.
func (m Meeting) SourceOf(agreementID string) string {
	return sourceURL(m.ID, agreementID, m.PDF, m.pdfIDs[agreementID])
}

// Commitment is one commitment with its status and the evidence for it.
type Commitment struct {
	ID                 string `json:"commitment_id"`
	AgreementID        string `json:"agreement_id"`
	Text               string `json:"agreement_text"`
	Number             string `json:"agreement_number"`
	Action             string `json:"action"`
	Responsible        Entity `json:"responsible"`
	DueText            string `json:"due_text"`
	DueEnd             string `json:"due_end"`
	Status             string `json:"status"`
	FulfilledBy        string `json:"fulfilled_by_agreement_id"`
	FulfilledInMeeting string `json:"fulfilled_in_meeting_id"`
	Evidence           string `json:"evidence"`
	ByPerson           bool   `json:"decided_by_person"`
}

// PageText is one page of a report's text.
type PageText struct {
	Page   int    `json:"page"`
	Text   string `json:"text"`
	Method string `json:"method"`
}

// loadPages reads the page texts of a meeting's report.
func loadPages(ctx context.Context, rd reader, id string) ([]PageText, error) {
	var out []PageText
	err := rows(ctx, rd, "document_pages", params{"id": id}, func(r *sql.Rows) error {
		var p PageText
		if err := r.Scan(&p.Page, &p.Text, &p.Method); err != nil {
			return err
		}
		out = append(out, p)
		return nil
	})
	return out, err
}

// FollowThrough counts a party's commitments by status.
type FollowThrough struct {
	Made      int      `json:"made"`
	Fulfilled int      `json:"fulfilled"`
	Overdue   int      `json:"overdue"`
	Pending   int      `json:"pending"`
	Rate      *float64 `json:"follow_through_rate"`
}

// Attendance is how many meetings in scope a party took part in.
type Attendance struct {
	Meetings int `json:"meetings_in_scope"`
	Attended int `json:"attended"`
	From     int `json:"from"`
	To       int `json:"to"`
}

// EntityPage is what a country's or organisation's page shows besides charts.
type EntityPage struct {
	Entity        Entity          `json:"entity"`
	Attendance    Attendance      `json:"attendance"`
	FollowThrough FollowThrough   `json:"follow_through"`
	Commitments   []CommitmentRow `json:"commitments"`
}

// loadEntity reads a party's name, attendance, follow-through and latest commitments under the filter.
func loadEntity(ctx context.Context, rd reader, typ, id string, f Filter) (EntityPage, error) {
	ep := EntityPage{Entity: Entity{Type: typ, ID: id}}
	p := f.params()
	p["type"], p["id"] = typ, id
	err := rows(ctx, rd, "entity_name", p, func(r *sql.Rows) error { return r.Scan(&ep.Entity.Name) })
	if err != nil {
		return ep, err
	}
	if ep.Entity.Name == "" {
		return ep, errNotFound
	}
	err = rows(ctx, rd, "entity_attendance", p, func(r *sql.Rows) error {
		a := &ep.Attendance
		return r.Scan(&a.Meetings, &a.Attended, &a.From, &a.To)
	})
	if err != nil {
		return ep, err
	}
	err = rows(ctx, rd, "entity_follow_through", p, func(r *sql.Rows) error {
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
	ep.Commitments, err = loadCommitments(ctx, rd, f.party(typ, id), 50, 0)
	return ep, err
}

// party returns the filter narrowed to one country or organisation.
func (f Filter) party(typ, id string) Filter {
	if typ == "country" {
		f.Country = id
	} else {
		f.Org = id
	}
	return f
}
