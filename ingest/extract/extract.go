// Package extract turns the text of a meeting report into its structure:
// the meeting, its participants, and the numbered agreements of its
// operative part with their actions, mentions and commitments.
package extract

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"actas"
	"actas/data"
	"actas/ingest/gazetteer"
	"actas/ingest/pages"
)

// Extractor holds the reference data and rules extraction needs.
type Extractor struct {
	gaz    *gazetteer.Gazetteer
	rules  *rules
	cities map[string]string
	// cityNames writes each folded city name as cities.csv does ("San Salvador").
	cityNames map[string]string
	// citiesByFirst lists the folded city names of several words by their
	// first word, for misspeltCityAt.
	citiesByFirst map[string][]string
	// citiesAt holds the folded city names by their first byte, for cityInText.
	citiesAt *cityIndex
	levels   map[string]string
	// secretariats maps a body family to the organisation that serves as
	// its secretariat (secretariats.csv).
	secretariats map[string]string
	// members are the RCM member countries, in the order of countries.csv.
	members []string
	// processAffixes holds, by body_id, the ways withProcess writes the
	// body's name around other words, tokenized once.
	processAffixes map[string][4][2]gazetteer.Phrase
	// bodyKeys are the rows of body_keywords.csv: a network's words.
	bodyKeys []bodyKey
}

var (
	defaultOnce sync.Once
	defaultX    *Extractor
	defaultErr  error
)

// Default returns an Extractor over the embedded reference data.
func Default() (*Extractor, error) {
	defaultOnce.Do(func() { defaultX, defaultErr = New(data.FS) })
	return defaultX, defaultErr
}

// New builds an Extractor from the reference CSV files in fsys.
func New(fsys fs.FS) (*Extractor, error) {
	g, err := gazetteer.Load(fsys)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	r, err := loadRules(fsys)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	x := &Extractor{gaz: g, rules: r, cities: map[string]string{}, cityNames: map[string]string{}, levels: map[string]string{}}
	rows, err := readCSV(fsys, "cities.csv")
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	for _, row := range rows {
		x.cities[fold(row["city"])] = row["iso3"]
		x.cityNames[fold(row["city"])] = row["city"]
	}
	x.citiesByFirst = map[string][]string{}
	for c := range x.cities {
		if sp := strings.IndexByte(c, ' '); sp > 0 {
			x.citiesByFirst[c[:sp]] = append(x.citiesByFirst[c[:sp]], c)
		}
	}
	x.citiesAt = newCityIndex(x.cities)
	rows, err = readCSV(fsys, "countries.csv")
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	for _, row := range rows {
		if row["rcm_member"] == "true" {
			x.members = append(x.members, row["iso3"])
		}
	}
	rows, err = readCSV(fsys, "bodies.csv")
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	x.processAffixes = map[string][4][2]gazetteer.Phrase{}
	for _, row := range rows {
		x.levels[row["body_id"]] = row["level"]
		if b, ok := g.BodyByID(row["body_id"]); ok {
			x.processAffixes[b.ID] = processAffixes(b)
		}
	}
	rows, err = readCSV(fsys, "secretariats.csv")
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	x.secretariats = map[string]string{}
	for _, row := range rows {
		x.secretariats[row["family"]] = row["org_id"]
	}
	if x.bodyKeys, err = loadBodyKeys(fsys); err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	return x, nil
}

// ErrNoMeeting reports a text in which no meeting report was found.
var ErrNoMeeting = errors.New("no meeting report found: no date, no body and no agreements")

// Extract reads the report in doc. It sets doc.Language. An internal error
// in one step degrades the report instead of losing it: the step's rows are
// left out and doc.Warnings says which step failed.
func (x *Extractor) Extract(doc *actas.Document) (*actas.Report, error) {
	var failed []string
	guard := func(step string, f func()) {
		defer func() {
			if r := recover(); r != nil {
				failed = append(failed, fmt.Sprintf("%s: %v", step, r))
			}
		}()
		f()
	}
	text, offsets := pages.Join(doc.Pages)
	text = unframeBoxes(text)                            // boxes.go: offsets stay
	guard("numbers", func() { text = ocrNumbers(text) }) // ocrwords.go: "l4 de marzo de l997", offsets stay
	orig := text
	rl := &relined{text: text, n: len(text)}
	guard("line breaks", func() {
		ug := unglueMarkers(text) // gluedmarks.go
		rl = relineate(ug.text, x.rules)
		if ug.text != text {
			rl.prev, rl.n = ug, ug.n
		}
	})
	text = rl.text
	var nodes []*node
	var blocks []*block
	guard("structure", func() {
		br := readBreaks(orig, splitLines(orig)) // the line breaks as they came (linebreaks.go)
		br.orig = rl.orig
		blocks = parseBroken(text, x.rules, br)
		numberedThrough(text, blocks) // numberedparas.go
		x.numberedOnly(text, blocks)
		x.plainOperative(text, blocks)
		listsAfterParas(text, x.rules, blocks)
		capsRoots(text, x.rules, blocks)
		if pts := labelledMinutes(text, x.rules, br); pts != nil {
			for _, r := range pts {
				x.ownLead(text, r) // "Acuerdos:" over its list
			}
			nodes = numberNodes(pts, "") // "Outcome: ..." inside the narrative of each item (labelledminutes.go)
			return
		}
		if decl, leadIn := declarationPoints(text, x.rules, blocks, br); decl != nil {
			decl = minutesPoints(text, x.rules, decl) // minutes.go
			l := x.introLead(text, leadIn, nil)       // "ACUERDAN:": a point whose verb is no cue agrees
			for _, r := range decl {
				r.lead = l
				x.ownLead(text, r) // "We commit to:" over its own numbered list
			}
			nodes = numberNodes(decl, "")
			return
		}
		var prev lead
		for _, b := range blocks {
			if b.operative {
				l := x.introLead(text, b.intro, nil)
				if len(withoutChapterHeads(text, b.intro, true)) == 0 && prev.action != "" && l.action == "" && !l.topic {
					l = prev // "II. BORDER MANAGEMENT", "HEALTH" under the lead-in of the chapter before
					if n := len(b.intro); n > 0 {
						ps := x.partyHeadLine(text[b.intro[n-1].start:b.intro[n-1].end])
						if len(ps) > 0 {
							l.parties, l.topic = ps, true // "Presidency Pro Tempore" / "• Send ...": the next party's points
						}
					}
				}
				prev = l
				if len(nodes) == 0 && l.action == actas.ActionRecommend && len(l.parties) > 0 && len(b.roots) > 0 {
					// "RECOMMENDATIONS TO THE RCGM" / "1. ..." after minutes: what the meeting decided comes first (minutes.go)
					nodes = numberNodes(decisionsBefore(text, x.rules, paragraphs(text, x.rules, br, false), b.roots[0].markStart), "")
				}
				roots, sectioned := x.sectionLeads(text, b.roots) // leadsections.go
				for _, r := range roots {
					if !sectioned {
						r.lead = l
					}
					if ps := x.topicHeadParties(text, b, r); len(ps) > 0 {
						r.lead.parties, r.lead.topic = ps, true // "To IOM" / "- Compile the proceedings ...": the heading names who acts
					}
					x.ownLead(text, r) // "... convinieron en los siguientes puntos:" over its own list
				}
				nodes = append(nodes, numberNodes(roots, "")...)
			}
		}
	})
	var tableRows map[*node]*tableRow
	guard("tables", func() { nodes, tableRows = x.withTables(rl, orig, nodes) }) // tables.go
	memo := coverMemoEnd(text[:min(len(text), 4000)])
	if memo > 0 {
		nodes = slices.DeleteFunc(nodes, func(n *node) bool { return n.markStart <= memo }) // a cover memo's paragraphs are no points (covermemo.go)
	}
	first := len(text)
	if len(nodes) > 0 {
		first = nodes[0].markStart
	}
	h := newHeader(text, first, memo)
	rep := &actas.Report{}
	guard("meeting", func() { rep.Meeting = x.meeting(h, text) })
	if rep.Meeting.Language == "" {
		rep.Meeting.Language = language(text)
	}
	doc.Language = rep.Meeting.Language
	self := x.selfOrgs(rep.Meeting)
	rcm := x.levels[rep.Meeting.BodyID] != "" && self["RCM"] || self["RCGM"] || x.levels[rep.Meeting.BodyID] == "network"
	guard("participants", func() {
		rep.Participants = x.participants(h.text, self, rcm)
		if countries(rep.Participants) <= 1 && len(nodes) > 0 {
			// statements name the participants in their first numbered
			// paragraphs: where and who chaired, then who attended; the
			// header names the host at most
			rep.Participants = withNew(rep.Participants, x.statementParticipants(text, nodes, self, rcm))
		}
		rep.Participants = x.observers(rep.Participants, text, nodesEnd(nodes), self) // participants.go
		rep.Participants = x.withAnnex(rep.Participants, text, self)                  // annex.go
		rep.Participants = withNew(rep.Participants, x.signatories(text, self))       // signatories.go
		rep.Participants = withoutExcused(rep.Participants, x.excusedNotes(text))     // participants.go
	})
	rep.Agreements, failed = x.agreements(rl, offsets, nodes, rep.Meeting, self, failed)
	guard("tables", func() { x.applyTableRows(rep.Agreements, nodes, tableRows, rep.Meeting, self) })
	guard("next meeting", func() { x.resolveNextMeeting(rep.Agreements, text, rep.Meeting) }) // nextmeeting.go
	// a meeting named by its number that no sentence dates keeps no deadline (nextmeeting.go)
	dropUndated(rep.Agreements)
	if len(failed) > 0 {
		doc.Warnings = append(doc.Warnings, "extraction degraded (internal error, please report it): "+strings.Join(failed, "; "))
	}
	doc.Verdict, doc.VerdictDetail = verdict(rep, blocks, failed)
	if len(rep.Agreements) == 0 && rep.Meeting.StartDate.IsZero() && rep.Meeting.BodyID == "" && len(failed) == 0 {
		return nil, ErrNoMeeting
	}
	return rep, nil
}

// ownLead gives point r the lead of the lead-in that stands over its own
// list (leadAt), where it has one.
func (x *Extractor) ownLead(text string, r *node) {
	if r.leadAt != nil {
		r.lead = x.introLead(text, r.leadAt, nil)
	}
}

// selfOrgs are the organisations that stand for the body that wrote the
// report; a group actas does not know stands for the process its name
// holds ("Colombo Process Thematic Area Working Group on ...").
func (x *Extractor) selfOrgs(m actas.Meeting) map[string]bool {
	self := map[string]bool{}
	bodyID := m.BodyID
	if bodyID == "" && m.BodyEN != "" {
		if p, ok := x.gaz.Body(m.BodyEN); ok && x.levels[p.ID] == "ministerial" && p.Family != "RCM" {
			bodyID = p.ID
		}
	}
	b, ok := x.gaz.BodyByID(bodyID)
	if ok && b.Family == "RCM" && x.levels[bodyID] == "working_group" {
		return self // an ad hoc group of the RCM: "the Vice-Ministers of the RCM" are another body
	}
	if ok && b.OrgID != "" {
		self[b.OrgID] = true
	}
	return self
}

// countries returns how many of the entities are countries.
func countries(es []actas.Entity) int {
	n := 0
	for _, e := range es {
		if e.Type == actas.EntityCountry {
			n++
		}
	}
	return n
}

// nodesEnd returns where the text of the last point and its sub-points ends, or 0.
func nodesEnd(nodes []*node) int {
	end := 0
	for _, n := range nodes {
		for _, sp := range n.spans {
			end = max(end, sp.end)
		}
		end = max(end, nodesEnd(n.children))
	}
	return end
}
