package uk.co.leicestershirecares.examples.springboot;

import com.fasterxml.jackson.databind.Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.report.ReportDataSet;

/**
 * The service's beans: the Jackson module, the clock that says what "today" is, the shared
 * rules and the data set the reports count.
 */
@Configuration(proxyBeanMethods = false)
class CaresConfiguration {

  /**
   * The json module's Jackson module: Spring Boot registers every {@link Module} bean with the
   * mapper it makes, so request bodies bind to {@code ParticipantRecord} and an {@code
   * Assessment} or {@code QuarterlyReport} is written in the documented format (README: "JSON in
   * a web application").
   */
  @Bean
  Module caresModule() {
    return CaresJson.module();
  }

  /** Today is the charity's today, in the UK, whatever the server's time zone. */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/London"));
  }

  /** One policy for every request; Spring calls {@link SharedRules#close()} at shutdown. */
  @Bean
  SharedRules sharedRules(CaresProperties properties) {
    return SharedRules.open(properties);
  }

  /**
   * The data set the reports count, read once at start: a data set that does not follow the
   * format stops the start with the JSON path of the problem (never a participant's data).
   */
  @Bean
  ReportDataSet dataSet(CaresProperties properties, ResourceLoader resources) {
    Resource resource = resources.getResource(properties.dataSet());
    try (InputStream in = resource.getInputStream()) {
      return CaresJson.readDataSet(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cares.data-set " + properties.dataSet()
          + " could not be read", e);
    }
  }
}
