package org.gongshang.consultation;

import java.util.List;

/**
 * Suggestions for a consultation's roster from modules that know people in its places: the roster
 * page asks every bean implementing this. Implemented by modules above consultation (the member
 * module), so that consultation need not know them.
 */
public interface ParticipantSuggestions {

    /**
     * @param regionCodes the organiser's region and its partners'
     * @return people to suggest, in the order to show them
     */
    List<SuggestedParticipant> suggestFor(ConsultationKind kind, List<String> regionCodes);
}
