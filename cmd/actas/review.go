package main

import (
	"bufio"
	"context"
	"database/sql"
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

var (
	//go:embed review_queue.sql
	sqlReviewQueue string
	//go:embed review_later.sql
	sqlReviewLater string
)

// ReviewCommand walks a person through the follow-through decisions with the
// least certainty and records each decision as a line of corrections.csv.
type ReviewCommand struct {
	main        *Main
	db          string
	corrections string
	limit       int
}

// ParseFlags parses the review command's flags.
func (c *ReviewCommand) ParseFlags(args []string) error {
	fs := c.main.newFlagSet("review [--db PATH] [--corrections FILE] [--limit N]",
		"Walk through the follow-through links and statuses with the least certainty (match score\n"+
			"closest to the 0.60 a link needs): the commitment, the candidate later agreement, the\n"+
			"evidence and the score. Each decision (confirm, reject, link, pick another agreement, set a\n"+
			"status) is appended to the corrections file at once; the next 'actas transform' or\n"+
			"'actas ingest' applies it, and it keeps applying after the reports are ingested again.",
		"actas review --limit 10\nactas transform", &c.db)
	fs.StringVar(&c.corrections, "corrections", "", "corrections CSV to append to (default: corrections.csv beside the database)")
	fs.IntVar(&c.limit, "limit", 20, "how many decisions to review")
	if err := parse(fs, args); err != nil {
		return err
	}
	if c.limit < 1 {
		fmt.Fprintf(c.main.Stderr, "actas review: --limit must be at least 1, got %d\n", c.limit)
		return errUsage
	}
	return nil
}

// Run reviews the least certain decisions.
func (c *ReviewCommand) Run(ctx context.Context) error {
	db, err := openRead(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	path := c.corrections
	if path == "" {
		path = filepath.Join(filepath.Dir(c.db), "corrections.csv")
	}
	seen, err := decidedCommitments(path)
	if err != nil {
		return err
	}
	items, err := reviewQueue(ctx, db, c.limit, seen)
	if err != nil {
		return err
	}
	out := c.main.Stdout
	if len(items) == 0 {
		fmt.Fprintln(out, "Nothing to review: every follow-through decision with a score is already decided by a person.")
		return nil
	}
	s := &reviewSession{ctx: ctx, db: db, in: bufio.NewReader(c.main.Stdin), out: out, file: path}
	for i, it := range items {
		quit, err := s.review(i+1, len(items), it)
		if err != nil {
			return err
		}
		if quit {
			break
		}
	}
	fmt.Fprintf(out, "\n%d decision(s) written to %s. Run 'actas transform' to apply them.\n", s.written, path)
	return nil
}

// reviewItem is one follow-through decision of the rule, as review_queue.sql reads it.
type reviewItem struct {
	id, responsible, number, made, body, text, due, status, reason   string
	link, candidateID, candidateNumber, candidateMade, candidateText string
	matchReason                                                      string
	score                                                            float64
}

// reviewQueue reads up to limit items, skipping commitments already decided in the corrections file.
func reviewQueue(ctx context.Context, db *sql.DB, limit int, seen map[string]bool) ([]reviewItem, error) {
	rows, err := db.QueryContext(ctx, sqlReviewQueue, limit+len(seen))
	if err != nil {
		return nil, fmt.Errorf("review: read commitments: %w", err)
	}
	defer rows.Close()
	var out []reviewItem
	for rows.Next() {
		var it reviewItem
		if err := rows.Scan(&it.id, &it.responsible, &it.number, &it.made, &it.body, &it.text, &it.due,
			&it.status, &it.reason, &it.link, &it.candidateID, &it.candidateNumber, &it.candidateMade,
			&it.candidateText, &it.matchReason, &it.score); err != nil {
			return nil, fmt.Errorf("review: read commitments: %w", err)
		}
		if !seen[it.id] && len(out) < limit {
			out = append(out, it)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("review: read commitments: %w", err)
	}
	return out, nil
}

// decidedCommitments lists the commitments whose link or status the
// corrections file already sets; a missing file sets none.
func decidedCommitments(path string) (map[string]bool, error) {
	seen := map[string]bool{}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return seen, nil
	}
	if err != nil {
		return nil, fmt.Errorf("review: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.Comment = '#'
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return seen, nil
		}
		if err != nil {
			return nil, fmt.Errorf("review: corrections %s: %w", path, err)
		}
		if len(rec) >= 3 && strings.TrimSpace(rec[0]) == "commitments" {
			switch strings.TrimSpace(rec[2]) {
			case "status", "fulfilled_by_agreement_id":
				seen[strings.TrimSpace(rec[1])] = true
			}
		}
	}
}

// reviewSession holds the terminal streams and the corrections file of one review.
type reviewSession struct {
	ctx     context.Context
	db      *sql.DB
	in      *bufio.Reader
	out     io.Writer
	file    string
	written int
}

// review shows one item and records the person's decision; quit is true
// when the person ends the review (q, or end of input).
func (s *reviewSession) review(n, total int, it reviewItem) (quit bool, err error) {
	s.show(n, total, it)
	options := "[c]onfirm"
	if it.link != "" {
		options += " [r]eject the link"
	} else if it.candidateID != "" {
		options += " [l]ink to this candidate"
	}
	options += " [p]ick another agreement [s]et status [n]ext [q]uit"
	for {
		answer, ok := s.ask(options + "\n> ")
		if !ok {
			return true, nil
		}
		switch strings.ToLower(answer) {
		case "c", "confirm":
			note := "confirmed in review"
			if it.link == "" {
				note = "confirmed in review: no later agreement records it"
			}
			return false, s.decide(it.id, "fulfilled_by_agreement_id", it.link, note)
		case "r", "reject":
			if it.link == "" {
				break
			}
			return false, s.decideWithNote(it.id, "fulfilled_by_agreement_id", "", "rejected in review")
		case "l", "link":
			if it.link != "" || it.candidateID == "" {
				break
			}
			return false, s.decideWithNote(it.id, "fulfilled_by_agreement_id", it.candidateID, "linked in review")
		case "p", "pick":
			id, ok, err := s.pick(it)
			if err != nil || !ok {
				return !ok, err
			}
			if id == "" {
				continue
			}
			return false, s.decideWithNote(it.id, "fulfilled_by_agreement_id", id, "picked in review")
		case "s", "status":
			st, ok := s.askStatus()
			if !ok {
				return true, nil
			}
			return false, s.decideWithNote(it.id, "status", st, "set in review")
		case "n", "next", "":
			return false, nil
		case "q", "quit":
			return true, nil
		}
		fmt.Fprintf(s.out, "Not an option: %q.\n", answer)
	}
}

// show prints the commitment, the candidate agreement, the evidence and the score.
func (s *reviewSession) show(n, total int, it reviewItem) {
	w := s.out
	fmt.Fprintf(w, "\n[%d/%d] commitment %s\n", n, total, it.id)
	fmt.Fprintf(w, "  %s, point %s of the %s meeting of the %s\n", it.responsible, it.number, it.made, it.body)
	fmt.Fprintf(w, "  commitment: %s\n", wrapText(it.text, "              "))
	if it.due != "" {
		fmt.Fprintf(w, "  due:        %s\n", it.due)
	}
	fmt.Fprintf(w, "  status:     %s (rule): %s\n", it.status, wrapText(it.reason, "              "))
	label := "nearest later agreement, no record"
	if it.link != "" {
		label = "linked later agreement"
	}
	if it.candidateID != "" {
		fmt.Fprintf(w, "  %s: point %s of the %s meeting (%s)\n", label, it.candidateNumber, it.candidateMade, it.candidateID)
		fmt.Fprintf(w, "  candidate:  %s\n", wrapText(it.candidateText, "              "))
	}
	fmt.Fprintf(w, "  evidence:   %s\n", wrapText(it.matchReason, "              "))
	fmt.Fprintf(w, "  score:      %.2f (a link needs 0.60)\n", it.score)
}

// pick lists the later agreements naming the party and reads the person's
// choice; id is "" when the person goes back.
func (s *reviewSession) pick(it reviewItem) (id string, ok bool, err error) {
	rows, err := s.db.QueryContext(s.ctx, sqlReviewLater, it.id, it.id)
	if err != nil {
		return "", false, fmt.Errorf("review: later agreements: %w", err)
	}
	var ids []string
	for rows.Next() {
		var aid, made, number, text string
		if err := rows.Scan(&aid, &made, &number, &text); err != nil {
			rows.Close()
			return "", false, fmt.Errorf("review: later agreements: %w", err)
		}
		ids = append(ids, aid)
		fmt.Fprintf(s.out, "  %2d. %s point %s: %s\n", len(ids), made, number, clip(text, 110))
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return "", false, fmt.Errorf("review: later agreements: %w", err)
	}
	if len(ids) == 0 {
		fmt.Fprintln(s.out, "  No later agreement names this party.")
		return "", true, nil
	}
	for {
		answer, ok := s.ask("Number from the list, or an agreement id (empty to go back): ")
		if !ok {
			return "", false, nil
		}
		if answer == "" {
			return "", true, nil
		}
		if k, err := strconv.Atoi(answer); err == nil && k >= 1 && k <= len(ids) {
			return ids[k-1], true, nil
		}
		for _, x := range ids {
			if x == answer {
				return x, true, nil
			}
		}
		fmt.Fprintf(s.out, "Not in the list: %q.\n", answer)
	}
}

// askStatus reads a status until it is one of the three.
func (s *reviewSession) askStatus() (string, bool) {
	for {
		answer, ok := s.ask("Status (fulfilled, overdue, pending): ")
		if !ok {
			return "", false
		}
		switch strings.ToLower(answer) {
		case "fulfilled", "overdue", "pending":
			return strings.ToLower(answer), true
		}
		fmt.Fprintf(s.out, "Not a status: %q.\n", answer)
	}
}

// ask prints a prompt and reads one trimmed line; ok is false at the end of input.
func (s *reviewSession) ask(prompt string) (string, bool) {
	fmt.Fprint(s.out, prompt)
	line, err := s.in.ReadString('\n')
	if err != nil && line == "" {
		fmt.Fprintln(s.out)
		return "", false
	}
	return strings.TrimSpace(line), true
}

// decideWithNote asks for an optional note, then records the decision.
func (s *reviewSession) decideWithNote(id, column, value, note string) error {
	if extra, ok := s.ask("Note (optional): "); ok && extra != "" {
		note += ": " + extra
	}
	return s.decide(id, column, value, note)
}

// decide appends one line to the corrections file at once, with a header
// when the file is new, so that a review cut short keeps what was decided.
func (s *reviewSession) decide(id, column, value, note string) error {
	f, err := os.OpenFile(s.file, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("review: %w", err)
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return fmt.Errorf("review: %w", err)
	}
	w := csv.NewWriter(f)
	if info.Size() == 0 {
		w.Write([]string{"table", "id", "column", "value", "note"})
	}
	w.Write([]string{"commitments", id, column, value, note})
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return fmt.Errorf("review: write %s: %w", s.file, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("review: write %s: %w", s.file, err)
	}
	s.written++
	fmt.Fprintf(s.out, "Recorded: %s %s = %q.\n", id, column, value)
	return nil
}

// wrapText folds text at about 100 columns, indenting the following lines.
func wrapText(text, indent string) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(text) {
		if i > 0 && n+len(w) > 86 {
			b.WriteString("\n" + indent)
			n = 0
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}

// clip shortens text to at most n runes, marking a cut with an ellipsis.
func clip(text string, n int) string {
	r := []rune(strings.Join(strings.Fields(text), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
