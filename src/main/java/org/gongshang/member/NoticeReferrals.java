package org.gongshang.member;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.gongshang.identity.Accounts;
import org.gongshang.member.internal.NoticeStore;
import org.gongshang.member.internal.NoticeStore.Referral;
import org.gongshang.shared.Rows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members' shared links bring (the seed: members pass notices on to the people around them):
 * each browser that opens a member's link counts once; someone who then signs in counts as signed up
 * when their account is newer than the visit, and as taking part otherwise.
 */
@Service
public class NoticeReferrals {

    private final NoticeStore store;
    private final Accounts accounts;
    private final Clock clock;

    NoticeReferrals(NoticeStore store, Accounts accounts, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * A browser opened a member's link.
     *
     * @param visitor a random value the browser keeps, so that reloading counts once
     * @return where the link leads ({@code /} when the notice shares no page); empty for a code that is no one's
     */
    @Transactional
    public Optional<String> opened(String code, String visitor) {
        if (!isCode(code) || visitor.length() > 40) {
            return Optional.empty();
        }
        Optional<String> path = store.sharePathOf(code);
        path.ifPresent(found -> store.refer(code, Referral.OPENED, visitor, null, Rows.now(clock)));
        return path.map(found -> found.isEmpty() ? "/" : found);
    }

    /** Someone who came by the link is signed in now. */
    @Transactional
    public void arrived(String code, Instant openedAt, long accountId) {
        if (!isCode(code) || store.sharePathOf(code).isEmpty()) {
            return;
        }
        boolean newAccount = accounts.find(accountId).map(account -> !account.createdAt().isBefore(openedAt)).orElse(false);
        store.refer(code, newAccount ? Referral.SIGNED_UP : Referral.TOOK_PART, null, accountId, Rows.now(clock));
    }

    static boolean isCode(String code) {
        return code.matches("[a-z0-9]{10}");
    }
}
