package consumer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Over real HTTP: Spring binds a record from the body and writes the assessment. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentApplicationTest {

  private static final String RECORD = "{\"id\": \"P-0001\", \"dateOfBirth\": \"2006-03-04\","
      + " \"homeArea\": \"LEICESTER_CITY\","
      + " \"circumstances\": [{\"type\": \"CONVICTION\", \"from\": \"2025-01-06\"}],"
      + " \"enrolments\": [{\"programme\": \"UP\", \"status\": \"COMPLETED\","
      + " \"from\": \"2025-03-10\", \"to\": \"2025-09-30\"}]}";

  @Autowired private TestRestTemplate http;

  @Test
  void bindsARecordFromTheBodyAndAnswersWithItsAssessment() {
    ResponseEntity<String> answer = post(RECORD);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody())
        .contains("\"participant\"", "\"eligibility\"", "WIRE.progression-from-UP");
  }

  @Test
  void aRecordThatBreaksTheFormatIsABadRequestThatEchoesNoDateOfBirth() {
    ResponseEntity<String> answer =
        post(RECORD.replace("\"LEICESTER_CITY\"", "\"Leicester\""));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(answer.getBody())).doesNotContain("2006-03-04");
  }

  private ResponseEntity<String> post(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity(
        "/assessments?asOf=2026-11-25", new HttpEntity<>(body, headers), String.class);
  }
}
