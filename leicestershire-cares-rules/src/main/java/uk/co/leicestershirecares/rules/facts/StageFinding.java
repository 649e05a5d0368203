package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.stage.Stage;

/** One reason for the stage; every stage finding of one assessment names the same stage. */
public final class StageFinding {
  private final Stage stage;
  private final Reason reason;
  private final int order;

  /** Creates the finding; {@code order} sorts it among the stage's reasons. */
  public StageFinding(Stage stage, Reason reason, int order) {
    this.stage = stage;
    this.reason = reason;
    this.order = order;
  }

  /** Returns the stage. */
  public Stage getStage() {
    return stage;
  }

  /** Returns the reason. */
  public Reason getReason() {
    return reason;
  }

  /** Returns the sort order. */
  public int getOrder() {
    return order;
  }
}
