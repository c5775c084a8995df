-- One row per document's meeting, with corrections applied, and the canonical
-- meeting among documents recording the same meeting (same body and start
-- date, or same start date and city when the body is unknown: a PDF may read
-- the city differently; text, DOCX and HTML preferred over PDF, then the
-- earliest ingested). A report with no title gets one from its body (or
-- meeting kind), city and month, e.g. Vice-Ministerial Meeting, Antigua, May 2002.
with corr as (
    select
        id as meeting_id,
        arg_max(value, line) filter (where column_name = 'body_id') as body_id,
        arg_max(value, line) filter (where column_name = 'body_en') as body_en,
        arg_max(value, line) filter (where column_name = 'body_as_written') as body_as_written,
        arg_max(value, line) filter (where column_name = 'title') as title,
        arg_max(value, line) filter (where column_name = 'start_date') as start_date,
        arg_max(value, line) filter (where column_name = 'end_date') as end_date,
        arg_max(value, line) filter (where column_name = 'city') as city,
        arg_max(value, line) filter (where column_name = 'country_iso3') as country_iso3,
        arg_max(value, line) filter (where column_name = 'language') as language
    from corrections
    where table_name = 'meetings'
    group by id
),

corrected as (
    select
        r.meeting_id,
        r.document_id,
        case when c.body_id is null then nullif(r.body_id, '') else nullif(c.body_id, '') end as body_id,
        case when c.body_en is null then nullif(r.body_en, '') else nullif(c.body_en, '') end as body_en,
        case when c.body_as_written is null then nullif(r.body_as_written, '')
            else nullif(c.body_as_written, '') end as body_as_written,
        case when c.title is null then nullif(r.title, '') else nullif(c.title, '') end as title,
        case when c.start_date is null then r.start_date
            else cast(nullif(c.start_date, '') as date) end as start_date,
        case when c.end_date is null then r.end_date else cast(nullif(c.end_date, '') as date) end as end_date,
        case when c.city is null then nullif(r.city, '') else nullif(c.city, '') end as city,
        case when c.country_iso3 is null then nullif(upper(r.country_iso3), '')
            else nullif(upper(c.country_iso3), '') end as country_iso3,
        case when c.language is null then nullif(r.language, '') else nullif(c.language, '') end as language,
        coalesce(r.uncertain, false) as uncertain,
        d.format,
        d.ingested_at,
        c.meeting_id is not null as corrected
    from raw_meetings as r
    left join documents as d using (document_id)
    left join corr as c using (meeting_id)
),

ranked as (
    select
        meeting_id,
        document_id,
        body_id,
        body_en,
        body_as_written,
        coalesce(title, concat_ws(', ', coalesce(body_en, body_as_written, 'Meeting'), city,
            strftime(start_date, '%B %Y'))) as title,
        start_date,
        end_date,
        city,
        country_iso3,
        language,
        cast(year(start_date) as integer) as year,
        case
            when start_date is null then meeting_id
            else first_value(meeting_id) over (
                partition by coalesce(body_id, '?' || lower(city)), start_date
                order by case when format in ('txt', 'docx', 'html') then 0 else 1 end, ingested_at, meeting_id
            )
        end as canonical_meeting_id,
        format,
        uncertain,
        corrected
    from corrected
),

final as (
    select
        *,
        meeting_id = canonical_meeting_id as is_canonical
    from ranked
)

select * from final
