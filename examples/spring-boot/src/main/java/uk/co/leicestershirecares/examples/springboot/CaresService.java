package uk.co.leicestershirecares.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The service's entry point: {@code java -jar leicestershire-cares-spring-boot-example.jar}, with
 * the settings of {@link CaresProperties} as {@code --cares.…} arguments or in {@code
 * application.properties}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaresService {
  /**
   * Starts the service.
   *
   * @param args Spring Boot's command-line arguments, such as {@code --server.port=8080}
   */
  public static void main(String[] args) {
    SpringApplication.run(CaresService.class, args);
  }
}
