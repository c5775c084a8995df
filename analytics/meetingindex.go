package analytics

import (
	"context"
	"database/sql"
	"strings"
	"sync"
	"sync/atomic"
)

// meetingIndex maps a meeting_id to everything its page shows. It is read
// once per snapshot in five scans: DuckDB has no point index and the tables
// are not ordered by meeting, so every per-page lookup would scan them all.
type meetingIndex map[string]*Meeting

// agreementRef is where an agreement sits in the index.
type agreementRef struct {
	m *Meeting
	i int
}

// loadMeetingIndex reads every meeting with its participants, agreements,
// mentions and commitments.
func loadMeetingIndex(ctx context.Context, rd reader) (meetingIndex, error) {
	idx := meetingIndex{}
	in := interner{}
	if err := idx.readMeetings(ctx, rd, in); err != nil {
		return nil, err
	}
	if err := idx.readParticipants(ctx, rd, in); err != nil {
		return nil, err
	}
	refs, err := idx.readAgreements(ctx, rd, in)
	if err != nil {
		return nil, err
	}
	if err := readActions(ctx, rd, in, refs); err != nil {
		return nil, err
	}
	if err := readMentions(ctx, rd, in, refs); err != nil {
		return nil, err
	}
	if err := idx.readCommitments(ctx, rd, in); err != nil {
		return nil, err
	}
	idx.linkPDFCopies()
	for _, m := range idx {
		for i, c := range m.Commitments {
			if ref, ok := refs[c.AgreementID]; ok {
				m.Commitments[i].Text = ref.m.Agreements[ref.i].Text
			}
		}
	}
	return idx, nil
}

// linkPDFCopies maps each agreement of a meeting with a PDF copy to the same
// agreement in the copy: the one at the same position with the same number.
func (idx meetingIndex) linkPDFCopies() {
	for _, m := range idx {
		cp := idx[m.PDF]
		if cp == nil || cp == m {
			continue
		}
		m.pdfIDs = make(map[string]string, len(m.Agreements))
		for i, a := range m.Agreements {
			if i < len(cp.Agreements) && cp.Agreements[i].Number == a.Number {
				m.pdfIDs[a.ID] = cp.Agreements[i].ID
			}
		}
	}
}

// readMeetings adds every meeting's metadata, copies included, with a title made up for an untitled one; a repeated meeting_id keeps its first row.
func (idx meetingIndex) readMeetings(ctx context.Context, rd reader, in interner) error {
	return rows(ctx, rd, "index_meetings", nil, func(r *sql.Rows) error {
		m := &Meeting{Participants: []Entity{}, Agreements: []Agreement{}, Commitments: []Commitment{}}
		if err := r.Scan(&m.ID, &m.Title, &m.BodyID, &m.Body, &m.BodyWritten, &m.Start, &m.End, &m.City,
			&m.CountryISO3, &m.Country, &m.Lang, &m.FileName, &m.Format, &m.Pages, &m.Canonical, &m.PDF); err != nil {
			return err
		}
		m.Title = displayTitle(m.Title, m.Body, m.City, m.Start)
		m.BodyID, m.Body, m.BodyWritten = in.s(m.BodyID), in.s(m.Body), in.s(m.BodyWritten)
		m.City, m.CountryISO3, m.Country = in.s(m.City), in.s(m.CountryISO3), in.s(m.Country)
		m.Lang, m.Format = in.s(m.Lang), in.s(m.Format)
		if _, dup := idx[m.ID]; !dup {
			idx[m.ID] = m
		}
		return nil
	})
}

// readParticipants adds who took part to each meeting.
func (idx meetingIndex) readParticipants(ctx context.Context, rd reader, in interner) error {
	return rows(ctx, rd, "index_participants", nil, func(r *sql.Rows) error {
		var id string
		var e Entity
		if err := r.Scan(&id, &e.Type, &e.ID, &e.Name); err != nil {
			return err
		}
		if m := idx[id]; m != nil {
			m.Participants = append(m.Participants, in.entity(e))
		}
		return nil
	})
}

// readAgreements adds each meeting's agreements and returns where each one went.
func (idx meetingIndex) readAgreements(ctx context.Context, rd reader, in interner) (map[string]agreementRef, error) {
	refs := map[string]agreementRef{}
	err := rows(ctx, rd, "index_agreements", nil, func(r *sql.Rows) error {
		var id string
		var a Agreement
		if err := r.Scan(&id, &a.ID, &a.Number, &a.Parent, &a.Action, &a.Text, &a.Page, &a.CharStart, &a.CharEnd); err != nil {
			return err
		}
		m := idx[id]
		if m == nil {
			return nil
		}
		a.Number, a.Parent, a.Action = in.s(a.Number), in.s(a.Parent), in.s(a.Action)
		a.Actions, a.Mentions = []string{}, []Entity{}
		refs[a.ID] = agreementRef{m, len(m.Agreements)}
		m.Agreements = append(m.Agreements, a)
		return nil
	})
	return refs, err
}

// readActions adds each agreement's clause actions.
func readActions(ctx context.Context, rd reader, in interner, refs map[string]agreementRef) error {
	return rows(ctx, rd, "index_actions", nil, func(r *sql.Rows) error {
		var aid, action string
		if err := r.Scan(&aid, &action); err != nil {
			return err
		}
		if ref, ok := refs[aid]; ok {
			a := &ref.m.Agreements[ref.i]
			a.Actions = append(a.Actions, in.fields(action)...)
		}
		return nil
	})
}

// readMentions adds the countries and organisations each agreement names.
func readMentions(ctx context.Context, rd reader, in interner, refs map[string]agreementRef) error {
	return rows(ctx, rd, "index_mentions", nil, func(r *sql.Rows) error {
		var aid string
		var e Entity
		if err := r.Scan(&aid, &e.Type, &e.ID, &e.Name); err != nil {
			return err
		}
		if ref, ok := refs[aid]; ok {
			a := &ref.m.Agreements[ref.i]
			a.Mentions = append(a.Mentions, in.entity(e))
		}
		return nil
	})
}

// readCommitments adds the commitments made at each meeting.
func (idx meetingIndex) readCommitments(ctx context.Context, rd reader, in interner) error {
	return rows(ctx, rd, "index_commitments", nil, func(r *sql.Rows) error {
		var id string
		var c Commitment
		if err := r.Scan(&id, &c.ID, &c.AgreementID, &c.Number, &c.Action, &c.Responsible.Type, &c.Responsible.ID,
			&c.Responsible.Name, &c.DueText, &c.DueEnd, &c.Status, &c.FulfilledBy, &c.FulfilledInMeeting,
			&c.Evidence, &c.ByPerson); err != nil {
			return err
		}
		if m := idx[id]; m != nil {
			c.Action, c.Status, c.Responsible = in.s(c.Action), in.s(c.Status), in.entity(c.Responsible)
			m.Commitments = append(m.Commitments, c)
		}
		return nil
	})
}

// interner shares one copy of the names, codes and actions that repeat across meetings.
type interner map[string]string

// s returns the shared copy of v.
func (in interner) s(v string) string {
	if w, ok := in[v]; ok {
		return w
	}
	in[v] = v
	return v
}

// entity returns e with shared strings.
func (in interner) entity(e Entity) Entity {
	return Entity{Type: in.s(e.Type), ID: in.s(e.ID), Name: in.s(e.Name)}
}

// fields splits a space-separated list into shared strings.
func (in interner) fields(v string) []string {
	f := strings.Fields(v)
	for i := range f {
		f[i] = in.s(f[i])
	}
	return f
}

// lazyMeetings loads a snapshot's meeting index on first use; a failed load
// is tried again by the next caller. Readers after the load take no lock.
type lazyMeetings struct {
	mu  sync.Mutex
	idx atomic.Pointer[meetingIndex]
}

// get returns the index, loading it from db when it is not there yet.
func (l *lazyMeetings) get(ctx context.Context, rd reader) (meetingIndex, error) {
	if p := l.idx.Load(); p != nil {
		return *p, nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if p := l.idx.Load(); p != nil {
		return *p, nil
	}
	idx, err := loadMeetingIndex(ctx, rd)
	if err != nil {
		return nil, err
	}
	l.idx.Store(&idx)
	return idx, nil
}
