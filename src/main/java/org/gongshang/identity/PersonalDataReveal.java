package org.gongshang.identity;

import org.gongshang.identity.internal.AccountAggregate;
import org.gongshang.identity.internal.AccountRecords;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The full value of a personal field, for an admin with a stated reason; every view is audited. */
@Service
public class PersonalDataReveal {

    private final AccountRecords records;
    private final ApplicationEventPublisher events;

    PersonalDataReveal(AccountRecords records, ApplicationEventPublisher events) {
        this.records = records;
        this.events = events;
    }

    @Transactional
    public String reveal(long accountId, PersonalField field, String reason, Actor by) {
        if (!by.isAdmin()) {
            throw DomainException.forbidden("identity.reveal.admin-only");
        }
        if (reason == null || reason.strip().length() < 4 || reason.length() > 200) {
            throw DomainException.invalidField("reason", "identity.reveal.reason");
        }
        AccountAggregate row = records.get(accountId);
        byte[] value = field == PersonalField.ID_NUMBER ? row.idNumberCipher() : row.phoneCipher();
        if (value == null) {
            throw DomainException.notFound("identity.reveal.empty");
        }
        events.publishEvent(AuditRecord.of("identity.personal-data-viewed", by.accountId(), "account", accountId)
                .with("field", field).with("reason", reason.strip()));
        return records.decrypt(value);
    }
}
