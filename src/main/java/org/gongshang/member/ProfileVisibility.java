package org.gongshang.member;

/**
 * What a member lets the public see on their profile. The name shows whenever the profile is
 * public; phone and work unit never do.
 */
public record ProfileVisibility(boolean publicProfile, boolean sector, boolean station, boolean duties) {

    public static final ProfileVisibility ALL = new ProfileVisibility(true, true, true, true);
}
