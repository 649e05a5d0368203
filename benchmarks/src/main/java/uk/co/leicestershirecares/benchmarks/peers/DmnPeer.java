package uk.co.leicestershirecares.benchmarks.peers;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * The decisions as a DMN 1.3 model, {@code eligibility.dmn}: one decision table per programme,
 * evaluated together by the Apache KIE DMN engine for each record. The runtime is built once,
 * from the class path, without a KIE container ({@link DMNRuntimeBuilder}), as a user embedding
 * DMN in a service would build it.
 */
public final class DmnPeer implements DecisionPeer {
  /** The model's file, next to this class. */
  public static final String MODEL = "eligibility.dmn";

  private static final String NAMESPACE =
      "https://leicestershirecares.co.uk/benchmarks/peers/eligibility";

  private final DMNRuntime runtime;
  private final DMNModel model;
  private final RunningProgrammes running;

  private DmnPeer(DMNRuntime runtime, DMNModel model, ProgrammeCatalogue catalogue) {
    this.runtime = runtime;
    this.model = model;
    this.running = new RunningProgrammes(catalogue);
  }

  /**
   * Compiles the model.
   *
   * @param catalogue the programmes, for which of them run on the date asked about
   * @return the peer
   * @throws IllegalStateException if the model does not compile or has errors
   */
  public static DmnPeer create(ProgrammeCatalogue catalogue) {
    DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults()
        .buildConfiguration()
        .fromClasspathResource(MODEL, DmnPeer.class)
        .getOrElseThrow(e -> new IllegalStateException("cannot compile " + MODEL, e));
    DMNModel model = runtime.getModel(NAMESPACE, "eligibility");
    if (model == null) {
      throw new IllegalStateException(MODEL + " holds no model named eligibility");
    }
    if (model.hasErrors()) {
      throw new IllegalStateException(MODEL + " has errors: " + model.getMessages());
    }
    return new DmnPeer(runtime, model, catalogue);
  }

  @Override
  public List<EligibilityOutcome> decide(ParticipantRecord record, LocalDate asOf) {
    return decide(PeerInputs.of(record, asOf, running.on(asOf)));
  }

  /**
   * Evaluates the model's five decision tables for one record's inputs.
   *
   * @param inputs the record's inputs
   * @return one outcome per programme of {@link #PROGRAMMES}, in that order
   * @throws IllegalStateException if the engine reports an error or a table gives no answer
   */
  public List<EligibilityOutcome> decide(PeerInputs inputs) {
    DMNContext context = runtime.newContext();
    // FEEL numbers are BigDecimal; an unknown age is FEEL's null, which the tables test for.
    context.set("age", inputs.age().isPresent() ? BigDecimal.valueOf(inputs.age().getAsInt())
        : null);
    context.set("homeArea", inputs.homeArea().name());
    context.set("conviction", inputs.conviction());
    context.set("atRiskOfOffending", inputs.atRiskOfOffending());
    context.set("careExperienced", inputs.careExperienced());
    context.set("completedUp", inputs.completedUp());
    context.set("runningProgrammes", inputs.runningProgrammes());
    DMNResult result = runtime.evaluateAll(model, context);
    if (result.hasErrors()) {
      // The messages may quote the inputs, which are personal data: count them only.
      throw new IllegalStateException("the DMN engine reported " + result.getMessages().size()
          + " messages, with errors");
    }
    ImmutableList.Builder<EligibilityOutcome> outcomes =
        ImmutableList.builderWithExpectedSize(PROGRAMMES.size());
    for (ProgrammeCode programme : PROGRAMMES) {
      DMNDecisionResult decision = result.getDecisionResultByName(programme.value());
      if (decision == null || !(decision.getResult() instanceof String outcome)) {
        throw new IllegalStateException("the DMN model decided nothing for " + programme);
      }
      outcomes.add(EligibilityOutcome.valueOf(outcome));
    }
    return outcomes.build();
  }

  @Override
  public String name() {
    return "dmn";
  }

  @Override
  public String toString() {
    return "DmnPeer[" + MODEL + "]";
  }
}
