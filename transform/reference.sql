-- Derived columns of the reference tables, run after they are loaded.
alter table bodies add column if not exists rcm boolean;
update bodies set rcm = org_id in (select org_id from organisations where kind = 'rcm_body');
-- Columns newer than some reference sets: the conference family of a body,
-- and whether an organisation alias matches beside words in capitals.
alter table bodies add column if not exists family varchar;
alter table organisation_aliases add column if not exists in_capitals varchar;
alter table organisation_aliases alter column in_capitals type boolean
    using coalesce(try_cast(in_capitals as boolean), true);
