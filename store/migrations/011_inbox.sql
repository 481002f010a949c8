-- 011_inbox: Telegram updates recorded before they are acknowledged, so
-- that several replicas behind one webhook handle each update exactly once,
-- each chat's updates in order, and a replica that stops or dies loses none
-- (issue 11). Times are unix nanoseconds UTC.
--
-- state: 0 waiting, 1 begun (by claimed_by; attempts counts the beginnings),
-- 2 done. A done row stays a while so that Telegram's redelivery of the
-- same update_id is recognised and dropped (PruneInbox).
-- control: a button press or /cancel, which must not wait behind the
-- chat's running answer; claimed on its own (claimed_until) instead of
-- through the chat's claim.
-- limited, tell, command, wait_ms: the sender's budget as the receiving
-- replica judged it on arrival, so whichever replica handles the update
-- acts on the same verdict.
CREATE TABLE bot_inbox (
	update_id     INTEGER PRIMARY KEY,
	chat_id       INTEGER NOT NULL,
	control       INTEGER NOT NULL DEFAULT 0,
	payload       BLOB NOT NULL,
	limited       INTEGER NOT NULL DEFAULT 0,
	tell          INTEGER NOT NULL DEFAULT 0,
	command       INTEGER NOT NULL DEFAULT 0,
	wait_ms       INTEGER NOT NULL DEFAULT 0,
	state         INTEGER NOT NULL DEFAULT 0,
	attempts      INTEGER NOT NULL DEFAULT 0,
	claimed_by    TEXT NOT NULL DEFAULT '',
	claimed_until INTEGER NOT NULL DEFAULT 0,
	received_at   INTEGER NOT NULL,
	done_at       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX bot_inbox_open ON bot_inbox (chat_id, update_id) WHERE state < 2;
CREATE INDEX bot_inbox_done ON bot_inbox (done_at) WHERE state = 2;

-- Which replica works through a chat's updates, until when. The holder
-- renews it while it works; a holder that died loses it at expires_at, and
-- another replica takes the chat over.
CREATE TABLE bot_chat_claims (
	chat_id    INTEGER PRIMARY KEY,
	holder     TEXT NOT NULL,
	expires_at INTEGER NOT NULL
);

-- Budgets shared by replicas (PostgreSQL): a token bucket per kind
-- ('question', 'reply', 'digest') and id (user or chat). tokens is the
-- bucket as of at; warned: the owner was told to slow down since it last
-- emptied, so a flood gets one notice however many replicas it reaches.
CREATE TABLE bot_budgets (
	kind   TEXT NOT NULL,
	id     INTEGER NOT NULL,
	tokens REAL NOT NULL,
	at     INTEGER NOT NULL,
	warned INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (kind, id)
);
CREATE INDEX bot_budgets_at ON bot_budgets (kind, at);
