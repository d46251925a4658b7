-- Answers from paper questionnaires (纸质问卷), entered by staff on behalf of the respondent: the
-- channel, who entered them and when, and the sheet's number when the paper has one (a second
-- entry of the same sheet is refused through the respondent key, made from the number).
alter table followup_response
    add column channel      varchar(10) not null default 'ONLINE',
    add column entered_by   bigint,
    add column entered_at   timestamptz,
    add column sheet_number varchar(40),
    add constraint followup_response_channel check (
        (channel = 'ONLINE' and entered_by is null and entered_at is null and sheet_number is null)
        or (channel = 'PAPER' and entered_by is not null and entered_at is not null));

