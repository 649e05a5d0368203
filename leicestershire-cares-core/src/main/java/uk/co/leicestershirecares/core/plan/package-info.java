/**
 * The charity's calendar and its annual plans: {@linkplain
 * uk.co.leicestershirecares.core.plan.PlanYear plan years} (the UK financial year, 1 April to 31
 * March, written {@code 2024/25}), their {@linkplain
 * uk.co.leicestershirecares.core.plan.FinancialQuarter quarters}, and the effective-dated
 * {@linkplain uk.co.leicestershirecares.core.plan.AnnualPlan annual plans} with their age bands
 * and priority groups.
 *
 * <p>Start from {@link uk.co.leicestershirecares.core.plan.PlanYear#containing(java.time.LocalDate)}
 * and {@link uk.co.leicestershirecares.core.plan.AnnualPlans#inForceOn(java.time.LocalDate)}.
 */
@CaresStyle
@CheckReturnValue
@NullMarked
package uk.co.leicestershirecares.core.plan;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import uk.co.leicestershirecares.core.internal.CaresStyle;
