/**
 * The Leicestershire Cares domain model and reference policy, free of any rules engine.
 *
 * <p>Start from {@link uk.co.leicestershirecares.core.participant.ParticipantRecord}: a
 * participant with their enrolments, attendances, placements and outcomes, the unit every policy
 * question is asked about. Plan years and financial quarters live in {@link
 * uk.co.leicestershirecares.core.policy}; the programme catalogue in {@link
 * uk.co.leicestershirecares.core.programme}.
 *
 * <p>Every value type is immutable, rejects {@code null}, and validates itself when built: bad
 * input raises {@link uk.co.leicestershirecares.core.InvalidRecordException}, which names the
 * field and the problem without echoing personal data.
 */
@CheckReturnValue
@NullMarked
package uk.co.leicestershirecares.core;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
