package uk.co.leicestershirecares.json;

import com.google.common.collect.ImmutableList;
import uk.co.leicestershirecares.core.engagement.Session;
import uk.co.leicestershirecares.core.partner.Partner;

/**
 * A report data set read without its participant records ({@link
 * CaresJson#readDataSetOutline}): its sessions and partners, which are usually few, and how many
 * participant records it holds, which may be too many to keep. The records are read afterwards,
 * one at a time, with {@link CaresJson#streamDataSetParticipants}.
 *
 * @param sessions the sessions delivered, checked as a data set's are (ids unique)
 * @param partners the partners, checked as a data set's are (names unique)
 * @param participantCount how many elements the {@code participants} list holds; 0 without one
 */
public record DataSetOutline(
    ImmutableList<Session> sessions, ImmutableList<Partner> partners, int participantCount) {}
