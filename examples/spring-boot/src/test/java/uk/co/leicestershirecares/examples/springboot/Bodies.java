package uk.co.leicestershirecares.examples.springboot;

/**
 * Request bodies the tests send: made-up records in the documented record format (no one's
 * data), and a marker that stands for personal data in bodies that break the format.
 */
final class Bodies {
  /**
   * Stands for a participant's data in bad input: no answer and no log line may contain it.
   * Neither a date nor a code, so every reader refuses a value holding it; and one word, since
   * Jackson quotes an unquoted token only up to the first character that cannot be in one (with
   * a hyphen in the marker, Spring's log line quoted {@code 'SECRET'} and slipped past).
   */
  static final String MARKER = "SECRET4711";

  /** A 20-year-old (on 2026-11-25) with a conviction who completed UP: WIRE by progression. */
  static final String UP_COMPLETER = """
      {"id": "P-0001", "dateOfBirth": "2006-03-04", "homeArea": "LEICESTER_CITY",
       "circumstances": [{"type": "CONVICTION", "from": "2025-01-06"}],
       "enrolments": [{"programme": "UP", "status": "COMPLETED",
                       "from": "2025-03-10", "to": "2025-09-30"}]}""";

  /** A care experienced 17-year-old (on 2026-11-25): Leaving Care, not yet UP. */
  static final String CARE_EXPERIENCED = """
      {"id": "P-0003", "dateOfBirth": "2009-03-04", "homeArea": "RUTLAND",
       "circumstances": [{"type": "CARE_EXPERIENCED", "from": "2015-01-01"}]}""";

  /** A 27-year-old (on 2026-11-25) with a conviction: over UP's shipped age band, 18–25. */
  static final String AGED_27 = """
      {"id": "P-0027", "dateOfBirth": "1999-06-01", "homeArea": "LEICESTERSHIRE",
       "circumstances": [{"type": "CONVICTION", "from": "2024-02-01"}]}""";

  private Bodies() {}
}
