package uk.co.leicestershirecares.examples.springboot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.examples.springboot.AssessmentRequest.InvalidBodyException;
import uk.co.leicestershirecares.json.JsonFormatMappingException;

/**
 * Bad input as RFC 9457 problem details ({@code application/problem+json}, HTTP 400): {@code
 * detail} says what is wrong and {@code path} names the JSON path of the value in the body
 * ({@code $[3].dateOfBirth}, as the json module's messages do), or {@code parameter} the
 * request parameter ({@code asOf}, {@code quarter}, {@code programme}), or, for an argument the
 * library itself refuses, {@code field} the library's name for it.
 *
 * <p>No answer and no log line repeats the input. Jackson's and Spring's own messages quote the
 * offending value ({@code Cannot deserialize value of type LocalDate from String "…"}, {@code
 * Failed to convert 'asOf' with value: '…'}), and a value in a participant record may be a date
 * of birth or a circumstance: so a detail is the json module's message (written never to repeat
 * a date of birth, a circumstance or free text) or a fixed sentence with the path, and these
 * handlers log nothing. Extending {@link ResponseEntityExceptionHandler} makes Spring MVC's
 * other errors (an unsupported media type, a missing parameter) problem details too.
 */
@RestControllerAdvice
class BadInputAdvice extends ResponseEntityExceptionHandler {

  /** A body that does not follow the record format, or is not JSON at all. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    Throwable cause = ex.getCause();
    ProblemDetail problem;
    if (cause instanceof JsonFormatMappingException format) {
      problem = atPath(format.formatError().field(), format.formatError().getMessage());
    } else if (cause instanceof InvalidBodyException shape) {
      problem = atPath(shape.path(), shape.getOriginalMessage());
    } else if (cause instanceof StreamReadException syntax) {
      // Text that is not JSON outside any record (the records' own syntax errors are the json
      // module's): Jackson's message can quote a word of it, so only where it went wrong.
      JsonParser parser = syntax.getProcessor();
      String path = parser == null ? "$" : path(parser.getParsingContext());
      JsonLocation at = syntax.getLocation();
      problem = atPath(path, "the body is not well-formed JSON"
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    } else if (cause instanceof JsonMappingException mapping) {
      String path = path(mapping);
      problem = atPath(path, "the value at " + path + " is not in the participant record format");
    } else {
      problem = atPath("$", "the request has no body, or it could not be read; send a"
          + " participant record or a JSON list of them");
    }
    return ResponseEntity.badRequest().headers(headers).body(problem);
  }

  /** A parameter that does not convert, such as {@code asOf=25/11/2026}. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = ex instanceof MethodArgumentTypeMismatchException argument
        ? argument.getName() : String.valueOf(ex.getPropertyName());
    String detail = "asOf".equals(name)
        ? "asOf must be a date written yyyy-MM-dd, such as 2026-11-25"
        : name + " is not in the form this parameter takes";
    return ResponseEntity.badRequest().headers(headers).body(atParameter(name, detail));
  }

  /** A required parameter left out, such as {@code quarter}. */
  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    String name = ex.getParameterName();
    return ResponseEntity.badRequest().headers(headers)
        .body(atParameter(name, "the parameter " + name + " is required"));
  }

  /** An unknown programme or a malformed quarter. */
  @ExceptionHandler(BadParameterException.class)
  ProblemDetail badParameter(BadParameterException ex) {
    return atParameter(ex.parameter(), ex.getMessage());
  }

  /**
   * The library's refusal of an argument, such as an {@code asOf} outside the plan years it
   * represents: its message names the field and never repeats participant data.
   */
  @ExceptionHandler(InvalidRecordException.class)
  ProblemDetail invalidRecord(InvalidRecordException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        ex.getMessage());
    problem.setProperty("field", ex.field());
    return problem;
  }

  private static ProblemDetail atPath(String path, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setProperty("path", path);
    return problem;
  }

  private static ProblemDetail atParameter(String parameter, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setProperty("parameter", parameter);
    return problem;
  }

  /** {@code $[1].enrolments[0]} from Jackson's reference chain. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** {@code $[2]} from where a parser stopped. */
  private static String path(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      }
    }
    return "$" + String.join("", parts);
  }
}
