package uk.co.leicestershirecares.rules.internal;

import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieRuntime;

/**
 * Counts the rule firings of one evaluation (or of each record of a batch, from {@link #start()})
 * and halts the session past the firing cap or the deadline. Per firing it costs a counter check
 * and two field writes; the clock is read only every 16 firings, to keep it cheap. Only folder
 * rules are guarded so (the shipped rules are capped by {@code fireAllRules(max)}). Halting stops the firing loop; it cannot stop a firing that never
 * returns, which is why folder rules run on a worker thread the caller can abandon.
 *
 * <p>One per evaluation or batch. The firing thread writes; another thread may read {@link
 * #deadline()} and {@link #firingRule()} and call {@link #halt()}.
 */
public final class LimitGuard extends DefaultAgendaEventListener {
  private static final int CLOCK_EVERY = 16;

  /** Why the session was halted. */
  public enum Stop {
    NONE,
    FIRINGS,
    TIME
  }

  private final int maxFirings;
  private final long budgetNanos;
  private volatile long deadline;
  private volatile @Nullable KieRuntime runtime; // null in a stateless session
  private volatile Stop stop = Stop.NONE;
  private volatile @Nullable String stoppedIn;
  private int fired;
  // Plain field: written per firing on the firing thread, read best-effort by a waiting caller.
  private @Nullable Rule firing;

  /** A guard allowing {@code maxFirings} firings and {@code budgetNanos} per evaluation. */
  public LimitGuard(int maxFirings, long budgetNanos) {
    this.maxFirings = maxFirings;
    this.budgetNanos = budgetNanos;
    this.deadline = System.nanoTime() + budgetNanos;
  }

  /** Starts an evaluation (or the next record of a batch) in {@code runtime}: a fresh count. */
  public void start(@Nullable KieRuntime runtime) {
    this.runtime = runtime;
    this.fired = 0;
    this.firing = null;
    this.deadline = System.nanoTime() + budgetNanos;
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    firing = event.getMatch().getRule();
    if (++fired > maxFirings) {
      stop(Stop.FIRINGS, event.getKieRuntime());
    } else if ((fired & (CLOCK_EVERY - 1)) == 0 && System.nanoTime() - deadline > 0) {
      stop(Stop.TIME, event.getKieRuntime());
    }
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    firing = null;
  }

  private void stop(Stop why, KieRuntime runtime) {
    if (stop == Stop.NONE) {
      stop = why;
      stoppedIn = firingRule();
    }
    runtime.halt();
  }

  /** Returns why the session was halted, {@code NONE} when it was not. */
  public Stop stopped() {
    return stop;
  }

  /** Returns the rule that was firing when the session was halted, or null. */
  public @Nullable String stoppedIn() {
    return stoppedIn;
  }

  /** Returns the name of the rule firing now, or null between firings. */
  public @Nullable String firingRule() {
    Rule rule = firing;
    return rule == null ? null : rule.getName();
  }

  /** Returns when the evaluation under way must be finished, in {@link System#nanoTime()}. */
  public long deadline() {
    return deadline;
  }

  /** Halts the session from another thread (the budget passed): the firing loop stops. */
  public void halt() {
    KieRuntime current = runtime;
    if (current != null) {
      if (stop == Stop.NONE) {
        stop = Stop.TIME;
        stoppedIn = firingRule();
      }
      current.halt();
    }
  }
}
