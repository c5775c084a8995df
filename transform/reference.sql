-- Derived columns of the reference tables, run after they are loaded.
alter table bodies add column if not exists rcm boolean;
update bodies set rcm = org_id in (select org_id from organisations where kind = 'rcm_body');
