package io.productstore.common.web;

import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;

/** An order's W3C traceparent, written when it is placed and linked from its later steps. */
public final class TraceLinks {

  private TraceLinks() {}

  /** "00-traceid-spanid-01", or null outside a trace. */
  public static String traceParent(SpanContext span) {
    return span.isValid() ? "00-" + span.getTraceId() + "-" + span.getSpanId() + "-01" : null;
  }

  /**
   * A new root span linked to the trace that placed the order (a background step is not part of the
   * checkout's request, but leads back to it); the checkout's trace id also as an attribute.
   */
  public static SpanBuilder linkedTo(SpanBuilder builder, String traceParent) {
    builder.setNoParent();
    if (traceParent == null) {
      return builder;
    }
    String[] parts = traceParent.split("-");
    if (parts.length != 4) {
      return builder;
    }
    SpanContext origin =
        SpanContext.createFromRemoteParent(
            parts[1], parts[2], TraceFlags.getSampled(), TraceState.getDefault());
    return origin.isValid()
        ? builder.addLink(origin).setAttribute("store.checkout_trace_id", parts[1])
        : builder;
  }
}
