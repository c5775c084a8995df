package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"

	"actas/analytics"
	"actas/ingest/load"
	"actas/transform"
)

// ServeCommand serves the dashboard over the newest published snapshot.
type ServeCommand struct {
	main    *Main
	db      string
	addr    string
	timeout time.Duration
	rowCap  int
	memory  int
	hosts   string
}

// ParseFlags parses the serve command's flags.
func (c *ServeCommand) ParseFlags(args []string) error {
	fs := c.main.newFlagSet("serve [--db PATH] [--addr HOST:PORT]",
		"Serve the dashboards, the JSON API under /api/ and the read-only SQL console at /sql.\n"+
			"The server reads the snapshot that ingest and transform publish beside the database\n"+
			"(PATH.snapshot), so 'actas ingest' can load new reports meanwhile; they show within\n"+
			"seconds after it ends.",
		"actas serve --db actas.duckdb --addr 127.0.0.1:8080", &c.db)
	def := os.Getenv("ACTAS_ADDR")
	if def == "" {
		def = "127.0.0.1:8080"
	}
	fs.StringVar(&c.addr, "addr", def, "address to listen on (env ACTAS_ADDR)")
	fs.DurationVar(&c.timeout, "query-timeout", 5*time.Second, "time limit of one SQL console statement")
	fs.IntVar(&c.rowCap, "row-cap", 10000, "most rows the SQL console returns")
	fs.IntVar(&c.memory, "console-memory", 256, "memory limit of the SQL console's DuckDB instance, in MB")
	fs.StringVar(&c.hosts, "allow-host", "", "comma-separated host names the server answers to besides loopback and --addr's host")
	return parse(fs, args)
}

// Run serves until interrupted.
func (c *ServeCommand) Run(ctx context.Context) error {
	snap := c.db + ".snapshot"
	if _, err := os.Stat(snap); err != nil {
		if err := requireDB(c.db); err != nil {
			return err
		}
	}
	if err := ensureSnapshot(ctx, c.db, snap); errors.Is(err, errBusy) {
		fmt.Fprintf(c.main.Stderr, "actas serve: %s is being written by another actas command; "+
			"its data shows once that command publishes a snapshot\n", c.db)
	} else if err != nil {
		return err
	}
	srv, err := analytics.NewServer(analytics.Options{Snapshot: snap, Addr: c.addr, QueryTimeout: c.timeout,
		RowCap: c.rowCap, ConsoleMB: c.memory, AllowHosts: splitList(c.hosts)})
	if err != nil {
		return err
	}
	defer srv.Close()
	ln, err := srv.Listen()
	if err != nil {
		return err
	}
	fmt.Fprintf(c.main.Stdout, "actas: dashboard at http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	return srv.Serve(ctx, ln)
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// errBusy means another process holds the database's write lock.
var errBusy = errors.New("database in use")

// ensureSnapshot publishes a snapshot of an existing database that has none
// yet (a database written by an older actas, or copied here). It returns
// errBusy when another command holds the database: that command publishes
// the snapshot when it ends.
func ensureSnapshot(ctx context.Context, db, snap string) error {
	if _, err := os.Stat(snap); err == nil {
		return nil
	}
	if _, err := os.Stat(db); errors.Is(err, fs.ErrNotExist) {
		return nil // the server says there is no data yet and waits for one
	}
	st, err := load.Open(db)
	if err != nil && strings.Contains(err.Error(), "Could not set lock") {
		return fmt.Errorf("%w: %w", errBusy, err)
	}
	if err != nil {
		return fmt.Errorf("publish a snapshot of %s: %w", db, err)
	}
	defer st.Close()
	_, err = transform.Publish(ctx, st.DB(), db)
	return err
}
