package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// TestReviewInTerminal reviews the least certain follow-through decisions of
// the Spanish consular network through a real pseudo-terminal (set a status,
// link to the candidate, reject a link, skip, quit), then checks that the next transform applies
// them and that they survive ingesting the reports again, into the same
// database and into a fresh one beside the same corrections.csv.
func TestReviewInTerminal(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "actas.duckdb")
	if _, errs, code := actas(t, "", "ingest", "--db", db, "testdata/series-dev-2"); code != 0 {
		t.Fatalf("ingest: exit %d\n%s", code, errs)
	}
	tty := startInTerminal(t, actasCmd(t, "review", "--db", db, "--limit", "12"))

	tty.expect("[1/12] commitment ")
	id1 := strings.TrimSpace(tty.expect("\n"))
	tty.expect("> ")
	tty.send("s")
	tty.expect("Status (fulfilled, overdue, pending): ")
	tty.send("done")
	tty.expect(`Not a status: "done"`)
	tty.send("overdue")
	tty.expect("Note (optional): ")
	tty.send("not in any later report")
	tty.expect("Recorded: " + id1 + ` status = "overdue"`)

	// The next items: link an unlinked commitment to its candidate, reject a
	// link, skip the others, then quit.
	type decision struct{ id, kind, cand string }
	var ds []decision
	linked, rejected := false, false
	for n := 2; !(linked && rejected); n++ {
		if n > 12 {
			t.Fatalf("no link and rejection among the 12 least certain: %+v", ds)
		}
		tty.expect(fmt.Sprintf("[%d/12] commitment ", n))
		id := strings.TrimSpace(tty.expect("\n"))
		shown := tty.expect("> ")
		for _, want := range []string{"commitment: ", "status: ", "evidence: ", "score: "} {
			if !strings.Contains(shown, want) {
				t.Errorf("item %d does not show %q:\n%s", n, want, shown)
			}
		}
		switch {
		case !linked && strings.Contains(shown, "[l]ink to this candidate"):
			cand := between(between(shown, "nearest later agreement, no record: point ", "\n"), "(", ")")
			tty.send("l")
			tty.expect("Note (optional): ")
			tty.send("")
			tty.expect("Recorded: " + id + ` fulfilled_by_agreement_id = "` + cand + `"`)
			ds, linked = append(ds, decision{id, "link", cand}), true
		case !rejected && strings.Contains(shown, "[r]eject the link"):
			tty.send("x")
			tty.expect(`Not an option: "x"`)
			tty.send("r")
			tty.expect("Note (optional): ")
			tty.send("a thank-you for another document")
			tty.expect("Recorded: " + id + ` fulfilled_by_agreement_id = ""`)
			ds, rejected = append(ds, decision{id, "reject", ""}), true
		default:
			tty.send("n")
		}
	}
	tty.expect("> ")
	tty.send("q")
	t.Logf("decisions: %+v", ds)
	tty.expect("3 decision(s) written to")
	tty.wait()

	corr, err := os.ReadFile(filepath.Join(dir, "corrections.csv"))
	if err != nil {
		t.Fatal(err)
	}
	want := "table,id,column,value,note\n" +
		"commitments," + id1 + ",status,overdue,set in review: not in any later report\n"
	wantRows := map[string]string{id1: id1 + " overdue person -"}
	ids := []string{id1}
	for _, d := range ds {
		ids = append(ids, d.id)
		if d.kind == "link" {
			want += "commitments," + d.id + ",fulfilled_by_agreement_id," + d.cand + ",linked in review\n"
			wantRows[d.id] = d.id + " fulfilled person " + d.cand
		} else {
			want += "commitments," + d.id + ",fulfilled_by_agreement_id,,rejected in review: a thank-you for another document\n"
			wantRows[d.id] = d.id + " person -" // overdue or pending by its due date
		}
	}
	if string(corr) != want {
		t.Fatalf("corrections.csv:\n%s\nwant:\n%s", corr, want)
	}

	decided := fmt.Sprintf(`select commitment_id || ' ' || status || ' ' || decided_by || ' ' || coalesce(fulfilled_by_agreement_id, '-')
		from commitments where commitment_id in ('%s') order by commitment_id`, strings.Join(ids, "', '"))
	check := func(stage, dbPath string) {
		t.Helper()
		out, errs, code := actas(t, "", "sql", "--db", dbPath, "--format", "csv", decided)
		if code != 0 {
			t.Fatalf("%s: sql: exit %d\n%s", stage, code, errs)
		}
		for _, row := range wantRows {
			anyStatus := strings.Count(row, " ") == 2
			if !containsRow(out, row, anyStatus) {
				t.Errorf("%s: want row %q in\n%s", stage, row, out)
			}
		}
	}
	if _, errs, code := actas(t, "", "transform", "--db", db); code != 0 {
		t.Fatalf("transform: exit %d\n%s", code, errs)
	}
	check("after transform", db)
	if _, errs, code := actas(t, "", "ingest", "--db", db, "testdata/series-dev-2"); code != 0 {
		t.Fatalf("ingest again: exit %d\n%s", code, errs)
	}
	check("after ingesting again", db)
	fresh := filepath.Join(dir, "fresh.duckdb")
	if _, errs, code := actas(t, "", "ingest", "--db", fresh, "testdata/series-dev-2"); code != 0 {
		t.Fatalf("ingest into a fresh database: exit %d\n%s", code, errs)
	}
	check("fresh database", fresh)

	// Decided commitments are not offered again.
	out, _, code := actas(t, "", "review", "--db", fresh, "--limit", "50")
	if code != 0 {
		t.Fatalf("review from a pipe: exit %d", code)
	}
	for _, id := range ids {
		if strings.Contains(out, "commitment "+id+"\n") {
			t.Errorf("decided commitment %s offered again", id)
		}
	}
}

// containsRow reports whether out holds row as a line; with anyStatus, the
// status word after the id may be overdue or pending.
func containsRow(out, row string, anyStatus bool) bool {
	for _, line := range strings.Split(strings.ReplaceAll(out, "\r", ""), "\n") {
		if line == row {
			return true
		}
		if anyStatus {
			f := strings.Fields(line)
			if len(f) == 4 && (f[1] == "overdue" || f[1] == "pending") && f[0]+" "+f[2]+" "+f[3] == row {
				return true
			}
		}
	}
	return false
}

// between returns the text of s after from and before the next to.
func between(s, from, to string) string {
	_, rest, ok := strings.Cut(s, from)
	if !ok {
		return ""
	}
	out, _, _ := strings.Cut(rest, to)
	return strings.TrimSpace(out)
}

// terminal is a process running on the slave side of a pseudo-terminal.
type terminal struct {
	t      *testing.T
	cmd    *exec.Cmd
	master *os.File
	mu     sync.Mutex
	buf    bytes.Buffer
	pos    int // how far expect has read
	done   chan struct{}
}

// startInTerminal starts cmd on a pseudo-terminal as its controlling terminal.
func startInTerminal(t *testing.T, cmd *exec.Cmd) *terminal {
	t.Helper()
	master, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 200})
	if err != nil {
		t.Fatalf("start %s on a pseudo-terminal: %v", cmd.Path, err)
	}
	tty := &terminal{t: t, cmd: cmd, master: master, done: make(chan struct{})}
	go func() {
		defer close(tty.done)
		b := make([]byte, 4096)
		for {
			n, err := master.Read(b)
			tty.mu.Lock()
			tty.buf.Write(b[:n])
			tty.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
		master.Close()
	})
	return tty
}

// expect waits until the terminal shows want after what was already read,
// returns the text before want and moves past it.
func (tty *terminal) expect(want string) string {
	tty.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		tty.mu.Lock()
		s := strings.ReplaceAll(tty.buf.String()[tty.pos:], "\r\n", "\n")
		raw := tty.buf.Len()
		tty.mu.Unlock()
		if i := strings.Index(s, want); i >= 0 {
			// Move past want; count in the raw buffer by searching again there.
			tty.mu.Lock()
			rawS := tty.buf.String()
			tty.mu.Unlock()
			if j := strings.Index(strings.ReplaceAll(rawS[tty.pos:], "\r\n", "\n"), want); j >= 0 {
				tty.pos = rawIndex(rawS, tty.pos, j+len(want))
			} else {
				tty.pos = raw
			}
			return s[:i]
		}
		select {
		case <-tty.done:
			tty.t.Fatalf("terminal closed before %q; it showed:\n%s", want, s)
		default:
		}
		if time.Now().After(deadline) {
			tty.t.Fatalf("terminal never showed %q; it showed:\n%s", want, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// rawIndex maps an offset n in the CRLF-folded text of raw[from:] back to an offset in raw.
func rawIndex(raw string, from, n int) int {
	i := from
	for k := 0; k < n && i < len(raw); k++ {
		if raw[i] == '\r' && i+1 < len(raw) && raw[i+1] == '\n' {
			i++
		}
		i++
	}
	return i
}

// send types a line, as a person would, ending with Enter.
func (tty *terminal) send(line string) {
	tty.t.Helper()
	if _, err := tty.master.Write([]byte(line + "\r")); err != nil {
		tty.t.Fatalf("type %q: %v", line, err)
	}
}

// wait waits for the process to end and fails on a non-zero exit.
func (tty *terminal) wait() {
	tty.t.Helper()
	if err := tty.cmd.Wait(); err != nil {
		tty.mu.Lock()
		defer tty.mu.Unlock()
		tty.t.Fatalf("review: %v\n%s", err, tty.buf.String())
	}
}
