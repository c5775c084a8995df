package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/exec"
	"slices"
	"sync"
	"syscall"
	"time"
)

// dashboardPaths are the pages and API calls the load test requests in turn.
var dashboardPaths = []string{
	"/", "/meetings", "/agreements", "/commitments", "/countries", "/organisations", "/documents",
	"/api/meetings", "/api/agreements", "/api/commitments", "/api/countries", "/api/documents", "/api/filters",
}

// loadResult is what the dashboard served under load.
type loadResult struct {
	Requests, Errors int
	Wall             time.Duration
	P50, P99         time.Duration
}

// serveAndLoad starts `actas serve` on db, waits until it answers, sends
// requests from clients goroutines for d, stops the server and returns the figures.
func serveAndLoad(ctx context.Context, bin, db string, clients int, d time.Duration) (loadResult, error) {
	addr, err := freeAddr()
	if err != nil {
		return loadResult{}, err
	}
	cmd := exec.CommandContext(ctx, bin, "serve", "--db", db, "--addr", addr)
	if err := cmd.Start(); err != nil {
		return loadResult{}, fmt.Errorf("serve: %w", err)
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	}()
	base := "http://" + addr
	client := &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	if err := waitReady(ctx, client, base+"/api/status", time.Minute); err != nil {
		return loadResult{}, err
	}
	for _, p := range dashboardPaths { // warm the caches once, as a first visitor does
		get(client, base+p)
	}
	var mu sync.Mutex
	var lat []time.Duration
	errs := 0
	var wg sync.WaitGroup
	start := time.Now()
	stop := start.Add(d)
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			bad := 0
			for i := c; time.Now().Before(stop) && ctx.Err() == nil; i++ {
				t := time.Now()
				if !get(client, base+dashboardPaths[i%len(dashboardPaths)]) {
					bad++
				}
				mine = append(mine, time.Since(t))
			}
			mu.Lock()
			lat = append(lat, mine...)
			errs += bad
			mu.Unlock()
		}()
	}
	wg.Wait()
	res := loadResult{Requests: len(lat), Errors: errs, Wall: time.Since(start)}
	slices.Sort(lat)
	if len(lat) > 0 {
		res.P50 = lat[len(lat)/2]
		res.P99 = lat[min(len(lat)-1, len(lat)*99/100)]
	}
	return res, nil
}

// get fetches url and reports whether it answered 200.
func get(c *http.Client, url string) bool {
	resp, err := c.Get(url)
	if err != nil {
		return false
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// waitReady polls url until it answers 200 or the wait is over.
func waitReady(ctx context.Context, c *http.Client, url string, wait time.Duration) error {
	deadline := time.Now().Add(wait)
	for time.Now().Before(deadline) {
		if get(c, url) {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
	return fmt.Errorf("serve: %s did not answer within %s", url, wait)
}

// freeAddr returns a loopback address with a port free right now.
func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}
