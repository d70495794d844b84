package io.productstore.common.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Statement;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.productstore.common.faults.Fault;
import io.productstore.common.faults.FaultKind;
import io.productstore.common.faults.Faults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * What a repository needs of Cassandra: statements prepared once per CQL text on first use and kept
 * for the session's life, bound per call, executed on the service's one session, each timed as
 * {@code cassandra_statement_seconds{operation}} and traced as a CLIENT span named {@code cassandra
 * <operation>} (a child of the request's span). The operation is the statement's verb and table
 * ("select_products_by_id"): the CQL texts are constants of the code, so the label set is bounded
 * and never carries a value. A statement that fails is also counted as {@code
 * cassandra_statement_errors_total{operation, error}}. This is also the seam of the Cassandra
 * faults ({@code cassandra_slow}, {@code cassandra_fail}): their delay is timed like a slow node.
 */
@ApplicationScoped
public class Cql {

  private final ConcurrentMap<String, PreparedStatement> prepared = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, String> operations = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Boolean> idempotence = new ConcurrentHashMap<>();
  private Cassandra cassandra;
  private MetricRegistry metrics;
  private Tracer tracer;
  private Faults faults;

  protected Cql() {}

  @Inject
  public Cql(Cassandra cassandra, MetricRegistry metrics, Tracer tracer, Faults faults) {
    this.cassandra = cassandra;
    this.metrics = metrics;
    this.tracer = tracer;
    this.faults = faults;
  }

  /**
   * The prepared form of this CQL text, bound to these values, marked idempotent when it is ({@link
   * #isIdempotent}): the driver may then send it again to another coordinator, after the
   * speculative delay or when a node dies under it, and the first answer wins.
   */
  public BoundStatement bind(String cql, Object... values) {
    BoundStatement bound =
        prepared.computeIfAbsent(cql, text -> cassandra.session().prepare(text)).bind(values);
    return idempotence.computeIfAbsent(cql, Cql::isIdempotent) ? bound.setIdempotent(true) : bound;
  }

  private static final Pattern CONDITION = Pattern.compile("(?i)\\bIF\\b");
  private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(\\w+)\\s*=\\s*\\1\\s*[-+]");

  /**
   * Whether running this statement twice leaves what running it once does. Every value here is
   * bound by the code (no {@code now()}), and the driver gives both sends one write timestamp, so
   * reads and plain writes are; a lightweight transaction ({@code IF}) is not (the second send
   * would see the first's write and answer "not applied"), nor a counter or list change relative to
   * the current value ({@code x = x + ?}).
   */
  static boolean isIdempotent(String cql) {
    return !CONDITION.matcher(cql).find() && !RELATIVE.matcher(cql).find();
  }

  public ResultSet execute(String cql, Object... values) {
    return execute(bind(cql, values));
  }

  public ResultSet execute(Statement<?> statement) {
    Call call = new Call(statement);
    try (Scope scope = call.span.makeCurrent()) {
      injectFaults(call.operation);
      return call.session.execute(statement);
    } catch (RuntimeException e) {
      call.failed(e);
      throw e;
    } finally {
      call.end();
    }
  }

  /**
   * Sends the statement and returns at once, timed and traced like {@link #execute} until its
   * answer arrives: a caller that needs two reads sends both and waits once ({@link #await}).
   */
  public CompletionStage<AsyncResultSet> executeAsync(Statement<?> statement) {
    Call call = new Call(statement);
    try (Scope scope = call.span.makeCurrent()) {
      injectFaults(call.operation);
      return call.session
          .executeAsync(statement)
          .whenComplete(
              (rows, error) -> {
                if (error != null) {
                  call.failed(error);
                }
                call.end();
              });
    } catch (RuntimeException e) {
      call.failed(e);
      call.end();
      throw e;
    }
  }

  /**
   * The answer of an asynchronous call, its failure thrown as itself, as the blocking call would.
   */
  public static <T> T await(CompletionStage<T> answer) {
    try {
      return answer.toCompletableFuture().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** One statement's span and timer, from sending it to its answer. */
  private final class Call {
    final CqlSession session = cassandra.session();
    final String operation;
    final Span span;
    final long started = System.nanoTime();

    Call(Statement<?> statement) {
      operation = operation(statement);
      // Only inside a traced unit of work: the pollers' idle reads would otherwise each be a trace.
      span =
          !Span.current().getSpanContext().isValid()
              ? Span.getInvalid()
              : tracer
                  .spanBuilder("cassandra " + operation)
                  .setSpanKind(SpanKind.CLIENT)
                  .setAttribute("db.system", "cassandra")
                  .setAttribute("db.operation.name", operation)
                  .setAttribute(
                      "db.namespace", session.getKeyspace().map(Object::toString).orElse(""))
                  .startSpan();
    }

    void failed(Throwable error) {
      Throwable e = error instanceof CompletionException wrapped ? wrapped.getCause() : error;
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      metrics
          .counter(
              "cassandra_statement_errors",
              new Tag("operation", operation),
              new Tag("error", e.getClass().getSimpleName()))
          .inc();
    }

    void end() {
      span.end();
      timers
          .computeIfAbsent(
              operation, op -> metrics.timer("cassandra_statement", new Tag("operation", op)))
          .update(Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private void injectFaults(String operation) {
    faults.find(FaultKind.CASSANDRA_SLOW, operation).ifPresent(Fault::delay);
    if (faults.find(FaultKind.CASSANDRA_FAIL, operation).filter(Fault::strikes).isPresent()) {
      throw new DriverTimeoutException("Query timed out (injected fault on " + operation + ")");
    }
  }

  private String operation(Statement<?> statement) {
    // Parsed once per CQL text: splitting it on every call was 2.4% of a product read's CPU.
    return statement instanceof BoundStatement bound
        ? operations.computeIfAbsent(bound.getPreparedStatement().getQuery(), Cql::operation)
        : statement instanceof BatchStatement ? "batch" : "other";
  }

  /** "select_products_by_id" for "SELECT ... FROM products_by_id WHERE ...". */
  static String operation(String cql) {
    List<String> words = Arrays.asList(cql.strip().toLowerCase(Locale.ROOT).split("[\\s(]+"));
    String verb = words.get(0);
    int table =
        switch (verb) {
          case "update" -> 1;
          case "insert" -> 2;
          case "select", "delete" -> words.indexOf("from") + 1;
          default -> 0;
        };
    return table > 0 && table < words.size() ? verb + "_" + words.get(table) : "other";
  }
}
