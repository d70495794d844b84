package io.productstore.ops;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** What the harness saw, in order, and the report a person opens. */
final class Timeline {

  private record Event(Instant at, String incident, String what) {}

  private final List<Event> events = new ArrayList<>();

  synchronized void note(String incident, String what) {
    Event event = new Event(Instant.now().truncatedTo(ChronoUnit.SECONDS), incident, what);
    events.add(event);
    System.out.println("[harness] " + event.at() + " " + incident + ": " + what);
  }

  static String table(List<Harness.Outcome> outcomes) {
    StringBuilder table =
        new StringBuilder(
            "| incident | alert | fired after | notified | resolved after | resolved notified | unexpected |\n"
                + "|---|---|---|---|---|---|---|\n");
    for (Harness.Outcome o : outcomes) {
      table
          .append("| ")
          .append(o.incident())
          .append(" | ")
          .append(o.alert())
          .append(" | ")
          .append(o.firedAfter() == null ? "**not fired**" : o.firedAfter() + " s")
          .append(" | ")
          .append(o.notified() ? "yes" : "**no**")
          .append(" | ")
          .append(o.resolvedAfter() == null ? "**not resolved**" : o.resolvedAfter() + " s")
          .append(" | ")
          .append(o.resolvedNotified() ? "yes" : "**no**")
          .append(" | ")
          .append(o.unexpected().isEmpty() ? "none" : "**" + o.unexpected() + "**")
          .append(" |\n");
    }
    return table.toString();
  }

  synchronized String text() {
    StringBuilder text = new StringBuilder("Timeline (" + LocalDate.now() + ")\n");
    events.forEach(
        e ->
            text.append(e.at())
                .append("  ")
                .append(e.incident())
                .append("  ")
                .append(e.what())
                .append('\n'));
    return text.toString();
  }

  synchronized String html(String table) {
    StringBuilder html =
        new StringBuilder(
            "<!doctype html><meta charset=utf-8><title>Incident harness "
                + LocalDate.now()
                + "</title><style>body{font-family:sans-serif;margin:2em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}"
                + ".FIRING{background:#fdd}.RESOLVED{background:#dfd}.bar{height:12px;background:#c33;display:inline-block}"
                + "</style><h1>Incident harness, "
                + LocalDate.now()
                + "</h1><h2>Alerts</h2><table>");
    for (String line : table.strip().split("\n")) {
      if (line.startsWith("|---")) {
        continue;
      }
      html.append("<tr>");
      for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
        html.append("<td>").append(escape(cell.strip().replace("**", ""))).append("</td>");
      }
      html.append("</tr>");
    }
    html.append(
        "</table><h2>Timeline</h2><table><tr><th>time</th><th>incident</th><th>event</th></tr>");
    for (Event e : events) {
      String css =
          e.what().startsWith("FIRING")
              ? "FIRING"
              : e.what().startsWith("RESOLVED") ? "RESOLVED" : "";
      html.append("<tr class=")
          .append(css)
          .append("><td>")
          .append(e.at())
          .append("</td><td>")
          .append(escape(e.incident()))
          .append("</td><td>")
          .append(escape(e.what()))
          .append("</td></tr>");
    }
    return html.append("</table>").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
