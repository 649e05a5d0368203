package uk.co.leicestershirecares.rules.facts;

import java.time.LocalDate;

/** The date a question is asked about: facts dated after it are not evidence. */
public final class AsOf {
  private final LocalDate date;

  /** Creates the fact for {@code date}. */
  public AsOf(LocalDate date) {
    this.date = date;
  }

  /** Returns the date asked about. */
  public LocalDate getDate() {
    return date;
  }
}
