/**
 * Time as the charity plans and reports it: the {@linkplain
 * uk.co.leicestershirecares.core.policy.PlanYear plan year} (the UK financial year, 1 April to 31
 * March, written {@code 2024/25}) and its {@linkplain
 * uk.co.leicestershirecares.core.policy.FinancialQuarter quarters} (Q1 April–June to Q4
 * January–March).
 *
 * <p>Rules are effective-dated by plan year: start from {@link
 * uk.co.leicestershirecares.core.policy.PlanYear#containing(java.time.LocalDate)}.
 */
@CheckReturnValue
package uk.co.leicestershirecares.core.policy;

import com.google.errorprone.annotations.CheckReturnValue;
