-- Attachments' bytes in the database instead of one node's data directory, so that every node
-- serves every attachment. Files stored before stay where they are and are still read from there.
create table consultation_attachment_content (
    storage_key varchar(80) primary key,
    content     bytea       not null
);

-- PDFs, Word files and pictures are compressed already.
alter table consultation_attachment_content alter column content set storage external;
