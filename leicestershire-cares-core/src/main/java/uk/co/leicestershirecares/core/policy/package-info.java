/**
 * Time and parameters of the policy: {@linkplain
 * uk.co.leicestershirecares.core.policy.PlanYear plan years} (the UK financial year, 1 April to 31
 * March, written {@code 2024/25}), their {@linkplain
 * uk.co.leicestershirecares.core.policy.FinancialQuarter quarters}, the effective-dated {@linkplain
 * uk.co.leicestershirecares.core.policy.AnnualPlan annual plans}, and the named {@linkplain
 * uk.co.leicestershirecares.core.policy.PolicyParameters parameters} where the charity's texts
 * leave a rule open.
 *
 * <p>Start from {@link uk.co.leicestershirecares.core.policy.PolicyParameters#defaults()}; the
 * policy itself is in {@link uk.co.leicestershirecares.core.assessment}.
 */
@CaresStyle
@CheckReturnValue
package uk.co.leicestershirecares.core.policy;

import com.google.errorprone.annotations.CheckReturnValue;
import uk.co.leicestershirecares.core.internal.CaresStyle;
