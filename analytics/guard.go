package analytics

import (
	"mime"
	"net"
	"net/http"
	"strings"
	"time"
)

// The HTTP server's limits: a client gets headerTimeout (Options.HeaderTimeout)
// to send its request line and headers, three times that for the whole
// request, maxHeaderBytes of headers; an idle keep-alive connection is
// closed after twelve times that (60 s by default).
const (
	headerTimeout  = 5 * time.Second
	maxHeaderBytes = 64 << 10
)

// httpServer returns the http.Server of s with its timeouts: the write
// timeout outlasts the console's time limit so that its error reaches the client.
func (s *Server) httpServer() *http.Server {
	ht := headerTimeout
	if s.opt.HeaderTimeout > 0 {
		ht = s.opt.HeaderTimeout
	}
	return &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: ht,
		ReadTimeout:       3 * ht,
		WriteTimeout:      max(30*time.Second, s.opt.QueryTimeout+10*time.Second),
		IdleTimeout:       12 * ht,
		MaxHeaderBytes:    maxHeaderBytes,
	}
}

// guard wraps every handler with the checks that keep other sites out: a
// Host the server answers to (against DNS rebinding), the cross-origin
// check of unsafe methods (against CSRF), JSON bodies only on POST, and
// headers that forbid framing.
func (s *Server) guard(h http.Handler) http.Handler {
	hosts := s.allowedHosts()
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusForbidden, "cross-origin request refused")
	}))
	inner := cop.Handler(h)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Frame-Options", "DENY")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if !hosts.allows(r.Host) {
			writeError(w, http.StatusMisdirectedRequest, "this server does not answer to host "+r.Host)
			return
		}
		if r.Method == http.MethodPost {
			ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
			if ct != "application/json" {
				writeError(w, http.StatusUnsupportedMediaType, `send the request as JSON (Content-Type: application/json), e.g. {"sql": "select 1"}`)
				return
			}
		}
		inner.ServeHTTP(w, r)
	})
}

// hostSet is the Host names a server answers to; anyIP also admits every IP
// literal, for a server listening on all interfaces.
type hostSet struct {
	names map[string]bool
	anyIP bool
}

// allowedHosts returns the loopback names, the host of Options.Addr and
// Options.AllowHosts.
func (s *Server) allowedHosts() hostSet {
	hs := hostSet{names: map[string]bool{"localhost": true}}
	for _, h := range s.opt.AllowHosts {
		hs.names[strings.ToLower(h)] = true
	}
	host, _, err := net.SplitHostPort(s.opt.Addr)
	if err != nil {
		host = s.opt.Addr
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		hs.anyIP = true
	} else {
		hs.names[strings.ToLower(host)] = true
	}
	return hs
}

// allows reports whether a request's Host header names this server: a
// loopback address or name, an allowed name, or any IP when listening on all.
func (hs hostSet) allows(hostport string) bool {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		host = strings.TrimSuffix(strings.TrimPrefix(hostport, "["), "]")
	}
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if hs.names[host] || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && (ip.IsLoopback() || hs.anyIP || hs.names[ip.String()])
}
