package load

import (
	"database/sql/driver"
	"fmt"
	"strings"
	"time"

	"actas"
)

// tableRows holds the rows of one document for each table, in column order.
type tableRows struct {
	documents, paths, pages            [][]driver.Value
	meetings, participants, agreements [][]driver.Value
	actions, mentions, commitments     [][]driver.Value
}

type namedRows struct {
	schema, name string
	rows         [][]driver.Value
}

// tables lists the rows in insertion order.
func (t *tableRows) tables() []namedRows {
	return []namedRows{
		{"main", "documents", t.documents}, {"main", "document_paths", t.paths}, {"main", "document_pages", t.pages},
		{RawSchema, "raw_meetings", t.meetings}, {RawSchema, "raw_participants", t.participants},
		{RawSchema, "raw_agreements", t.agreements}, {RawSchema, "raw_agreement_actions", t.actions},
		{RawSchema, "raw_agreement_mentions", t.mentions}, {RawSchema, "raw_commitments", t.commitments},
	}
}

// buildRows turns a document and its report into table rows with the ids of
// docs/design.md.
func buildRows(id string, doc *actas.Document, rep *actas.Report) *tableRows {
	t := &tableRows{}
	ingested := doc.Ingested
	if ingested.IsZero() {
		ingested = time.Now().UTC()
	}
	t.documents = append(t.documents, []driver.Value{id, text(doc.Path), text(fileName(doc)),
		strings.ToLower(doc.SHA256), text(doc.Format), int32(len(doc.Pages)), text(doc.Language),
		ingested, doc.Uncertain, text(strings.Join(doc.Warnings, "; ")), text(doc.Verdict), text(doc.VerdictDetail)})
	t.paths = append(t.paths, []driver.Value{id, text(doc.Path), nil, nil})
	for i, p := range doc.Pages {
		n := p.Number
		if n == 0 {
			n = i + 1
		}
		t.pages = append(t.pages, []driver.Value{id, int32(n), text(p.Text), text(p.Method),
			ocrConfidence(p), ocrLowWords(p)})
	}
	if rep == nil {
		return t
	}
	m := rep.Meeting
	lang := m.Language
	if lang == "" {
		lang = doc.Language
	}
	t.meetings = append(t.meetings, []driver.Value{id, id, text(m.BodyID), text(m.BodyEN),
		text(m.BodyAsWritten), text(m.Title), date(m.StartDate), date(m.EndDate), text(m.City),
		text(m.CountryISO3), text(lang), doc.Uncertain})
	seen := map[actas.Entity]bool{}
	for _, p := range rep.Participants {
		key := actas.Entity{Type: p.Type, ID: p.ID}
		if p.ID == "" || seen[key] {
			continue
		}
		seen[key] = true
		t.participants = append(t.participants, []driver.Value{id, string(p.Type), text(p.ID), text(p.Surface)})
	}
	for i, a := range rep.Agreements {
		t.addAgreement(id, i+1, a)
	}
	return t
}

// stamp records the stamp of the file the document was read from on its path row.
func (t *tableRows) stamp(s Stamp) {
	t.paths[0][2], t.paths[0][3] = s.values()
}

// addAgreement adds the rows of one agreement; seq falls back to position.
func (t *tableRows) addAgreement(meetingID string, pos int, a actas.Agreement) {
	seq := a.Seq
	if seq <= 0 {
		seq = pos
	}
	aid := fmt.Sprintf("%s-%03d", meetingID, seq)
	action := a.Action
	if action == "" {
		action = actas.ActionNone
	}
	t.agreements = append(t.agreements, []driver.Value{aid, meetingID, int32(seq), text(a.Number),
		text(a.ParentNumber), string(action), text(a.Text), int32(a.Page), int32(a.CharStart),
		int32(a.CharEnd), int32(len(a.Clauses))})
	for i, c := range a.Clauses {
		cs := c.Seq
		if cs <= 0 {
			cs = i + 1
		}
		t.actions = append(t.actions, []driver.Value{aid, int32(cs), string(c.Action), text(c.Verb), text(c.Text)})
	}
	seen := map[actas.Entity]bool{}
	for _, e := range a.Mentions {
		key := actas.Entity{Type: e.Type, ID: e.ID}
		if e.ID == "" || seen[key] {
			continue
		}
		seen[key] = true
		t.mentions = append(t.mentions, []driver.Value{aid, string(e.Type), text(e.ID), text(e.Surface)})
	}
	cursor := 0
	for i, c := range a.Commitments {
		var clauseSeq driver.Value
		if c.ClauseSeq > 0 {
			clauseSeq = int32(c.ClauseSeq)
		} else if k := clauseFor(a.Clauses, c.Action, cursor); k >= 0 {
			cursor = k
			clauseSeq = int32(a.Clauses[k].Seq)
			if a.Clauses[k].Seq <= 0 {
				clauseSeq = int32(k + 1)
			}
		}
		t.commitments = append(t.commitments, []driver.Value{fmt.Sprintf("%s-%d", aid, i+1), aid, meetingID,
			clauseSeq, string(c.Action), string(c.Responsible.Type), text(c.Responsible.ID), text(c.DueText),
			date(c.DueStart), date(c.DueEnd), nullText(c.DueNextMeetingOf)})
	}
}

// clauseFor returns the index of the clause a commitment with this action
// comes from: the first such clause at or after from, else the first anywhere,
// else -1. Commitments are listed in clause order, so from only moves forward.
func clauseFor(clauses []actas.Clause, action actas.Action, from int) int {
	for k := from; k < len(clauses); k++ {
		if clauses[k].Action == action {
			return k
		}
	}
	for k := 0; k < from && k < len(clauses); k++ {
		if clauses[k].Action == action {
			return k
		}
	}
	return -1
}

// fileName is the document's file name, from its path when unset.
func fileName(doc *actas.Document) string {
	if doc.FileName != "" {
		return doc.FileName
	}
	return FileName(doc.Path)
}

// date is a DATE value, NULL for the zero time.
func date(t time.Time) driver.Value {
	if t.IsZero() {
		return nil
	}
	return t
}

// nullText is s as text, NULL when empty.
func nullText(s string) driver.Value {
	if s == "" {
		return nil
	}
	return text(s)
}

// text makes s valid UTF-8 without NUL bytes, as DuckDB requires.
func text(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.ReplaceAll(s, "\x00", "")
}

// ocrConfidence is the OCR word confidence of a page read by OCR, else NULL.
func ocrConfidence(p actas.Page) driver.Value {
	if p.Method != "ocr" {
		return nil
	}
	return p.OCRConfidence
}

// ocrLowWords lists, space-separated, the words of an OCR page read with
// low confidence, else NULL.
func ocrLowWords(p actas.Page) driver.Value {
	if p.Method != "ocr" {
		return nil
	}
	return text(strings.Join(p.LowWords, " "))
}
