// Package analytics serves the dashboards, their JSON API and the read-only
// SQL console over the published DuckDB snapshot.
package analytics

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"golang.org/x/net/netutil"
)

// Options configures a Server.
type Options struct {
	Snapshot     string        // path of the published DuckDB snapshot (<db>.snapshot); opened read-only
	Addr         string        // "127.0.0.1:8080"
	QueryTimeout time.Duration // SQL console per-statement limit, default 5s
	RowCap       int           // SQL console row cap, default 10000
	PollInterval time.Duration // how often to look for a new snapshot, default 1s
	ConsoleMB    int           // memory limit of the SQL console's DuckDB instance in MB, default 256
	ResponseCap  int           // most bytes of rows one console answer carries, default 8 MiB
	MaxConns     int           // most open client connections, default 64
	AllowHosts   []string      // Host names served besides loopback and Addr's host
	// HeaderTimeout bounds how long a client may take to send its headers, default 5s.
	HeaderTimeout time.Duration
}

// Server serves the dashboards over the newest snapshot, swapping to a new one
// when the writer publishes it.
type Server struct {
	opt     Options
	store   *store
	pages   *pages
	handler http.Handler
	noData  string // what pages say before the first snapshot
	stop    chan struct{}
	done    chan struct{}
}

// NewServer opens the snapshot if it exists and starts watching for new ones.
// A missing snapshot is not an error: pages say there is no data yet.
func NewServer(opt Options) (*Server, error) {
	if opt.Snapshot == "" {
		return nil, errors.New("analytics: no snapshot path")
	}
	if opt.Addr == "" {
		opt.Addr = "127.0.0.1:8080"
	}
	if opt.QueryTimeout <= 0 {
		opt.QueryTimeout = 5 * time.Second
	}
	if opt.RowCap <= 0 {
		opt.RowCap = 10000
	}
	if opt.PollInterval <= 0 {
		opt.PollInterval = time.Second
	}
	if opt.ConsoleMB <= 0 {
		opt.ConsoleMB = 256
	}
	if opt.ResponseCap <= 0 {
		opt.ResponseCap = 8 << 20
	}
	if opt.MaxConns <= 0 {
		opt.MaxConns = 64
	}
	st, err := newStore(opt.Snapshot, opt.ConsoleMB)
	if err != nil {
		return nil, err
	}
	pg, err := newPages()
	if err != nil {
		st.close()
		return nil, err
	}
	s := &Server{opt: opt, store: st, pages: pg, stop: make(chan struct{}), done: make(chan struct{})}
	db := strings.TrimSuffix(opt.Snapshot, ".snapshot")
	s.noData = fmt.Sprintf("%s at %s — run actas ingest --db %s", noDataMessage, db, db)
	s.handler = s.guard(s.routes())
	st.refresh()
	go s.watch()
	return s, nil
}

// watch looks for a new snapshot every PollInterval until Close.
func (s *Server) watch() {
	defer close(s.done)
	t := time.NewTicker(s.opt.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
			s.store.refresh()
		}
	}
}

// Handler returns the HTTP handler of every page, API and asset.
func (s *Server) Handler() http.Handler { return s.handler }

// ListenAndServe serves on Options.Addr until ctx is done, then shuts down
// gracefully, letting requests in flight finish.
func (s *Server) ListenAndServe(ctx context.Context) error {
	ln, err := s.Listen()
	if err != nil {
		return err
	}
	return s.Serve(ctx, ln)
}

// Listen opens the listening socket on Options.Addr, so that a busy port is
// reported before anything says the server is up.
func (s *Server) Listen() (net.Listener, error) {
	ln, err := net.Listen("tcp", s.opt.Addr)
	if err != nil {
		return nil, fmt.Errorf("serve %s: %w", s.opt.Addr, err)
	}
	return ln, nil
}

// Serve serves on ln until ctx is done, then shuts down gracefully. At most
// Options.MaxConns connections are open at once; slow or idle clients are
// cut by the timeouts of httpServer.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := s.httpServer()
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(netutil.LimitListener(ln, s.opt.MaxConns)) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), s.opt.QueryTimeout+5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shut); err != nil {
		return fmt.Errorf("shutdown %s: %w", ln.Addr(), err)
	}
	return nil
}

// Close stops watching and closes the snapshot once its requests finish.
func (s *Server) Close() error {
	select {
	case <-s.stop:
		return nil
	default:
	}
	close(s.stop)
	<-s.done
	return s.store.close()
}
