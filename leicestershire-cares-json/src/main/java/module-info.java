/**
 * The documented JSON formats: participant records and report data sets in; records, data sets,
 * assessments and reports out. Start from {@link uk.co.leicestershirecares.json.CaresJson}.
 *
 * <p>{@link uk.co.leicestershirecares.json.CaresJacksonModule} is a Jackson module, so a module
 * that reads this one reads core and Jackson's databind too. The formats are written and read by
 * the module's own serializers: Jackson reflects on none of this module's or core's classes.
 */
module uk.co.leicestershirecares.json {
  requires transitive uk.co.leicestershirecares.core;
  requires transitive uk.co.leicestershirecares.report;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports uk.co.leicestershirecares.json;
}
