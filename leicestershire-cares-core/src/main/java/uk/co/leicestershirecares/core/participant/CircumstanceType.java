package uk.co.leicestershirecares.core.participant;

/**
 * The kinds of circumstance the charity records, taken from the annual plans' priority groups and
 * the "power within" issues (housing, safety, money, health). Several are special-category or
 * criminal-offence data.
 *
 * <p><b>Housing.</b> The model distinguishes five housing states. Two are crises in the shipped
 * crises table ({@code crises.drl.csv}): while one is active the stage is power within and the
 * employment pathway is on hold.
 *
 * <ul>
 *   <li>{@link #ROUGH_SLEEPING}: sleeping rough (a crisis);
 *   <li>{@link #HOMELESS}: no secured place to live, such as sofa surfing, staying with friends or
 *       about to lose a home (a crisis);
 *   <li>{@link #TEMPORARY_ACCOMMODATION}: a roof secured in temporary accommodation arranged
 *       because they were homeless, not yet a settled home (not a crisis);
 *   <li>{@link #SUPPORTED_ACCOMMODATION}: living in supported accommodation (not a crisis);
 *   <li>{@link #INSECURE_HOUSING}: housing that is insecure or inappropriate, short of
 *       homelessness (not a crisis).
 * </ul>
 *
 * <p>Accommodation that has been secured is not a crisis: Toiyan's employment was put on hold
 * while he was rough sleeping, and he "has since been offered accommodation and has settled in
 * well" (seed 000). Which circumstances are crises is the analysts' table, not this type: see
 * {@code docs/policy-decisions.md}, "Crises put the employment pathway on hold".
 *
 * <p><b>Mental health.</b> {@link #MENTAL_HEALTH_NEED} is a need worked on alongside the rest;
 * {@link #MENTAL_HEALTH_CRISIS} is an acute crisis. Neither is a crisis in the shipped table; an
 * analyst who adds the row {@code CRISIS.mental-health-crisis} makes an acute crisis hold
 * employment (decision "An acute mental-health crisis is a setting").
 *
 * <p>The constants' names are a contract of the JSON format: they never change.
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
  /**
   * Homeless with no secured place to live: sofa surfing, staying with friends, or about to lose
   * a home. Temporary or supported accommodation, once secured, is {@link
   * #TEMPORARY_ACCOMMODATION} or {@link #SUPPORTED_ACCOMMODATION} instead.
   */
  HOMELESS,
  /** Sleeping rough. */
  ROUGH_SLEEPING,
  /**
   * Living in temporary accommodation arranged because they were homeless: a roof secured, not
   * yet a settled home.
   */
  TEMPORARY_ACCOMMODATION,
  /** Living in supported accommodation (supported housing). */
  SUPPORTED_ACCOMMODATION,
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
  /** A mental-health need, worked on alongside the rest. */
  MENTAL_HEALTH_NEED,
  /** An acute mental-health crisis, as opposed to an ongoing {@link #MENTAL_HEALTH_NEED}. */
  MENTAL_HEALTH_CRISIS,
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
