package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
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
// It returns once a value at least id is committed. Concurrent calls share
// commits (a group commit): the bot calls it before each update's first
// reply, and 200 updates at once each waiting for its own write through
// the single writer held every first reply behind up to 200 commits.
func (s *Store) MarkUpdateHandled(ctx context.Context, id int64) error {
	if err := s.handled.mark(ctx, id, s.writeHandled); err != nil {
		return fmt.Errorf("mark update %d handled: %w", id, err)
	}
	return nil
}

func (s *Store) writeHandled(ctx context.Context, id int64) error {
	_, err := s.exec(ctx, `INSERT INTO bot_update_offset (id, update_id) VALUES (1, ?)
		ON CONFLICT (id) DO UPDATE SET update_id = excluded.update_id
		WHERE bot_update_offset.update_id < excluded.update_id`, id)
	return err
}

// groupCommit makes one write of the highest value asked stand for every
// caller waiting meanwhile.
type groupCommit struct {
	mu      sync.Mutex
	want    int64         // highest value asked for
	done    int64         // highest value committed
	running chan struct{} // closed when the write in flight ends; nil if none
}

// mark returns once a value >= v is committed by write, which it runs
// itself unless a write in flight already covers v or another caller
// takes the next one.
func (g *groupCommit) mark(ctx context.Context, v int64, write func(context.Context, int64) error) error {
	for {
		g.mu.Lock()
		if g.done >= v {
			g.mu.Unlock()
			return nil
		}
		g.want = max(g.want, v)
		if ch := g.running; ch != nil {
			g.mu.Unlock()
			select {
			case <-ch:
				continue // covered now, or this caller writes next
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		ch := make(chan struct{})
		g.running = ch
		target := g.want
		g.mu.Unlock()

		err := write(ctx, target)
		g.mu.Lock()
		if err == nil {
			g.done = max(g.done, target)
		}
		g.running = nil
		close(ch)
		g.mu.Unlock()
		if err != nil {
			return err
		}
	}
}
