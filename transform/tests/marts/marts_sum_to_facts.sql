select * from (
-- Every mart sums to the fact (or core table) it is built from, and has one
-- row per key and body.
select 'participation_by_country_year.meetings' as mart,
    (select coalesce(sum(meetings), 0) from participation_by_country_year) as mart_total,
    (select count(*) from fact_participation) as fact_total
union all
select 'participation_by_country_year.attended',
    (select coalesce(sum(attended), 0) from participation_by_country_year),
    (select count(*) from fact_participation where attended)
union all
select 'agreements_by_action_year.agreements',
    (select coalesce(sum(agreements), 0) from agreements_by_action_year),
    (select count(*) from agreements as a join meetings as m on m.meeting_id = a.meeting_id and m.is_canonical)
union all
select 'mentions_by_organisation_year.agreements',
    (select coalesce(sum(agreements), 0) from mentions_by_organisation_year),
    (select count(*) from fact_mentions where entity_type = 'organisation')
union all
select 'commitments_by_responsible_year.made',
    (select coalesce(sum(made), 0) from commitments_by_responsible_year),
    (select count(*) from fact_commitments)
union all
select 'commitments_by_responsible_year.fulfilled+overdue+pending',
    (select coalesce(sum(fulfilled + overdue + pending), 0) from commitments_by_responsible_year),
    (select count(*) from fact_commitments)
union all
select 'follow_through_by_year.fulfilled',
    (select coalesce(sum(fulfilled), 0) from follow_through_by_year),
    (select count(*) from fact_commitments where status = 'fulfilled')
union all
select 'follow_through_by_year.overdue',
    (select coalesce(sum(overdue), 0) from follow_through_by_year),
    (select count(*) from fact_commitments where status = 'overdue')
union all
select 'follow_through_by_year.made',
    (select coalesce(sum(made), 0) from follow_through_by_year),
    (select count(*) from fact_commitments)
union all
select 'participation_by_country_year rows per key',
    (select count(*) from participation_by_country_year),
    (select count(*) from (select distinct country_iso3, year, body_id from participation_by_country_year))
union all
select 'commitments_by_responsible_year rows per key',
    (select count(*) from commitments_by_responsible_year),
    (select count(*) from (select distinct responsible_type, responsible_id, year, body_id
        from commitments_by_responsible_year))
) as checks
where mart_total <> fact_total
