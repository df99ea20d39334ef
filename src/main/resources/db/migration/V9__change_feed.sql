-- The change feed (docs/design.md, "The change feed"): every revision gets a position once it has
-- committed, in an order no later commit can come before. Positions are given after commit by a
-- sequencer (changes/ChangeSequencer) that sees only committed revisions, one sequencer at a time
-- (an advisory lock), numbering them in revision id order. A revision's id is taken when Envers
-- writes it, at the end of its transaction after every row the transaction changes is written
-- and locked, so two writes of one row get ids, and positions, in the order they committed.
alter table revision add column position bigint;

create unique index revision_position_idx on revision (position);
create index revision_unsequenced_idx on revision (id) where position is null;

-- Revisions kept so far are committed: they are numbered now, in id order.
update revision
set position = numbered.position
from (select id, row_number() over (order by id) as position from revision) numbered
where numbered.id = revision.id;

-- The feed reads the versions a page of revisions wrote, in key order.
create index indicator_aud_rev_idx on indicator_aud (rev, code);
create index target_aud_rev_idx on target_aud (rev, id);
create index achievement_aud_rev_idx on achievement_aud (rev, id);
create index period_lock_aud_rev_idx on period_lock_aud (rev, id);
