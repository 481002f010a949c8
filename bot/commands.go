package bot

import (
	"context"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/detente/detente/prompts"
)

// userCommands are shown to everyone; adminCommands also to admins.
var (
	userCommands  = []string{"start", "help", "ask", "new", "cancel", "sources", "source", "lang", "subscribe", "unsubscribe", "digest"}
	adminCommands = []string{"add", "remove", "articles", "feeds", "stats"}
)

// commandList localises a command list for setMyCommands.
func commandList(lang string, names []string, digests bool) []models.BotCommand {
	var out []models.BotCommand
	for _, n := range names {
		if !digests && (n == "subscribe" || n == "unsubscribe" || n == "digest") {
			continue
		}
		out = append(out, models.BotCommand{Command: n, Description: prompts.T(lang, "bot.cmd."+n)})
	}
	return out
}

// registerCommands sets the command menu per language (English as the
// default, one list per UI language by language_code) and a longer list
// in each admin's private chat. Failures are logged: the bot works
// without a menu.
func (b *Bot) registerCommands(ctx context.Context) {
	digests := b.deps.Digests != nil
	set := func(p *tgbot.SetMyCommandsParams) {
		err := b.call(ctx, 0, "setMyCommands", true, func(ctx context.Context) error {
			_, err := b.api.SetMyCommands(ctx, p)
			return err
		})
		if err != nil {
			b.log.Warn("register commands", "language_code", p.LanguageCode, "err", err)
		}
	}
	set(&tgbot.SetMyCommandsParams{Commands: commandList("en", userCommands, digests)})
	for _, lang := range prompts.Languages() {
		if !prompts.Has(lang, "bot.cmd.start") {
			continue
		}
		set(&tgbot.SetMyCommandsParams{Commands: commandList(lang, userCommands, digests), LanguageCode: lang})
	}
	all := append(append([]string(nil), userCommands...), adminCommands...)
	for id := range b.admins {
		set(&tgbot.SetMyCommandsParams{Commands: commandList("en", all, digests), Scope: &models.BotCommandScopeChat{ChatID: id}})
	}
}
