package uk.co.leicestershirecares.core.table;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 cells, strict about quotes, so that no shifted cell goes unreported. */
final class Csv {
  private Csv() {}

  /** The rows' cells; each quoting mistake is added to {@code problems}. */
  static List<List<String>> parse(String file, String text, List<TableProblem> problems) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int column = 1;
    int i = 0;
    boolean rowStarted = false;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '"' && cell.length() == 0) {
        int startLine = line;
        int j = i + 1;
        boolean closed = false;
        while (j < text.length()) {
          char q = text.charAt(j);
          if (q == '"') {
            if (j + 1 < text.length() && text.charAt(j + 1) == '"') {
              cell.append('"');
              j += 2;
              continue;
            }
            closed = true;
            j++;
            break;
          }
          if (q == '\n') {
            line++;
          }
          cell.append(q);
          j++;
        }
        if (!closed) {
          problems.add(TableProblem.at(file, startLine, column,
              "this cell opens a quote that never closes"));
          i = text.length();
          break;
        }
        i = j;
        rowStarted = true;
        if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n'
            && text.charAt(i) != '\r') {
          problems.add(TableProblem.at(file, startLine, column,
              "text follows a closing quote: double a quote inside a quoted cell"));
          while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n'
              && text.charAt(i) != '\r') {
            i++;
          }
        }
        continue;
      }
      if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
        column++;
        rowStarted = true;
        i++;
        continue;
      }
      if (ch == '\r' || ch == '\n') {
        row.add(cell.toString());
        rows.add(row);
        row = new ArrayList<>();
        cell.setLength(0);
        column = 1;
        line++;
        rowStarted = false;
        i += ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        continue;
      }
      if (ch == '"') {
        problems.add(TableProblem.at(file, line, column, "a quote inside a cell that does not"
            + " start with one: quote the whole cell and double the quote"));
      }
      cell.append(ch);
      rowStarted = true;
      i++;
    }
    if (rowStarted || cell.length() > 0) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
