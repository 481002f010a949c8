package bot

import (
	"context"
	"sync"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/detente/detente/prompts"
)

// groupAdminTTL is how long a getChatMember answer is trusted: a burst of
// commands costs one Bot API call, and a demoted administrator loses the
// right within minutes.
const groupAdminTTL = 10 * time.Minute

// groupStateCommands change what a whole group gets (its digest, its
// conversation), so in a group only its administrators and the bot's
// admins may run them. /subscription only reads and stays open.
var groupStateCommands = map[string]bool{"subscribe": true, "unsubscribe": true, "timezone": true, "new": true}

// groupAdmins caches whether a user administers a chat.
type groupAdmins struct {
	mu sync.Mutex
	m  map[[2]int64]groupAdminEntry
}

type groupAdminEntry struct {
	admin bool
	at    time.Time
}

// mayChangeGroup reports whether in's sender may change the group's state.
// If Telegram cannot be asked, the answer is no (fail closed).
func (b *Bot) mayChangeGroup(ctx context.Context, in incoming) bool {
	if in.private || b.admins[in.from.ID] {
		return true
	}
	// An anonymous administrator writes as the group itself.
	if sc := in.msg.SenderChat; sc != nil && sc.ID == in.chat {
		return true
	}
	key := [2]int64{in.chat, in.from.ID}
	now := b.now()
	b.groupAdmins.mu.Lock()
	e, ok := b.groupAdmins.m[key]
	if ok && now.Sub(e.at) > groupAdminTTL {
		delete(b.groupAdmins.m, key)
		ok = false
	}
	b.groupAdmins.mu.Unlock()
	if ok {
		return e.admin
	}
	var member *models.ChatMember
	err := b.call(ctx, in.chat, "getChatMember", true, func(ctx context.Context) error {
		var err error
		member, err = b.api.GetChatMember(ctx, &tgbot.GetChatMemberParams{ChatID: in.chat, UserID: in.from.ID})
		return err
	})
	if err != nil {
		b.log.Warn("get chat member", "chat_id", in.chat, "user_id", in.from.ID, "err", err)
		return false
	}
	admin := member.Type == models.ChatMemberTypeOwner || member.Type == models.ChatMemberTypeAdministrator
	b.groupAdmins.mu.Lock()
	if b.groupAdmins.m == nil {
		b.groupAdmins.m = map[[2]int64]groupAdminEntry{}
	}
	// Entries of other chats and users expire too: drop them now and then
	// so the cache stays as small as the set of recent askers.
	if len(b.groupAdmins.m) >= 4096 {
		for k, v := range b.groupAdmins.m {
			if now.Sub(v.at) > groupAdminTTL {
				delete(b.groupAdmins.m, k)
			}
		}
	}
	b.groupAdmins.m[key] = groupAdminEntry{admin: admin, at: now}
	b.groupAdmins.mu.Unlock()
	return admin
}

// refuseGroupChange answers a group-state command from a member who may
// not run it, and reports whether it did.
func (b *Bot) refuseGroupChange(ctx context.Context, in incoming, lang string) bool {
	if !groupStateCommands[in.cmd] || b.mayChangeGroup(ctx, in) {
		return false
	}
	b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.group_admin_only"))
	return true
}
