package uk.co.leicestershirecares.core.participant;

/**
 * The kinds of circumstance the charity records, taken from the annual plans' priority groups and
 * the "power within" issues (housing, safety, money, health). Several are special-category or
 * criminal-offence data.
 */
public enum CircumstanceType {
  /** Has been in local-authority care (a care leaver or care experienced young person). */
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
  /** Has a criminal conviction. */
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
  DEBT
}
