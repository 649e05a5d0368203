/**
 * The testing kit: generators of valid and invalid participant records, as-of dates biased to
 * the policy's edges and AssertJ assertions on assessments, for property-based tests of code that
 * embeds Leicestershire Cares. Start from {@link uk.co.leicestershirecares.testing.CaresGenerators}.
 *
 * <p>QuickTheories is optional ({@code requires static}): a test module that uses {@link
 * uk.co.leicestershirecares.testing.quicktheories} requires it itself. Its jar names no module, so
 * its module name, {@code quicktheories}, comes from the jar's file name.
 */
@SuppressWarnings("requires-automatic")
module uk.co.leicestershirecares.testing {
  requires transitive uk.co.leicestershirecares.core;
  requires static com.google.errorprone.annotations;
  requires static org.jspecify;
  requires static quicktheories;
  // AssessmentAssert and DecisionAssert are AssertJ assertions: users need AssertJ's types too.
  requires transitive org.assertj.core;

  exports uk.co.leicestershirecares.testing;
  exports uk.co.leicestershirecares.testing.quicktheories;

  // PolicySoftAssertions has AssertJ generate subclasses of the assert classes in this package,
  // which on the module path needs private access to it.
  opens uk.co.leicestershirecares.testing to org.assertj.core;
}
