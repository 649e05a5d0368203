package uk.co.leicestershirecares.core.participant;

import static uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators.gen;
import static uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators.randomOver;

import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.co.leicestershirecares.testing.CaresGenerators;
import uk.co.leicestershirecares.testing.RecordGenerator;
import uk.co.leicestershirecares.testing.InvalidInput;
import uk.co.leicestershirecares.testing.InvalidInputs;

/**
 * The names the participant tests use, as QuickTheories views of the testing kit's generators of
 * valid records ({@link CaresGenerators}) and invalid inputs ({@link InvalidInputs}). It generates
 * nothing itself.
 */
final class RecordGenerators {
  private RecordGenerators() {}

  /** Returns dates from {@code first} to {@code last}, both included. */
  static Gen<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    return gen(CaresGenerators.datesBetween(first, last));
  }

  /** Returns the kit's circumstances starting on or after {@code notBefore}. */
  static Gen<Circumstance> circumstances(LocalDate notBefore) {
    return gen(CaresGenerators.circumstances(notBefore));
  }

  /** Returns the kit's participants, seven in eight with a known date of birth. */
  static Gen<Participant> participants() {
    return gen(wide().participants());
  }

  /**
   * The kit's records with the wide spread of births these tests had before the kit (1950-2010),
   * rather than the kit's default of young people born 1995-2012.
   */
  private static RecordGenerator wide() {
    return CaresGenerators.records().bornBetween(EARLIEST_BIRTH, LATEST_BIRTH);
  }

  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1950, 1, 1);
  static final LocalDate LATEST_BIRTH = LocalDate.of(2010, 12, 31);

  /** Returns the kit's participants with a date of birth and at least one circumstance. */
  static Gen<Participant> participantsWithDateOfBirth() {
    return in -> {
      CircumstanceType type = Generate.enumValues(CircumstanceType.class).generate(in);
      return wide().withDateOfBirth().withCircumstance(type).participants()
          .next(randomOver(in));
    };
  }

  /** Returns the kit's valid records. */
  static Gen<ParticipantRecord> records() {
    return gen(wide()).describedAs(CaresGenerators::describe);
  }

  /** Returns the kit's valid records with a date of birth and at least one circumstance. */
  static Gen<ParticipantRecord> recordsWithDateOfBirth() {
    return in -> {
      CircumstanceType type = Generate.enumValues(CircumstanceType.class).generate(in);
      return wide().withDateOfBirth().withCircumstance(type)
          .next(randomOver(in));
    };
  }

  static Gen<InvalidInput> invalidInputs() {
    return gen(InvalidInputs.all());
  }

  static Gen<InvalidInput> enrolmentsEndingBeforeTheyStart() {
    return gen(InvalidInputs.enrolmentsEndingBeforeTheyStart());
  }

  static Gen<InvalidInput> circumstancesEndingBeforeTheyStart() {
    return gen(InvalidInputs.circumstancesEndingBeforeTheyStart());
  }

  static Gen<InvalidInput> placementsEndingBeforeTheyStart() {
    return gen(InvalidInputs.placementsEndingBeforeTheyStart());
  }

  static Gen<InvalidInput> mentoringMatchesEndingBeforeTheyStart() {
    return gen(InvalidInputs.mentoringMatchesEndingBeforeTheyStart());
  }

  static Gen<InvalidInput> outcomesEndingBeforeTheyStart() {
    return gen(InvalidInputs.outcomesEndingBeforeTheyStart());
  }

  static Gen<InvalidInput> recordsWithAFactBeforeBirth() {
    return gen(InvalidInputs.recordsWithAFactBeforeBirth());
  }

  static Gen<InvalidInput> datesOfBirthInTheFuture() {
    return gen(InvalidInputs.datesOfBirthInTheFuture());
  }

  static Gen<InvalidInput> datesOfBirthBefore1900() {
    return gen(InvalidInputs.datesOfBirthBefore1900());
  }

  static Gen<InvalidInput> negativeMoney() {
    return gen(InvalidInputs.negativeMoney());
  }

  static Gen<InvalidInput> malformedIds() {
    return gen(InvalidInputs.malformedIds());
  }

  static Gen<InvalidInput> malformedProgrammeCodes() {
    return gen(InvalidInputs.malformedProgrammeCodes());
  }

  static List<InvalidInput> requiredFieldLeftUnsetCases() {
    return InvalidInputs.requiredFieldLeftUnsetCases();
  }

  static List<InvalidInput> nullBuilderArgumentCases() {
    return InvalidInputs.nullBuilderArgumentCases();
  }

  static Gen<InvalidInput> fundingWithoutAmountOrAmountWithoutFunding() {
    return gen(InvalidInputs.fundingWithoutAmountOrAmountWithoutFunding());
  }

  static Gen<InvalidInput> trainingNotMatchingOutcomeType() {
    return gen(InvalidInputs.trainingNotMatchingOutcomeType());
  }

  static Gen<InvalidInput> duplicateOutcomeIds() {
    return gen(InvalidInputs.duplicateOutcomeIds());
  }
}
