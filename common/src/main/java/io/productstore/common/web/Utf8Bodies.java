package io.productstore.common.web;

import io.productstore.common.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A JSON body must be UTF-8 (RFC 8259); the JSON reader would replace every invalid byte with
 * U+FFFD and store a name the client never sent. Bodies are at most 1 MB (base.xml), so reading one
 * whole before the reader does costs little.
 */
@Provider
public class Utf8Bodies implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
      byte[] body = context.getInputStream().readAllBytes();
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(body));
      } catch (CharacterCodingException e) {
        throw ProblemException.badRequest("The request body is not valid UTF-8");
      }
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }
}
