/**
 * The domain model and the plain-Java reference policy: stages, programme eligibility and
 * progression, outcome classification and the analysts' policy tables. Start from {@link
 * uk.co.leicestershirecares.core.participant.ParticipantRecord} and {@link
 * uk.co.leicestershirecares.core.policy.ReferencePolicy#withDefaults()}.
 *
 * <p>Every package except {@code uk.co.leicestershirecares.core.internal} is exported (that one
 * only to the report module). Guava's
 * immutable collections appear in the API, so a module that reads this one reads Guava too; the
 * Immutables and Error Prone annotations on the API types are needed only at compile time.
 */
@SuppressWarnings("requires-automatic")
module uk.co.leicestershirecares.core {
  requires transitive com.google.common;
  // Class-retention annotations on the API types, never needed at run time. Error Prone's are a
  // compile dependency of every consumer (as they are Guava's), so they stay readable to them;
  // Immutables' (an automatic module, named in its manifest) are only needed to build core.
  requires static transitive com.google.errorprone.annotations;
  // JSpecify's @NullMarked and @Nullable say what may be null in the API: like Error Prone's, a
  // consumer's null checker reads them from our class files, and nothing needs them at run time.
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  // The generated Immutable* classes carry javax.annotation.processing.Generated (source
  // retention, from java.compiler) when the compiler has it.
  requires static java.compiler;

  exports uk.co.leicestershirecares.core;
  exports uk.co.leicestershirecares.core.assessment;
  exports uk.co.leicestershirecares.core.eligibility;
  exports uk.co.leicestershirecares.core.engagement;
  exports uk.co.leicestershirecares.core.outcome;
  exports uk.co.leicestershirecares.core.participant;
  exports uk.co.leicestershirecares.core.partner;
  exports uk.co.leicestershirecares.core.plan;
  exports uk.co.leicestershirecares.core.policy;
  exports uk.co.leicestershirecares.core.programme;
  exports uk.co.leicestershirecares.core.reason;
  exports uk.co.leicestershirecares.core.stage;
  exports uk.co.leicestershirecares.core.table;
  // The report module builds its values with core's Immutables style and checks.
  exports uk.co.leicestershirecares.core.internal to uk.co.leicestershirecares.report;
}
