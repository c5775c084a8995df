package main

import (
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// screen collects what a program writes to its terminal.
type screen struct {
	mu  sync.Mutex
	buf strings.Builder
}

// Write appends terminal output.
func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

// String returns everything written so far, without carriage returns.
func (s *screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.ReplaceAll(s.buf.String(), "\r", "")
}

// expect waits until want appears in the output after offset from and
// returns the offset after it.
func (s *screen) expect(t *testing.T, want string, from int) int {
	t.Helper()
	for i := 0; i < 300; i++ { // at most 15 s
		out := s.String()
		if i := strings.Index(out[from:], want); i >= 0 {
			return from + i + len(want)
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("terminal never showed %q after offset %d; it shows:\n%q", want, from, s.String()[from:])
	return 0
}

// TestSQLTerminal drives 'actas sql' through a pseudo-terminal, as a person
// at a keyboard: Ctrl-C during a long statement cancels only that statement,
// Ctrl-C at the prompt clears what was typed, and Up recalls a whole
// multi-line statement.
func TestSQLTerminal(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "t.duckdb")
	db, err := sql.Open("duckdb", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE meetings AS SELECT 'm1' AS meeting_id"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	cmd := actasCmd(t, "sql", "--db", path)
	cmd.Env = append(cmd.Env, "HOME="+dir)
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 200})
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer tty.Close()
	var scr screen
	go io.Copy(&scr, tty)
	var waitErr error
	exited := make(chan struct{})
	go func() { waitErr = cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-exited
	})
	typeKeys := func(keys string) {
		t.Helper()
		if _, err := tty.Write([]byte(keys)); err != nil {
			t.Fatal(err)
		}
	}

	at := scr.expect(t, "actas> ", 0)
	typeKeys(".format csv\r")
	at = scr.expect(t, "actas> ", at)

	// Ctrl-C during a long statement cancels it; the next statement runs.
	// Ctrl-C is typed until the statement is canceled: one typed before the
	// shell hands the terminal to the statement is only a key, which clears
	// an empty line later.
	typeKeys("select count(*) from range(1000000000000) a;\r")
	for i := 0; i < 40 && !strings.Contains(scr.String()[at:], "Error: statement canceled"); i++ {
		time.Sleep(250 * time.Millisecond)
		typeKeys("\x03")
	}
	at = scr.expect(t, "Error: statement canceled", at)
	at = scr.expect(t, "actas> ", at)
	typeKeys("select 40 + 2 as answer;\r")
	at = scr.expect(t, "answer\n42\n", at)
	if strings.Contains(scr.String()[at-40:at], "canceled") {
		t.Fatalf("statement after Ctrl-C failed:\n%s", scr.String())
	}

	// Ctrl-C at the prompt clears the statement being typed, over two lines,
	// and the shell keeps running.
	typeKeys("select 'abandoned',\r")
	at = scr.expect(t, "...> ", at)
	typeKeys("  'half typed'\x03")
	at = scr.expect(t, "actas> ", at)
	typeKeys("select 7 * 6 as again;\r")
	at = scr.expect(t, "again\n42\n", at)
	if out := scr.String(); strings.Contains(out[strings.Index(out, "half typed"):], "Error") {
		t.Fatalf("the cleared statement was run:\n%s", out)
	}

	// Up recalls the whole multi-line statement, which runs again.
	typeKeys("select 5 as five,\r")
	at = scr.expect(t, "...> ", at)
	typeKeys("  6 as six;\r")
	at = scr.expect(t, "five,six\n5,6\n", at)
	typeKeys("\x1b[A")
	at = scr.expect(t, "select 5 as five, 6 as six;", at)
	typeKeys("\r")
	at = scr.expect(t, "five,six\n5,6\n", at)

	typeKeys(".quit\r")
	select {
	case <-exited:
		if waitErr != nil {
			t.Errorf("sql exited with %v\n%s", waitErr, scr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatalf(".quit did not end the shell:\n%s", scr.String())
	}
	hist, err := os.ReadFile(filepath.Join(dir, ".actas_history"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(hist), "select 5 as five, 6 as six;\n") {
		t.Errorf("history file lacks the whole statement:\n%s", hist)
	}
}

// TestSQLTerminalTerm checks that SIGTERM ends the shell waiting at its
// prompt, leaving the terminal as it found it.
func TestSQLTerminalTerm(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "t.duckdb")
	db, err := sql.Open("duckdb", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE t AS SELECT 1 AS x"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	cmd := actasCmd(t, "sql", "--db", path)
	cmd.Env = append(cmd.Env, "HOME="+dir)
	tty, err := pty.Start(cmd) // a terminal of unknown size, 0×0
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer tty.Close()
	var scr screen
	go io.Copy(&scr, tty)
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-exited
	})
	scr.expect(t, "actas> ", 0)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		t.Fatalf("SIGTERM did not end the shell at its prompt:\n%s", scr.String())
	}
	if st, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS); err == nil && st.Lflag&unix.ICANON == 0 {
		t.Errorf("the terminal was left in raw mode")
	}
}
