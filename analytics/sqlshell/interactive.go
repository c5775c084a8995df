package sqlshell

import (
	"bufio"
	"context"
	"database/sql"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync/atomic"

	"golang.org/x/sys/unix"
	"golang.org/x/term"
)

// The prompts: the first line of a statement, and the lines that continue it.
const (
	Prompt             = "actas> "
	ContinuationPrompt = "   ...> "
)

//go:embed sql/tables.sql
var tablesSQL string

//go:embed sql/schema.sql
var schemaSQL string

//go:embed sql/comment.sql
var commentSQL string

const helpText = `Enter SQL statements ending with ';' (they may span lines), or a command:
  .help             this text
  .tables           list tables and views with their descriptions
  .schema TABLE     columns of TABLE with types and descriptions
  .format [FORMAT]  show or set the output format: table, csv or json
  .quit             leave (also .exit or Ctrl-D)
`

// Interactive reads statements from in and prints their results to out until
// .quit or the end of input. When in is a terminal it offers line editing
// and up/down history of whole statements, appended to historyPath; Ctrl-C
// cancels the running statement, or clears the statement being typed.
func Interactive(ctx context.Context, db *sql.DB, in io.Reader, out io.Writer, historyPath string) error {
	hist, err := loadHistory(historyPath)
	if err != nil {
		return err
	}
	defer hist.Close()
	if f, ok := in.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return interactiveTerminal(ctx, db, f, out, hist)
	}
	sh := &shell{db: db, out: out, format: FormatTable, hist: hist}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		if sh.line(ctx, sc.Text()) {
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("sql input: %w", err)
	}
	sh.flush(ctx)
	return nil
}

// interactiveTerminal runs the shell on a terminal in raw mode, leaving raw
// mode while a statement runs so that Ctrl-C (SIGINT) cancels that statement
// alone. The shell owns SIGINT while it runs: the process's own interrupt
// handling would otherwise cancel ctx, and with it every later statement.
func interactiveTerminal(ctx context.Context, db *sql.DB, f *os.File, out io.Writer, hist *history) error {
	fd := int(f.Fd())
	state, err := term.MakeRaw(fd)
	if err != nil {
		return fmt.Errorf("sql terminal: %w", err)
	}
	defer term.Restore(fd, state)
	signal.Reset(os.Interrupt)
	intr := make(chan os.Signal, 1)
	signal.Notify(intr, os.Interrupt)
	defer signal.Stop(intr)
	in := &ctrlCReader{r: f, ctx: ctx}
	t := term.NewTerminal(struct {
		io.Reader
		io.Writer
	}{in, out}, Prompt)
	t.History = statementHistory{hist}
	if w, h, err := term.GetSize(fd); err == nil && w > 0 && h > 0 {
		t.SetSize(w, h) // a terminal of unknown size (0×0) keeps term's 80×24
	}
	sh := &shell{db: db, out: t, format: FormatTable, hist: hist}
	sh.around = func(run func(context.Context)) {
		drain(intr)
		sctx, cancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() {
			select {
			case <-intr:
				cancel()
			case <-done:
			}
		}()
		term.Restore(fd, state)
		run(sctx)
		term.MakeRaw(fd)
		close(done)
		cancel()
	}
	fmt.Fprint(t, "actas SQL shell: end statements with ';', .help for commands\n")
	for {
		if sh.buf.Len() > 0 {
			t.SetPrompt(ContinuationPrompt)
		} else {
			t.SetPrompt(Prompt)
		}
		line, err := t.ReadLine()
		if in.interrupted() {
			sh.buf.Reset()
			continue
		}
		if errors.Is(err, io.EOF) {
			if ctx.Err() != nil {
				return nil // SIGTERM: leave without running what was typed
			}
			sh.flush(ctx)
			return nil
		}
		if err != nil && !errors.Is(err, term.ErrPasteIndicator) {
			return fmt.Errorf("sql terminal: %w", err)
		}
		if sh.line(ctx, line) {
			return nil
		}
	}
}

// drain empties a signal channel of interrupts that came while no statement ran.
func drain(c chan os.Signal) {
	for {
		select {
		case <-c:
		default:
			return
		}
	}
}

// ctrlCReader reads a raw terminal and turns Ctrl-C into keys that clear
// the line and end it (Ctrl-E, Ctrl-U, Enter), noting the interrupt:
// term.Terminal would read Ctrl-C as the end of input. It ends the input
// when ctx is done (SIGTERM), even while waiting for a key.
type ctrlCReader struct {
	r    *os.File
	ctx  context.Context
	intr atomic.Bool
}

// Read reads from the terminal, replacing each Ctrl-C.
func (c *ctrlCReader) Read(p []byte) (int, error) {
	if err := c.wait(); err != nil {
		return 0, err
	}
	buf := make([]byte, len(p)/3+1)
	n, err := c.r.Read(buf)
	out := p[:0]
	for _, b := range buf[:n] {
		if b == 3 {
			c.intr.Store(true)
			out = append(out, 5, 21, '\r')
			continue
		}
		out = append(out, b)
	}
	return len(out), err
}

// wait returns once the terminal has input, or io.EOF once ctx is done.
func (c *ctrlCReader) wait() error {
	fds := []unix.PollFd{{Fd: int32(c.r.Fd()), Events: unix.POLLIN}}
	for {
		if c.ctx.Err() != nil {
			return io.EOF
		}
		n, err := unix.Poll(fds, 100)
		if errors.Is(err, unix.EINTR) || (err == nil && n == 0) {
			continue
		}
		return err
	}
}

// interrupted reports whether Ctrl-C was typed since it was last asked.
func (c *ctrlCReader) interrupted() bool { return c.intr.Swap(false) }

// statementHistory is the history term.Terminal sees: it recalls whole
// statements, which the shell adds, and ignores the lines the terminal adds.
type statementHistory struct{ *history }

// Add ignores a line: the shell records whole statements itself.
func (statementHistory) Add(string) {}

// shell holds the state of an interactive session: the statement being
// typed, the output format and the history of statements.
type shell struct {
	db     *sql.DB
	out    io.Writer
	format Format
	buf    strings.Builder
	hist   *history
	around func(run func(context.Context)) // wraps statement runs, if set
}

// line takes one line of input and reports whether the session should end.
func (s *shell) line(ctx context.Context, line string) (quit bool) {
	if s.buf.Len() == 0 && strings.HasPrefix(strings.TrimSpace(line), ".") {
		s.hist.Add(strings.TrimSpace(line))
		return s.command(ctx, strings.Fields(strings.TrimSpace(line)))
	}
	s.buf.WriteString(line)
	s.buf.WriteByte('\n')
	if complete(s.buf.String()) {
		s.flush(ctx)
	}
	return false
}

// flush runs the statements typed so far, if any.
func (s *shell) flush(ctx context.Context) {
	query := s.buf.String()
	s.buf.Reset()
	if len(Split(query)) == 0 {
		return
	}
	s.hist.Add(OneLine(query))
	s.run(ctx, func(ctx context.Context) error {
		return Run(ctx, s.db, query, s.format, s.out)
	})
}

// run calls fn, through s.around when set, and prints its error.
func (s *shell) run(ctx context.Context, fn func(context.Context) error) {
	var err error
	if s.around != nil {
		s.around(func(ctx context.Context) { err = fn(ctx) })
	} else {
		err = fn(ctx)
	}
	switch {
	case errors.Is(err, context.Canceled) && ctx.Err() == nil:
		fmt.Fprintln(s.out, "Error: statement canceled")
	case err != nil:
		fmt.Fprintf(s.out, "Error: %v\n", err)
	}
}

// command runs a dot command and reports whether the session should end.
func (s *shell) command(ctx context.Context, args []string) (quit bool) {
	switch args[0] {
	case ".quit", ".exit", ".q":
		return true
	case ".help":
		fmt.Fprint(s.out, helpText)
	case ".tables":
		s.run(ctx, func(ctx context.Context) error {
			return Run(ctx, s.db, tablesSQL, s.format, s.out)
		})
	case ".schema":
		if len(args) != 2 {
			fmt.Fprintln(s.out, "Error: usage: .schema TABLE")
			break
		}
		s.run(ctx, func(ctx context.Context) error { return s.schema(ctx, args[1]) })
	case ".format", ".mode":
		if len(args) == 1 {
			fmt.Fprintf(s.out, "format: %s\n", s.format)
			break
		}
		f, err := ParseFormat(args[1])
		if err != nil {
			fmt.Fprintf(s.out, "Error: %v\n", err)
			break
		}
		s.format = f
	default:
		fmt.Fprintf(s.out, "Error: unknown command %s; try .help\n", args[0])
	}
	return false
}

// schema prints the description and columns of one table or view.
func (s *shell) schema(ctx context.Context, table string) error {
	var comment sql.NullString
	var kind string
	err := s.db.QueryRowContext(ctx, commentSQL, table).Scan(&comment, &kind)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("no table or view named %s; try .tables", table)
	}
	if err != nil {
		return fmt.Errorf("schema %s: %w", table, err)
	}
	fmt.Fprintf(s.out, "%s %s", kind, table)
	if comment.Valid && comment.String != "" {
		fmt.Fprintf(s.out, ": %s", comment.String)
	}
	fmt.Fprintln(s.out)
	return runQuery(ctx, s.db, schemaSQL, s.format, s.out, table)
}
