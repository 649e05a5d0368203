/**
 * A small REST service over Leicestershire Cares, the library as a Spring Boot application
 * embeds it. Start from {@link uk.co.leicestershirecares.examples.springboot.CaresService}: it
 * answers {@code POST /assessments} ({@link
 * uk.co.leicestershirecares.examples.springboot.AssessmentController}) and {@code GET
 * /reports/{programme}} ({@link uk.co.leicestershirecares.examples.springboot.ReportController})
 * with one shared policy ({@link uk.co.leicestershirecares.examples.springboot.SharedRules}),
 * whose version {@code /actuator/health} shows ({@link
 * uk.co.leicestershirecares.examples.springboot.RulesHealthIndicator}); bad input is an RFC 9457
 * problem-details answer that names where the problem is and repeats no participant data ({@link
 * uk.co.leicestershirecares.examples.springboot.BadInputAdvice}).
 */
package uk.co.leicestershirecares.examples.springboot;
