package org.gongshang.notification;

import java.util.List;

/**
 * A person's message settings as the preferences page shows them.
 *
 * @param language {@code zh} or {@code en}, the language messages are written in
 * @param languageChosen whether they chose it, rather than it following the site language they use
 * @param choices channels per kind of message people can choose for (not codes)
 * @param emailActive whether this installation sends email at all
 * @param hasPhone whether SMS can reach them
 * @param hasEmail whether email can reach them (an address in their profile)
 */
public record NotificationSettings(String language, boolean languageChosen, List<ChannelChoice> choices,
        boolean emailActive, boolean hasPhone, boolean hasEmail) {
}
