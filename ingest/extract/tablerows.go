package extract

import (
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"actas"
	"actas/ingest/deadline"
	"actas/ingest/gazetteer"
)

// loadColumns reads table_columns.csv (optional): the column titles of
// agreements tables.
func (r *rules) loadColumns(fsys fs.FS) error {
	rows, err := readCSV(fsys, "table_columns.csv")
	if err != nil {
		if _, statErr := fs.Stat(fsys, "table_columns.csv"); statErr != nil {
			return nil
		}
		return err
	}
	for _, row := range rows {
		r.columns.add(row["label"], row["kind"], "", row["lang"])
	}
	return nil
}

// withTables puts the rows of each agreements table of the original text
// in place of the points the list reader found inside it (it cuts every
// cell into points), one point per row; it returns the points and each
// table point's row. Tables are read before line breaks were restored,
// which would cut their lines at the bars.
func (x *Extractor) withTables(rl *relined, orig string, nodes []*node) ([]*node, map[*node]*tableRow) {
	if at := x.annexStart(orig); at >= 0 && len(nodes) > 0 && nodes[0].markStart < rl.fwd(at) {
		nodes = nodesBefore(nodes, rl.fwd(at)) // a list of participants is no agreement; one before every point is front matter
	}
	tables := x.findTables(orig)
	if len(tables) == 0 {
		return nodes, nil
	}
	text := rl.text
	rows := map[*node]*tableRow{}
	annexed := x.annexAfter(orig, nodes, rl)
	for _, t := range tables {
		if annexed >= 0 && t.start > annexed {
			continue // "ANNEX II - STATUS OF THE AGREEMENTS OF THE NOVEMBER 2022 MEETING": an earlier meeting's
		}
		if before := strings.TrimRight(orig[runeStart(orig, max(0, t.start-300)):t.start], "+-=_| \t\n"); t.status && (cueKindOf(before, x.rules) != "operative" || hasCue(lastSentence(strings.TrimSpace(before)), x.rules, "preamble")) {
			continue // "La ST presentó la matriz de seguimiento de los acuerdos de la reunión anterior:", "... presented the state of implementation of the action points agreed in Riga:" / "| No. | Acuerdo | Responsable | Estado |"
		}
		if at := rl.fwd(t.start); x.recapTable(orig, t) && slices.ContainsFunc(nodes, func(n *node) bool { return n.markStart < at }) {
			continue // "SUMMARY OF FOLLOW-UP ACTIONS" over a table after the numbered agreements: it restates them
		}
		if t.status && x.statusFilled(orig[t.start:t.end], len(t.rows)) {
			from, to := rl.fwd(t.start), rl.fwd(t.end)
			nodes = slices.DeleteFunc(nodes, func(n *node) bool { return n.style == stylePara && n.markStart >= from && n.markStart < to })
			continue // "... | Completed" / "... | Ongoing": how far earlier agreements got, row after row; no paragraph read from it stays
		}
		t.start, t.end = rl.fwd(t.start), rl.fwd(t.end)
		for _, r := range t.rows {
			splitSubRows(orig, r) // subrows.go
			for _, row := range append([]*tableRow{r}, r.subs...) {
				for k := range row.agreement {
					row.agreement[k] = span{rl.fwd(row.agreement[k].start), rl.fwd(row.agreement[k].end)}
				}
			}
		}
		var before, after []*node
		inDeclaration := declarationTable(text, x.rules, nodes, t)
		for _, n := range nodes {
			switch {
			case n.style == stylePara && rows[n] == nil && !inDeclaration:
				// a paragraph read as a point of a declaration: beside a
				// table of agreements it is narrative (the rows of a table
				// before, cut by a page break, stay)
			case n.markStart < t.start:
				n.spans = spansBefore(n.spans, t.start)
				if !hasLetters(spansText(text, n.spans), 1) && n.markStart >= t.start-40 {
					continue // the table's header read as a point where line breaks were lost ("| No. | Acuerdo |")
				}
				before = append(before, n)
			case n.markStart > t.end:
				after = append(after, n)
			}
		}
		l := x.introLead(text, []span{{max(0, t.start-800), t.start}}, nil)
		out := before
		prefix := ""
		if n := len(before); n > 0 && (before[n-1].paraAt < 0 || before[n-1].paraAt >= len(before[n-1].spans)) && strings.HasSuffix(strings.TrimSpace(spansText(text, before[n-1].spans)), ":") { // a paragraph after it that the table was, cut away, is none
			prefix = before[n-1].number + "." // "e) Encomendar ... a los responsables indicados en cada línea:" / the table: its rows e.1, e.2, ...
		}
		for k, r := range t.rows {
			if len(r.agreement) == 0 {
				continue
			}
			num := strings.ToLower(r.number)
			if num == "" {
				num = strconv.Itoa(k + 1)
			}
			if !strings.HasPrefix(num, prefix) {
				num = prefix + num // a row that prints its point's number ("5.1" under "5. Encomendar ...:") keeps it
			}
			n := &node{spans: r.agreement, markStart: r.agreement[0].start, number: num, value: k + 1, paraAt: -1, lead: l, style: stylePara}
			rows[n] = r
			out = append(out, n)
			for i, sub := range r.subs {
				sn := &node{spans: sub.agreement, markStart: sub.agreement[0].start, number: num + "." + sub.number, value: i + 1, paraAt: -1, lead: l, style: stylePara}
				rows[sn] = sub
				out = append(out, sn)
			}
		}
		if inDeclaration {
			renumberAfter(before, after) // the table's own lines, read as paragraphs, took numbers
		}
		nodes = append(out, after...)
	}
	return nodes, rows
}

// recapTable reports a table right under a closing title ("SUMMARY OF
// FOLLOW-UP ACTIONS", "Resumen de compromisos"; kind closing of
// section_cues.csv), with nothing but blank lines between.
func (x *Extractor) recapTable(orig string, t table) bool {
	before := strings.TrimRight(orig[:t.start], " \t\r\n")
	title := strings.TrimSpace(before[strings.LastIndexByte(before, '\n')+1:])
	if m := parseMarker(title); m != nil {
		title = strings.TrimSpace(title[m.end:]) // "IV. SUMMARY OF ACTIONS"
	}
	return titleCue(x.rules, title, "closing")
}

// renumberAfter numbers the paragraphs of a declaration after its table
// on from the last paragraph before it, and their sub-points with them.
func renumberAfter(before, after []*node) {
	last := 0
	for _, n := range before {
		if n.style == stylePara && n.parent == nil {
			last = n.value
		}
	}
	renamed := map[string]string{}
	for _, n := range after {
		if n.style == stylePara && n.parent == nil {
			last++
			renamed[n.number] = strconv.Itoa(last)
			n.value, n.number = last, strconv.Itoa(last)
			continue
		}
		if root, rest, ok := strings.Cut(n.number, "."); ok && renamed[root] != "" {
			n.number = renamed[root] + "." + rest
		}
	}
}

// declarationTable reports a table that a declaration's paragraph leads
// into, with the declaration's paragraphs going on after it, or two of them
// or more before it that decide ("Encomendamos a los responsables que se
// indican ... las siguientes actividades:" / the table / "Agradecemos a la
// OIM ..."): its rows are that paragraph's sub-points, and the paragraphs
// stay points.
func declarationTable(text string, r *rules, nodes []*node, t table) bool {
	var lead *node
	after, deciding := false, 0
	for _, n := range nodes {
		if n.style != stylePara || n.parent != nil {
			continue
		}
		if n.markStart < t.start {
			if lead != nil && opensClause(strings.TrimSpace(spansText(text, lead.spans)), r) {
				deciding++ // "Tomar nota de ...", "Nos comprometemos a designar ...": the declaration's own points
			}
			lead = n
		} else if n.markStart > t.end {
			after = true
		}
	}
	if lead == nil || !after && deciding < 2 {
		return false
	}
	end := lead.spans[len(lead.spans)-1].end
	if end > t.start || !strings.HasSuffix(strings.TrimSpace(spansText(text, lead.spans)), ":") {
		return false
	}
	gap := text[end:t.start] // nothing, or a page's furniture: "Page 1", a running header
	return len(gap) < 200 && !strings.ContainsAny(gap, ".:;")
}

// fwd maps a position in the original text to the relined text.
func (r *relined) fwd(p int) int {
	i := sort.Search(len(r.at), func(i int) bool { return r.at[i]-r.cum[i] > p }) - 1
	if i >= 0 {
		p += r.cum[i]
	}
	return max(0, min(p, len(r.text)))
}

// nodesBefore keeps the points that start before end, cut at end.
func nodesBefore(nodes []*node, end int) []*node {
	var out []*node
	for _, n := range nodes {
		if n.markStart < end {
			n.spans = spansBefore(n.spans, end)
			out = append(out, n)
		}
	}
	return out
}

// spansBefore cuts spans at end: a point before a table does not run into it.
func spansBefore(ss []span, end int) []span {
	var out []span
	for _, s := range ss {
		if s.start >= end {
			continue
		}
		if s.end > end {
			s.end = end
		}
		out = append(out, s)
	}
	return out
}

// applyTableRows gives each agreement read from a table row what its
// responsible and deadline cells say: the parties in the responsible cell
// must act on it (a clause whose verb obliges no one becomes their
// commitment), and the deadline cell, read with the deadline grammar and
// the meeting's year, is when.
func (x *Extractor) applyTableRows(ags []actas.Agreement, nodes []*node, rows map[*node]*tableRow, m actas.Meeting, self map[string]bool) {
	if len(rows) == 0 {
		return
	}
	anchor := m.EndDate
	if anchor.IsZero() {
		anchor = m.StartDate
	}
	for i, n := range nodes {
		r := rows[n]
		if r == nil || i >= len(ags) {
			continue
		}
		ag := &ags[i]
		if ag.Action == actas.ActionNone && len(ag.Clauses) == 0 && n.lead.action != "" && !introOnly(ag.Text) { // not "With respect to the draft Guide:" over its sub-rows
			// a row decides something: with no verb the list reads, it takes
			// the action of the lead-in above the table ("agreed on the following actions")
			ag.Action = n.lead.action
			ag.Clauses = []actas.Clause{{Seq: 1, Action: ag.Action, Text: ag.Text}}
		}
		cell := joinCells(r.responsible)
		at := helperAt(cell, x.gaz)
		parties := x.cellParties(cell[:at], self)
		if len(parties) > 0 {
			assignParties(ag, parties)
			for _, h := range x.cellParties(cell[at:], self) {
				if h.Type != actas.EntityGroup && !hasEntity(ag.Mentions, h) {
					ag.Mentions = append(ag.Mentions, h) // a helper is named, not responsible
				}
			}
		}
		if due, ok := deadline.FindCell(joinCells(r.deadline), anchor, m.Language, x.gaz); ok {
			setDue(ag.Commitments, due, m.BodyID)
		} else if r.wrapped {
			x.applyWrappedRow(ag, anchor, m, self) // wrappedcells.go
		}
	}
}

// cellParties returns the parties a responsible cell names, each once,
// without the body that wrote the report.
func (x *Extractor) cellParties(s string, self map[string]bool) []actas.Entity {
	var out []actas.Entity
	seen := map[string]bool{}
	for _, mt := range x.gaz.Find(s) {
		e := mt.Entity
		if self[e.ID] || seen[e.ID] || e.Type == actas.EntityGroup && e.ID != actas.GroupMemberStates {
			continue
		}
		seen[e.ID] = true
		out = append(out, actas.Entity{Type: e.Type, ID: e.ID, Surface: e.Surface})
	}
	return out
}

// helperAt returns where the helpers of a responsible cell start
// ("Kazakhstan, with support from IOM and UNHCR"): at "with", "con",
// "together" after a party, or the cell's end.
func helperAt(s string, g *gazetteer.Gazetteer) int {
	for _, tk := range tokenize(s) {
		if helperWord(tk.fold) && len(g.Find(s[:tk.start])) > 0 {
			return tk.start
		}
	}
	return len(s)
}

// helperWord reports a word that opens the helpers after a responsible
// party ("with the support of", "con el apoyo de", "together with").
func helperWord(w string) bool {
	switch w {
	case "with", "con", "together", "junto", "supported", "apoyado", "apoyada", "assisted":
		return true
	}
	return false
}

// assignParties makes the parties of a row's responsible cell the ones who
// must act on its agreement, and mentions of it.
func assignParties(ag *actas.Agreement, parties []actas.Entity) {
	seq := 0
	action := ag.Action
	for _, c := range ag.Clauses {
		if c.Action.IsCommitment() {
			seq, action = c.Seq, c.Action
			break
		}
	}
	if seq == 0 {
		switch ag.Action {
		case actas.ActionThank, actas.ActionCongratulate, actas.ActionTakeNote, actas.ActionApprove:
			return // a row that thanks or approves obliges no one
		}
		action = actas.ActionCommit
		if len(ag.Clauses) == 0 {
			ag.Clauses = append(ag.Clauses, actas.Clause{Seq: 1, Text: ag.Text})
		}
		ag.Clauses[0].Action = action
		ag.Action = action
		seq = ag.Clauses[0].Seq
	}
	var kept []actas.Commitment
	due := actas.Commitment{} // the due date the clause's own text gave ("... antes de finalizar 2019." / "Responsable: México.")
	for _, c := range ag.Commitments {
		if c.ClauseSeq != seq {
			kept = append(kept, c)
		} else if due.DueText == "" {
			due = c
		}
	}
	for _, p := range parties {
		kept = append(kept, actas.Commitment{ClauseSeq: seq, Action: action, Responsible: p, DueText: due.DueText, DueStart: due.DueStart, DueEnd: due.DueEnd, DueNextMeetingOf: due.DueNextMeetingOf})
	}
	ag.Commitments = kept
	for _, p := range parties {
		if p.Type == actas.EntityGroup || hasEntity(ag.Mentions, p) {
			continue
		}
		ag.Mentions = append(ag.Mentions, p)
	}
}

// hasEntity reports whether es holds e.
func hasEntity(es []actas.Entity, e actas.Entity) bool {
	for _, x := range es {
		if x.Type == e.Type && x.ID == e.ID {
			return true
		}
	}
	return false
}

// setDue gives every commitment except offers the deadline of a row.
func setDue(cs []actas.Commitment, due deadline.Due, body string) {
	for k := range cs {
		c := &cs[k]
		if c.Action == actas.ActionOffer {
			continue
		}
		c.DueText, c.DueStart, c.DueEnd, c.DueNextMeetingOf = due.Text, due.Start, due.End, ""
		if due.Relative {
			c.DueNextMeetingOf = due.NextMeetingOf
			if c.DueNextMeetingOf == "" {
				c.DueNextMeetingOf = body
			}
			c.DueStart, c.DueEnd = time.Time{}, time.Time{}
		}
	}
}

// annexAfter returns where the first annex heading after the report's
// first point starts in orig ("ANNEX II - STATUS OF THE AGREEMENTS ..."),
// or -1: a table in an annex after the points is no part of the
// operative part, unless the annex holds the plan the meeting adopted
// (planAnnex).
func (x *Extractor) annexAfter(orig string, nodes []*node, rl *relined) int {
	if len(nodes) == 0 {
		return -1
	}
	for _, ln := range splitLines(orig) {
		if rl.fwd(ln.start) > nodes[0].markStart && isAnnexHeading(orig[ln.start:ln.end]) && !planAnnex(orig, ln.start, x.rules) {
			return ln.start
		}
	}
	return -1
}

// statusFilled reports a table of n rows whose lines report a status in
// half of its rows or more ("Completed", "Ongoing", "Cumplido"; kind status
// of structure_cues.csv): a follow-up of earlier agreements, whatever
// sentence leads in to it.
func (x *Extractor) statusFilled(text string, n int) bool {
	seen := 0
	for _, ln := range strings.Split(text, "\n") {
		toks := wordTokens(ln)
		for i := range toks {
			if _, _, ok := x.rules.structure.matchKind(toks, i, "status"); ok {
				seen++
				break
			}
		}
	}
	return n > 0 && seen*2 >= max(n, 2)
}
