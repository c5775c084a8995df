-- Deletes every row of one document; ? is its document_id (= meeting_id,
-- and the prefix of its agreement and commitment ids).
delete from raw.raw_agreement_mentions where starts_with(agreement_id, ? || '-');
delete from raw.raw_agreement_actions where starts_with(agreement_id, ? || '-');
delete from raw.raw_commitments where meeting_id = ?;
delete from raw.raw_agreements where meeting_id = ?;
delete from raw.raw_participants where meeting_id = ?;
delete from raw.raw_meetings where document_id = ?;
delete from document_pages where document_id = ?;
delete from document_paths where document_id = ?;
delete from documents where document_id = ?;
