package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// HandledUpdate returns the highest Telegram update_id recorded by
// MarkUpdateHandled (0 when none).
func (s *Store) HandledUpdate(ctx context.Context) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, "SELECT update_id FROM bot_update_offset WHERE id = 1").Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("handled update id: %w", err)
	}
	return id, nil
}

// MarkUpdateHandled records that the bot began handling update id. The
// stored value only grows: handlers of different chats finish out of order.
func (s *Store) MarkUpdateHandled(ctx context.Context, id int64) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO bot_update_offset (id, update_id) VALUES (1, ?)
		ON CONFLICT (id) DO UPDATE SET update_id = max(update_id, excluded.update_id)`, id)
	if err != nil {
		return fmt.Errorf("mark update %d handled: %w", id, err)
	}
	return nil
}
