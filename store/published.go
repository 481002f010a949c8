package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// NewestPublished returns the newest publication date in the corpus not
// after notAfter (zero if no article has one). Retrieval resolves "latest"
// and "this week" against it rather than the wall clock; notAfter keeps a
// mistyped future date (a feed's "2062-01-01") from becoming "now".
func (s *Store) NewestPublished(ctx context.Context, notAfter time.Time) (time.Time, error) {
	var newest sql.NullString
	err := s.db.QueryRowContext(ctx, "SELECT max(published) FROM articles WHERE published <= ?",
		notAfter.UTC().Format(dateLayout)).Scan(&newest)
	if err != nil {
		return time.Time{}, fmt.Errorf("newest publication date: %w", err)
	}
	return parsePublished(newest), nil
}
