package analytics

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

// assetFiles holds analytics/assets; the README keeps the embed valid before
// `make assets` has copied echarts.min.js in.
//
//go:embed assets
var assetFiles embed.FS

// assetsHandler serves the embedded assets with a long cache lifetime.
func assetsHandler() http.Handler {
	sub, err := fs.Sub(assetFiles, "assets")
	if err != nil {
		panic(err)
	}
	files := http.StripPrefix("/assets/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") || strings.HasSuffix(r.URL.Path, ".md") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		files.ServeHTTP(w, r)
	})
}

// faviconHandler serves the embedded icon at /favicon.ico, which browsers ask
// for on pages that name none (the PDF viewer of a report's file).
func faviconHandler(w http.ResponseWriter, r *http.Request) {
	b, err := assetFiles.ReadFile("assets/favicon.svg")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	w.Write(b)
}

// HasECharts reports whether echarts.min.js was embedded at build time.
func HasECharts() bool {
	_, err := fs.Stat(assetFiles, "assets/echarts.min.js")
	return err == nil
}
