package analytics

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromiumPath finds Debian's chromium; without it the browser tests skip,
// except on CI, where they fail.
func chromiumPath(t *testing.T) string {
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium not installed (apt-get install -y chromium)")
	}
	t.Skip("chromium not installed")
	return ""
}

// artifactsDir is where screenshots go: $ACTAS_ARTIFACTS or testdata/artifacts.
func artifactsDir(t *testing.T) string {
	dir := os.Getenv("ACTAS_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("testdata", "artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// browserLog records every request and every console error of a tab.
type browserLog struct {
	mu       sync.Mutex
	requests []string
	errors   []string
}

func (l *browserLog) listen(ev any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		l.requests = append(l.requests, e.Request.URL)
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			l.errors = append(l.errors, "console: "+strings.Join(parts, " "))
		}
	case *runtime.EventExceptionThrown:
		l.errors = append(l.errors, "exception: "+exceptionText(e.ExceptionDetails))
	case *log.EventEntryAdded:
		if e.Entry.Level == log.EntryLevelError {
			l.errors = append(l.errors, "log: "+e.Entry.Text+" "+e.Entry.URL)
		}
	}
}

// take returns and clears what was recorded.
func (l *browserLog) take() (requests, errs []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	requests, errs = l.requests, l.errors
	l.requests, l.errors = nil, nil
	return requests, errs
}

// chartState is what the page says about one chart.
type chartState struct {
	ID       string `json:"id"`
	Instance bool   `json:"instance"`
	Painted  bool   `json:"painted"`
	Points   int    `json:"points"`
}

// chartsJS reports, for every chart element, whether ECharts drew on its canvas.
const chartsJS = `Array.from(document.querySelectorAll('div[id^="chart_"]')).map(el => {
  const inst = typeof echarts !== 'undefined' && echarts.getInstanceByDom(el);
  const c = el.querySelector('canvas');
  let painted = false;
  if (c && c.width > 0 && c.height > 0) {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < d.length; i += 4 * 7) { if (d[i] > 0) { painted = true; break; } }
  }
  let points = 0;
  if (inst) { (inst.getOption().series || []).forEach(s => { points += (s.data || []).length; }); }
  return {id: el.id, instance: !!inst, painted: painted, points: points};
})`

func TestBrowser(t *testing.T) {
	exe := chromiumPath(t)
	_, ts := startServer(t, Options{})
	shots := artifactsDir(t)
	alloc, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exe), chromedp.UserDataDir(t.TempDir()), chromedp.Headless, chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.WindowSize(1280, 1000))
	defer cancel()
	var bl browserLog
	browser, cancel := chromedp.NewContext(alloc, chromedp.WithListener(bl.listen))
	defer cancel()
	if err := chromedp.Do(browser, chromedp.Navigate("about:blank")); err != nil {
		t.Fatal(err)
	}
	bl.take()
	ctx, cancel := context.WithTimeout(browser, 3*time.Minute)
	defer cancel()

	pages := []struct {
		name, path string
		charts     int
	}{
		{"overview", "/", 5},
		{"overview-filtered", "/?body=lon_tip&from=2015&to=2015&lang=en", 5},
		{"meetings", "/meetings", 0},
		{"meeting", "/meetings/a1b2c3d4e5f60003", 0},
		{"meeting-planted", "/meetings/a1b2c3d4e5f600e5", 0},
		{"source", "/meetings/a1b2c3d4e5f60003/source?agreement=a1b2c3d4e5f60003-005#hl", 0},
		{"country", "/countries/GTM", 3},
		{"country-planted", "/countries/ZZX", 3},
		{"organisation", "/organisations/UNODC", 3},
		{"organisation-planted", "/organisations/EVIL", 3},
		{"sql", "/sql", 0},
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			var charts []chartState
			var pwned string
			var shot []byte
			err := chromedp.Do(ctx,
				chromedp.Navigate(ts.URL+p.path),
				chromedp.WaitReady(chromedp.CSS("main")),
				chromedp.Sleep(300*time.Millisecond),
				into(chromedp.Evaluate[[]chartState](chartsJS), &charts),
				into(chromedp.Evaluate[string](`typeof window.__pwned`), &pwned),
				into(chromedp.FullScreenshot(80), &shot),
			)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(shots, p.name+".jpg"), shot, 0o644); err != nil {
				t.Error(err)
			}
			if pwned != "undefined" {
				t.Errorf("planted script ran: window.__pwned is %s", pwned)
			}
			if len(charts) != p.charts {
				t.Errorf("%d charts, want %d", len(charts), p.charts)
			}
			for _, c := range charts {
				if !c.Instance || !c.Painted {
					t.Errorf("chart %s not drawn: %+v", c.ID, c)
				}
			}
			checkLog(t, &bl, ts.URL)
		})
	}

	t.Run("filter changes data", func(t *testing.T) {
		const points = `echarts.getInstanceByDom(document.getElementById('chart_meetings_per_year')).getOption().series.map(s => s.name + ':' + s.data.map(d => d.value).join(',')).join(' | ')`
		var before, after, loc string
		err := chromedp.Do(ctx,
			chromedp.Navigate(ts.URL+"/"),
			chromedp.WaitReady(chromedp.ID("f-apply")),
			into(chromedp.Evaluate[string](points), &before),
			chromedp.SetValue(chromedp.ID("f-body"), "lon_tip"),
			chromedp.Click(chromedp.ID("f-apply")),
			chromedp.Sleep(500*time.Millisecond),
			chromedp.WaitReady(chromedp.ID("chart_meetings_per_year")),
			into(chromedp.Location(), &loc),
			into(chromedp.Evaluate[string](points), &after),
		)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(loc, "body=lon_tip") {
			t.Errorf("filter not kept in the URL: %s", loc)
		}
		if before == after || strings.Contains(after, "Vice-Ministerial") {
			t.Errorf("filter did not change the chart:\nbefore %s\nafter  %s", before, after)
		}
		checkLog(t, &bl, ts.URL)
	})

	t.Run("sql console", func(t *testing.T) {
		var n int
		var shot []byte
		err := chromedp.Do(ctx,
			chromedp.Navigate(ts.URL+"/sql"),
			chromedp.WaitReady(chromedp.CSS("button.example")),
			chromedp.Click(chromedp.CSS("button.example"), chromedp.NodeVisible),
			chromedp.WaitVisible(chromedp.CSS("#result tr:nth-child(2)")),
			into(chromedp.Evaluate[int](`document.querySelectorAll('#result tr').length`), &n),
			into(chromedp.FullScreenshot(80), &shot),
		)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(shots, "sql-result.jpg"), shot, 0o644)
		if n < 10 {
			t.Errorf("SHOW TABLES shows %d rows", n-1)
		}
		checkLog(t, &bl, ts.URL)
	})
}

// checkLog fails on console errors and on any request not to the test server.
func checkLog(t *testing.T, bl *browserLog, base string) {
	t.Helper()
	requests, errs := bl.take()
	for _, e := range errs {
		t.Errorf("browser error: %s", e)
	}
	for _, u := range requests {
		if !strings.HasPrefix(u, base+"/") && !strings.HasPrefix(u, "data:") {
			t.Errorf("request left the test server: %s", u)
		}
	}
	if len(requests) == 0 {
		t.Error(fmt.Sprint("no requests recorded"))
	}
}

// exceptionText describes an uncaught exception.
func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return ""
	}
	s := d.Text
	if d.Exception != nil {
		s += " " + d.Exception.Description
	}
	return fmt.Sprintf("%s (%s:%d)", s, d.URL, d.LineNumber)
}

// into runs a and stores its value in dst, so it can be a step of chromedp.Do.
func into[T any](a chromedp.Action[T], dst *T) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		v, err := a(ctx, t)
		*dst = v
		return chromedp.Void{}, err
	}
}
