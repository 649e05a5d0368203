/**
 * The policy's data as analysts' tables: Drools CSV decision tables ({@code *.drl.csv}) that the
 * rules module compiles into rules and the reference policy reads as rows, so both engines take
 * the policy's numbers and lists from one place.
 *
 * <p>Start from {@link uk.co.leicestershirecares.core.table.PolicyTables}, which names the tables
 * (eligibility, annual plans, crises, recent activity, outcomes), and each table's {@code
 * shipped()}. Every table is checked before either engine sees it
 * ({@link uk.co.leicestershirecares.core.table.DecisionTable}): a mistake is a {@link uk.co.leicestershirecares.core.table.TableProblem} at its file, row and
 * column, never a silently dropped row.
 */
@CheckReturnValue
@NullMarked
package uk.co.leicestershirecares.core.table;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
