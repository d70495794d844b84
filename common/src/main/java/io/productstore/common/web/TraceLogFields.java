package io.productstore.common.web;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Puts the request's trace and span id on every log line written while it runs: Liberty's JSON logs
 * show them as {@code ext_traceId} and {@code ext_spanId}, so a log line leads to its trace.
 */
@Provider
@Priority(Priorities.USER)
public class TraceLogFields implements ContainerRequestFilter, ContainerResponseFilter {

  static final String TRACE_ID = "traceId";
  static final String SPAN_ID = "spanId";

  @Override
  public void filter(ContainerRequestContext request) {
    label(Span.current().getSpanContext());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    clear();
  }

  /** Labels this thread's log lines with the span until {@link #clear()}. */
  public static void label(SpanContext span) {
    if (span.isValid()) {
      LogRecordContext.addExtension(TRACE_ID, span.getTraceId());
      LogRecordContext.addExtension(SPAN_ID, span.getSpanId());
    }
  }

  public static void clear() {
    LogRecordContext.removeExtension(TRACE_ID);
    LogRecordContext.removeExtension(SPAN_ID);
  }
}
