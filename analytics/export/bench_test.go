package export

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

func BenchmarkExportParquet(b *testing.B) {
	db, err := sql.Open("duckdb", filepath.Join(b.TempDir(), "bench.duckdb"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE TABLE agreements AS
		SELECT 'm' || (i // 20) || '-' || (i % 20) AS agreement_id, 2000 + (i % 25)::INTEGER AS year,
		       ['thank', 'request', 'entrust'][1 + i % 3] AS action, (i % 1000)::DECIMAL(8,2) / 7 AS score,
		       DATE '2000-01-01' + (i % 9000)::INTEGER AS due, ['OIM', 'ACNUR'] AS mentions
		FROM range(100000) r(i);
		COMMENT ON TABLE agreements IS 'bench'`); err != nil {
		b.Fatal(err)
	}
	out := b.TempDir()
	ctx := context.Background()
	for b.Loop() {
		if _, err := Export(ctx, db, FormatParquet, out); err != nil {
			b.Fatal(err)
		}
	}
}
