package bot

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/detente/detente/store"
)

// userTouchEvery is how stale a user's last_seen may get in the store: a
// write per message would make SQLite's single writer the bottleneck when
// many users ask at once.
const userTouchEvery = 5 * time.Minute

// maxCachedUsers bounds the cache; past it the cache starts over.
const maxCachedUsers = 100_000

// userCache remembers users recently written to the store, with their
// /lang choice, so most messages cost no database write.
type userCache struct {
	mu    sync.Mutex
	users map[int64]cachedUser
}

type cachedUser struct {
	u  store.BotUser
	at time.Time
}

func newUserCache() *userCache { return &userCache{users: map[int64]cachedUser{}} }

// touch returns the user, writing to st only if the cached row is missing,
// stale, or has another chat or language_code.
func (c *userCache) touch(ctx context.Context, st *store.Store, userID, chatID int64, langCode string) (store.BotUser, error) {
	if u, ok := c.fresh(userID, chatID, langCode); ok {
		return u, nil
	}
	u, err := st.TouchUser(ctx, userID, chatID, langCode)
	if err != nil {
		return store.BotUser{}, err
	}
	c.put(u)
	return u, nil
}

// peek returns the user without writing: from the cache, else read from
// st, else a new user not stored yet. Questions use it, so the path to the
// first message out does no write; the answer's record (one transaction)
// then stores the user.
func (c *userCache) peek(ctx context.Context, st *store.Store, userID, chatID int64, langCode string) (store.BotUser, error) {
	if u, ok := c.fresh(userID, chatID, langCode); ok {
		return u, nil
	}
	u, err := st.BotUserByID(ctx, userID)
	if errors.Is(err, store.ErrNotFound) {
		return store.BotUser{UserID: userID, ChatID: chatID, LangCode: langCode}, nil
	}
	if err != nil {
		return store.BotUser{}, err
	}
	c.put(u)
	return u, nil
}

func (c *userCache) fresh(userID, chatID int64, langCode string) (store.BotUser, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cu, ok := c.users[userID]
	if ok && time.Since(cu.at) < userTouchEvery && cu.u.ChatID == chatID && (langCode == "" || langCode == cu.u.LangCode) {
		return cu.u, true
	}
	return store.BotUser{}, false
}

func (c *userCache) put(u store.BotUser) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.users) >= maxCachedUsers {
		c.users = map[int64]cachedUser{}
	}
	c.users[u.UserID] = cachedUser{u: u, at: time.Now()}
}

// forget drops a user, so the next message reads the store again (after
// /lang changed the row).
func (c *userCache) forget(userID int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.users, userID)
}
