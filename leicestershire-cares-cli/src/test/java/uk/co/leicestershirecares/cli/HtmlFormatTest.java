package uk.co.leicestershirecares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * {@code --format html}: {@code report} writes the page of the shipped Leaving Care data set of
 * Q1 2023/24 (the examples module's); {@code assess}, which has no page to write, refuses it.
 */
final class HtmlFormatTest {
  @TempDir Path dir;

  private String data() {
    return Files2.copy("leaving-care-2023-24-q1.json", dir).toString();
  }

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
  }

  private static List<String> texts(Document document, String... tags) {
    List<String> texts = new ArrayList<>();
    for (String tag : tags) {
      NodeList nodes = document.getElementsByTagName(tag);
      for (int i = 0; i < nodes.getLength(); i++) {
        texts.add(nodes.item(i).getTextContent());
      }
    }
    return texts;
  }

  @Test
  void reportWritesThePage_withEveryLineOfTheMarkdownReport() throws Exception {
    String data = data();
    Run html = Run.of("report", "--data", data, "--quarter", "2023/24-Q1",
        "--programme", "LEAVING_CARE", "--format", "html");
    Run markdown = Run.of("report", "--data", data, "--quarter", "2023/24-Q1",
        "--programme", "LEAVING_CARE");

    assertThat(html.exitCode).as(html.toString()).isZero();
    assertThat(markdown.exitCode).as(markdown.toString()).isZero();
    assertThat(html.out).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none"
            + "&#39;; style-src &#39;unsafe-inline&#39;; img-src data:\"/>")
        .doesNotContain("http://", "https://", "src=", "<script", "<link", "<img");
    Document page = parse(html.out);
    List<String> words = texts(page, "h1", "h2", "p", "li");
    for (String line : markdown.out.split("\n")) {
      if (!line.isEmpty()) {
        assertThat(words).contains(line.replaceFirst("^(# |## |- )", ""));
      }
    }
    assertThat(words).contains("We have worked with 28 young people who have been directly"
        + " referred to the project. In total we have had 527 attendances and delivered 92"
        + " sessions across 2023/24 Q1 (2023-04-01 to 2023-06-30).");
    assertThat(texts(page, "summary")).contains("Attendances: 527", "Sessions delivered: 92",
        "Participants employed: 3");
    NodeList charts = page.getElementsByTagName("svg");
    assertThat(charts.getLength()).isEqualTo(4)
        .isEqualTo(page.getElementsByTagName("table").getLength());
    for (int i = 0; i < charts.getLength(); i++) {
      assertThat(((Element) charts.item(i)).getAttribute("role")).isEqualTo("img");
    }
  }

  @Test
  void reportOverTwoQuartersShowsThemSideBySide() throws Exception {
    Run html = Run.of("report", "--data", data(), "--from", "2023-04-01", "--to", "2023-09-30",
        "--programme", "LEAVING_CARE", "--format", "HTML");

    assertThat(html.exitCode).as(html.toString()).isZero();
    assertThat(texts(parse(html.out), "figcaption")).contains("The quarters side by side");
  }

  @Test
  void assessRefusesHtml() {
    Path record = Files2.copy("record.json", dir);
    Run run = Run.of("assess", "--record", record.toString(), "--format", "html");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--format must be text or json, not html");
    assertThat(run.out).isEmpty();
  }
}
