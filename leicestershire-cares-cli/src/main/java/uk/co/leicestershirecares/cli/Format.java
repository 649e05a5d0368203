package uk.co.leicestershirecares.cli;

/** Output formats; a command lists the ones it accepts. */
enum Format {
  TEXT,
  JSON,
  MARKDOWN,
  CSV,
  /** One self-contained HTML page; only {@code report} writes it. */
  HTML
}
