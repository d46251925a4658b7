package org.gongshang.member;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A notice staff send to members.
 *
 * @param audienceId the sector or station for those audiences
 * @param memberIds the members picked, for {@link NoticeAudience#LIST}
 * @param sharePath a page of the platform the members pass on to people around them (e.g. a
 *     deliberation to join), through a link of their own; null for none
 * @param bySms also by SMS, whatever channels the members chose
 */
public record NewMemberNotice(@Nullable Long committeeId, @Nullable String title, @Nullable String body,
        @Nullable NoticeAudience audience, @Nullable Long audienceId, List<Long> memberIds, @Nullable String sharePath, boolean bySms) {

    public NewMemberNotice {
        title = Texts.clean(title);
        body = Texts.clean(body);
        sharePath = Texts.clean(sharePath);
        memberIds = memberIds == null ? List.of() : memberIds.stream().distinct().toList();
    }
}
