package consumer;

import com.fasterxml.jackson.databind.Module;
import java.time.LocalDate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.assessment.Policy;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.rules.DroolsPolicy;

/** The README's web application: the Jackson module as a bean, one shared policy. */
@SpringBootApplication
@RestController
public class AssessmentApplication {

  private final Policy policy = DroolsPolicy.shipped();

  public static void main(String[] args) {
    SpringApplication.run(AssessmentApplication.class, args);
  }

  @Bean
  Module caresModule() {
    return CaresJson.module();
  }

  @PostMapping("/assessments")
  Assessment assess(@RequestBody ParticipantRecord record, @RequestParam String asOf) {
    return policy.assess(record, LocalDate.parse(asOf));
  }
}
