-- Deliveries and messages refer to published revisions of bcore's issues (V300).
alter table bulletin_message
    add constraint bulletin_message_revision_fk foreign key (issue_id, revision)
        references bulletin_issue_revision (issue_id, revision);
create index bulletin_message_revision_idx on bulletin_message (issue_id, revision);
alter table bulletin_delivery
    add constraint bulletin_delivery_revision_fk foreign key (issue_id, revision)
        references bulletin_issue_revision (issue_id, revision);
