package uk.co.leicestershirecares.core.participant;

/**
 * The kinds of circumstance the charity records, taken from the annual plans' priority groups and
 * the "power within" issues (housing, safety, money, health). Several are special-category or
 * criminal-offence data.
 *
 * <p>Most kinds are states that begin and end ({@link Circumstance#to()} is the last day one
 * held). Two are {@linkplain #isPartOfHistory() facts of a person's history} that never expire:
 * care experience and a conviction.
 *
 * @see "policy-decisions.md: Care experience and convictions do not expire"
 */
public enum CircumstanceType {
  /**
   * Has been in local-authority care (a care leaver or care experienced young person): part of
   * the person's history, so it holds on every day from its start; its end is the day they left
   * care.
   */
  CARE_EXPERIENCED,
  /** Not in education, employment or training. */
  NEET,
  /** Homeless, including temporary or supported accommodation arranged as homeless. */
  HOMELESS,
  /** Sleeping rough. */
  ROUGH_SLEEPING,
  /** Housing that is insecure or inappropriate, short of homelessness. */
  INSECURE_HOUSING,
  /** Special educational needs and disabilities. */
  SEND,
  /**
   * Has a criminal conviction: part of the person's history, so it holds on every day from its
   * start; its end is the day the sentence or order ended. A conviction that began before the
   * person's 18th birthday is youth-justice involvement too; one at 18 or later is the adult
   * system.
   */
  CONVICTION,
  /** At risk of offending. */
  AT_RISK_OF_OFFENDING,
  /** Involved with the youth justice system. */
  YOUTH_JUSTICE,
  /** A parent. */
  PARENT,
  /** In a dysfunctional or abusive relationship, including domestic abuse. */
  ABUSIVE_RELATIONSHIP,
  /** Drug or alcohol misuse, or another dependency. */
  SUBSTANCE_MISUSE,
  /** A mental-health need. */
  MENTAL_HEALTH_NEED,
  /** Debt or serious difficulty with money. */
  DEBT;

  /**
   * Returns whether this kind is a fact of a person's history rather than a state: once it has
   * begun it holds on every later day, and its recorded end only dates a change (leaving care,
   * the end of a sentence or order). {@code true} for {@link #CARE_EXPERIENCED} and {@link
   * #CONVICTION}.
   */
  public boolean isPartOfHistory() {
    return this == CARE_EXPERIENCED || this == CONVICTION;
  }
}
