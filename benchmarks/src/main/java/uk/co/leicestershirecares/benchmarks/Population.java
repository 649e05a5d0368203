package uk.co.leicestershirecares.benchmarks;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.SplittableRandom;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.testing.CaresGenerators;
import uk.co.leicestershirecares.testing.Generator;

/**
 * A realistic mixed population for the benchmarks, the same for every run (fixed seed): most
 * young people aged 16 to 25 on the date asked about, some in crisis, some care experienced, some
 * with convictions or at risk of offending, some who finished UP, and a share of anything the
 * testing kit makes (unknown dates of birth, long histories). Every benchmark asks about {@link
 * #AS_OF}.
 */
public final class Population {
  /** The date every benchmark asks about: a day in 2026-27 Q3, under the 2024-25 plan. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  /** The seed of every population: runs compare like with like. */
  static final long SEED = 20261125L;

  private Population() {}

  /** Returns {@code size} records, the same ones for the same size. */
  public static ImmutableList<ParticipantRecord> of(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1, was " + size);
    }
    SplittableRandom random = new SplittableRandom(SEED);
    ImmutableList.Builder<ParticipantRecord> records = ImmutableList.builderWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      records.add(recipe(i).next(random));
    }
    return records.build();
  }

  /** One in ten of each kind, and four in ten young people of the programmes' ages. */
  private static Generator<ParticipantRecord> recipe(int index) {
    return switch (index % 10) {
      case 0 -> CaresGenerators.records().on(AS_OF).inCrisis();
      case 1 -> CaresGenerators.records().agedBetween(18, 25).on(AS_OF)
          .withCircumstance(CircumstanceType.CARE_EXPERIENCED);
      case 2 -> CaresGenerators.records().agedBetween(18, 25).on(AS_OF)
          .withCircumstance(CircumstanceType.CONVICTION);
      case 3 -> CaresGenerators.records().agedBetween(18, 25).on(AS_OF)
          .withCircumstance(CircumstanceType.AT_RISK_OF_OFFENDING);
      case 4 -> CaresGenerators.records().agedBetween(18, 25).on(AS_OF)
          .withCircumstance(CircumstanceType.CONVICTION).completed(ProgrammeCode.UP);
      case 5 -> CaresGenerators.records();
      default -> CaresGenerators.records().agedBetween(16, 25).on(AS_OF);
    };
  }
}
