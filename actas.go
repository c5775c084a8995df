// Package actas holds the domain types shared by every stage of the pipeline:
// documents and their pages, and the report structure extracted from them.
package actas

import "time"

// Action is what one clause of an agreement decides.
type Action string

// The actions of ANNOTATION.md, plus none for a point that decides nothing.
const (
	ActionThank        Action = "thank"
	ActionCongratulate Action = "congratulate"
	ActionTakeNote     Action = "take_note"
	ActionApprove      Action = "approve"
	ActionAgree        Action = "agree"
	ActionRequest      Action = "request"
	ActionRecommend    Action = "recommend"
	ActionEntrust      Action = "entrust"
	ActionCommit       Action = "commit"
	ActionOffer        Action = "offer"
	ActionOther        Action = "other"
	ActionNone         Action = "none"
)

// Actions lists every action in a fixed order.
var Actions = []Action{ActionThank, ActionCongratulate, ActionTakeNote, ActionApprove,
	ActionAgree, ActionRequest, ActionRecommend, ActionEntrust, ActionCommit, ActionOffer,
	ActionOther, ActionNone}

// IsCommitment reports whether a clause with this action obliges a party to act.
func (a Action) IsCommitment() bool {
	switch a {
	case ActionRequest, ActionRecommend, ActionEntrust, ActionCommit, ActionOffer:
		return true
	}
	return false
}

// EntityType is the kind of party a participant, mention or responsible is.
type EntityType string

// Entity types: a country (ISO alpha-3 id), an organisation (org_id) or a group
// such as member_states.
const (
	EntityCountry      EntityType = "country"
	EntityOrganisation EntityType = "organisation"
	EntityGroup        EntityType = "group"
)

// GroupMemberStates is the group id of the member states acting together.
const GroupMemberStates = "member_states"

// Entity is a country, organisation or group, with the words that named it.
type Entity struct {
	Type    EntityType `json:"entity_type"`
	ID      string     `json:"entity_id"`
	Surface string     `json:"surface,omitempty"`
}

// Status of a commitment's follow-through.
const (
	StatusPending   = "pending"
	StatusFulfilled = "fulfilled"
	StatusOverdue   = "overdue"
)

// Document is one source file as text: its identity and its pages.
type Document struct {
	ID        string    `json:"document_id"` // first 16 hex digits of SHA256
	Path      string    `json:"path"`
	FileName  string    `json:"file_name"`
	SHA256    string    `json:"sha256"`
	Format    string    `json:"format"` // txt, pdf, docx, html
	Pages     []Page    `json:"pages"`
	Language  string    `json:"language"`
	Warnings  []string  `json:"warnings,omitempty"`  // e.g. "needs OCR", "structure uncertain (OCR)"
	Uncertain bool      `json:"uncertain,omitempty"` // structure less certain (OCR text)
	Ingested  time.Time `json:"ingested_at"`
	// Verdict says how well extraction understood the report: ok,
	// no_operative_part, no_agreements, unknown_body, no_date, degraded or
	// needs_ocr; VerdictDetail says what was not understood.
	Verdict       string `json:"verdict,omitempty"`
	VerdictDetail string `json:"verdict_detail,omitempty"`
}

// Page is the text of one page (a whole text file is one page), after page
// furniture is removed. Method records how the text was obtained.
type Page struct {
	Number int    `json:"page"` // from 1
	Text   string `json:"text"`
	Method string `json:"method"` // text, html, docx, pdf, pdf-repaired, pdftotext, ocr
	// OCRConfidence is the mean word confidence (0 to 100) of an OCR page.
	OCRConfidence float64 `json:"ocr_confidence,omitempty"`
	// LowWords are the words of an OCR page read with low confidence; they stay in Text.
	LowWords []string `json:"ocr_low_words,omitempty"`
}

// Report is what extraction finds in one document.
type Report struct {
	Meeting      Meeting     `json:"meeting"`
	Participants []Entity    `json:"participants"`
	Agreements   []Agreement `json:"agreements"`
}

// Meeting is the meeting a report records.
type Meeting struct {
	BodyID        string    `json:"body_id"`
	BodyEN        string    `json:"body_en"`
	BodyAsWritten string    `json:"body_as_written"`
	Title         string    `json:"title"`
	StartDate     time.Time `json:"start_date"` // zero when unknown
	EndDate       time.Time `json:"end_date"`
	City          string    `json:"city"`
	CountryISO3   string    `json:"country_iso3"`
	Language      string    `json:"language"` // es or en
}

// Agreement is one numbered (or positioned) point of the operative part.
type Agreement struct {
	Seq          int          `json:"seq"` // from 1, document order
	Number       string       `json:"number"`
	ParentNumber string       `json:"parent_number"`
	Action       Action       `json:"action"` // action of the first clause, or none
	Text         string       `json:"text"`
	Page         int          `json:"page"`
	CharStart    int          `json:"char_start"` // byte offsets in that page's text
	CharEnd      int          `json:"char_end"`
	Clauses      []Clause     `json:"clauses"`
	Mentions     []Entity     `json:"mentions"`
	Commitments  []Commitment `json:"commitments"`
}

// Clause is one deciding clause of an agreement.
type Clause struct {
	Seq    int    `json:"seq"` // from 1 within the agreement
	Action Action `json:"action"`
	Verb   string `json:"verb"` // as written
	Text   string `json:"text"`
}

// Commitment is one party that must act on a clause, with its deadline.
type Commitment struct {
	ClauseSeq   int       `json:"clause_seq"` // the Clause.Seq it comes from; 0 when unknown
	Action      Action    `json:"action"`
	Responsible Entity    `json:"responsible"`
	DueText     string    `json:"due_text,omitempty"`
	DueStart    time.Time `json:"due_start"` // zero when none
	DueEnd      time.Time `json:"due_end"`
	// DueNextMeetingOf is a body_id when the deadline is that body's next
	// meeting ("antes de la próxima reunión del GRCM"); transform resolves it.
	DueNextMeetingOf string `json:"due_next_meeting_of,omitempty"`
}
