package uk.co.leicestershirecares.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * What an embedder does with the shipped rules, run by {@link EmbedderClassPathTest} in a class
 * loader that holds only the rules module's required dependencies: an assessment on the
 * precompiled rules, then an attempt to load a rule folder.
 */
public final class EmbedderProbe implements Callable<String> {
  @Override
  public String call() throws Exception {
    ParticipantRecord record = ParticipantRecord.builder()
        .participant(Participant.builder()
            .id(ParticipantId.of("P-1"))
            .dateOfBirth(LocalDate.of(2005, 3, 4))
            .homeArea(HomeArea.LEICESTER_CITY)
            .addCircumstance(Circumstance.of(CircumstanceType.CONVICTION, LocalDate.of(2024, 1, 6)))
            .build())
        .build();
    String up = CaresRules.newBuilder().build().assess(record, LocalDate.of(2026, 11, 25))
        .decision(ProgrammeCode.UP).outcome().name();
    Path folder = ShippedRules.copyTablesTo(Files.createTempDirectory("embedder-rules"));
    return up + "\n" + CaresRules.newBuilder().load(folder).diagnostics();
  }
}
