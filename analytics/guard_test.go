package analytics

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// serveReal serves the fixture with the server's own http.Server, limits and
// timeouts on a loopback port, and returns its base URL.
func serveReal(t *testing.T, opt Options) string {
	t.Helper()
	s, _ := startServer(t, opt)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

func TestHostileRequests(t *testing.T) {
	_, ts := startServer(t, Options{})
	host := strings.TrimPrefix(ts.URL, "http://")
	port := host[strings.LastIndex(host, ":"):]
	const stmt = `{"sql": "select 4242424242 as n"}`
	tests := []struct {
		name, method, host, path, ctype, body string
		header                                map[string]string
		status                                int
	}{
		{"loopback address", "GET", host, "/sql", "", "", nil, 200},
		{"localhost name", "GET", "localhost" + port, "/sql", "", "", nil, 200},
		{"IPv6 loopback", "GET", "[::1]" + port, "/sql", "", "", nil, 200},
		{"rebinding name", "GET", "evil.example" + port, "/sql", "", "", nil, 421},
		{"rebinding name on the API", "POST", "evil.example" + port, "/api/sql", "application/json", stmt, nil, 421},
		{"other address", "GET", "10.1.2.3" + port, "/api/status", "", "", nil, 421},
		{"same-origin JSON", "POST", host, "/api/sql", "application/json", stmt, map[string]string{"Origin": "http://" + host, "Sec-Fetch-Site": "same-origin"}, 200},
		{"script without browser headers", "POST", host, "/api/sql", "application/json; charset=utf-8", stmt, nil, 200},
		{"cross-site fetch", "POST", host, "/api/sql", "application/json", stmt, map[string]string{"Sec-Fetch-Site": "cross-site"}, 403},
		{"cross-origin Origin", "POST", host, "/api/sql", "application/json", stmt, map[string]string{"Origin": "http://evil.example"}, 403},
		{"form post", "POST", host, "/api/sql", "application/x-www-form-urlencoded", "sql=select+4242424242", nil, 415},
		{"cross-site form post", "POST", host, "/api/sql", "application/x-www-form-urlencoded", "sql=select+4242424242", map[string]string{"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"}, 415},
		{"text/plain post", "POST", host, "/api/sql", "text/plain", stmt, nil, 415},
		{"multipart post", "POST", host, "/api/sql", "multipart/form-data; boundary=x", "--x--", nil, 415},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, ts.URL+tt.path, strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			req.Host = tt.host
			if tt.ctype != "" {
				req.Header.Set("Content-Type", tt.ctype)
			}
			for k, v := range tt.header {
				req.Header.Set(k, v)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, body)
			}
			if tt.status != 200 && strings.Contains(string(body), "4242424242") {
				t.Errorf("refused request ran the statement: %s", body)
			}
			if got := resp.Header.Get("X-Frame-Options"); got != "DENY" {
				t.Errorf("X-Frame-Options %q", got)
			}
			if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options %q", got)
			}
		})
	}
	_, _, h := get(t, ts.URL+"/")
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") {
		t.Errorf("CSP %q lacks frame-ancestors 'none'", csp)
	}
}

func TestAllowedHosts(t *testing.T) {
	tests := []struct {
		addr  string
		allow []string
		host  string
		ok    bool
	}{
		{"127.0.0.1:8080", nil, "127.0.0.1:8080", true},
		{"127.0.0.1:8080", nil, "127.0.0.2", true},
		{"127.0.0.1:8080", nil, "LOCALHOST:8080", true},
		{"127.0.0.1:8080", nil, "app.localhost", true},
		{"127.0.0.1:8080", nil, "[::1]:8080", true},
		{"127.0.0.1:8080", nil, "192.168.1.5:8080", false},
		{"127.0.0.1:8080", nil, "attacker.example:8080", false},
		{"127.0.0.1:8080", nil, "", false},
		{"dash.internal:8080", nil, "dash.internal:8080", true},
		{"dash.internal:8080", nil, "dash.internal.:8080", true},
		{"dash.internal:8080", nil, "other.internal:8080", false},
		{"0.0.0.0:8080", nil, "192.168.1.5:8080", true},
		{"0.0.0.0:8080", nil, "attacker.example:8080", false},
		{":8080", []string{"dash.example.org"}, "dash.example.org", true},
		{"192.168.1.5:8080", nil, "192.168.1.5:8080", true},
		{"192.168.1.5:8080", nil, "192.168.1.6:8080", false},
	}
	for _, tt := range tests {
		s := &Server{opt: Options{Addr: tt.addr, AllowHosts: tt.allow}}
		if got := s.allowedHosts().allows(tt.host); got != tt.ok {
			t.Errorf("addr %s allow %v: host %q allowed = %v, want %v", tt.addr, tt.allow, tt.host, got, tt.ok)
		}
	}
}

func TestSlowClientsCut(t *testing.T) {
	const limit = time.Second
	base := serveReal(t, Options{HeaderTimeout: limit, MaxConns: 2})
	addr := strings.TrimPrefix(base, "http://")

	// A slowloris client sends a header byte every 50 ms and never ends them:
	// the server must close the connection after the header timeout.
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	start := time.Now()
	c.Write([]byte("GET / HTTP/1.1\r\nHost: " + addr + "\r\nX-Slow: "))
	closed := false
	for i := 0; i < 100 && !closed; i++ { // at most 5 s
		time.Sleep(50 * time.Millisecond)
		if _, err := c.Write([]byte("a")); err != nil {
			closed = true
		}
		c.SetReadDeadline(time.Now().Add(time.Millisecond))
		n, err := c.Read(make([]byte, 512))
		var ne net.Error
		if n > 0 || (err != nil && !(errors.As(err, &ne) && ne.Timeout())) {
			closed = true // an answer (408) or the end of the connection
		}
	}
	if !closed {
		t.Fatalf("slow header connection still open after %s (header timeout %s)", time.Since(start), limit)
	}
	t.Logf("slow header connection closed after %.1f × the header timeout", time.Since(start).Seconds()/limit.Seconds())

	// A slow body: headers in time, then a byte every 50 ms of a 1,000-byte
	// JSON body; the read timeout (3 × the header timeout) ends it.
	b, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	start = time.Now()
	b.Write([]byte("POST /api/sql HTTP/1.1\r\nHost: " + addr + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"))
	closed = false
	for i := 0; i < 100 && !closed; i++ { // at most 5 s
		time.Sleep(50 * time.Millisecond)
		if _, err := b.Write([]byte(" ")); err != nil {
			closed = true
		}
		b.SetReadDeadline(time.Now().Add(time.Millisecond))
		n, err := b.Read(make([]byte, 512))
		var ne net.Error
		if n > 0 || (err != nil && !(errors.As(err, &ne) && ne.Timeout())) {
			closed = true
		}
	}
	if !closed {
		t.Fatalf("slow body connection still open after %s", time.Since(start))
	}
	t.Logf("slow body connection closed after %.1f × the header timeout", time.Since(start).Seconds()/limit.Seconds())

	// Two idle connections fill the cap: a third client waits until the
	// header timeout closes one of them.
	var idle []net.Conn
	for i := 0; i < 2; i++ {
		ic, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer ic.Close()
		idle = append(idle, ic)
	}
	time.Sleep(limit / 5) // the server accepts them
	quick := &http.Client{Timeout: limit / 4}
	if resp, err := quick.Get(base + "/api/status"); err == nil {
		resp.Body.Close()
		t.Errorf("a third connection was served while two idle ones held the cap of 2")
	}
	patient := &http.Client{Timeout: 5 * time.Second}
	resp, err := patient.Get(base + "/api/status")
	if err != nil {
		t.Fatalf("after the idle connections timed out: %v", err)
	}
	resp.Body.Close()
	for _, ic := range idle {
		ic.SetReadDeadline(time.Now().Add(2 * time.Second))
		if _, err := bufio.NewReader(ic).ReadByte(); err == nil {
			t.Errorf("idle connection got data instead of being closed")
		}
	}
}
