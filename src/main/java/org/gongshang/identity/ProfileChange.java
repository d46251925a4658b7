package org.gongshang.identity;

import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.internal.AccountRecords;
import org.gongshang.identity.internal.AccountRepository;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The holder's own email (which enables the email channel) and residence. */
@Service
public class ProfileChange {

    private final AccountRepository accounts;
    private final AccountRecords records;
    private final AccountChecks checks;

    ProfileChange(AccountRepository accounts, AccountRecords records, AccountChecks checks) {
        this.accounts = accounts;
        this.records = records;
        this.checks = checks;
    }

    @Transactional
    public void update(long accountId, @Nullable String email, @Nullable String residenceRegionCode) {
        List<FieldProblem> problems = new ArrayList<>();
        String mail = Text.blankToNull(email);
        if (mail != null && !AccountChecks.isEmail(mail.strip())) {
            problems.add(new FieldProblem("email", "identity.email.invalid"));
        }
        String residence = Text.blankToNull(residenceRegionCode);
        if (residence != null) {
            checks.residence(residence, problems);
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        accounts.save(records.get(accountId).withProfile(mail == null ? null : mail.strip(), residence));
    }
}
