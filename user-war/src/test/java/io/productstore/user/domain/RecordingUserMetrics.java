package io.productstore.user.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Business metrics as lists of what was counted, for tests to read. */
final class RecordingUserMetrics implements UserMetrics {

  int registrations;
  int hashes;
  final List<LoginOutcome> logins = new ArrayList<>();

  @Override
  public void registered() {
    registrations++;
  }

  @Override
  public void login(LoginOutcome outcome) {
    logins.add(outcome);
  }

  @Override
  public void refresh(boolean succeeded) {}

  @Override
  public <T> T timeHash(Supplier<T> hashing) {
    hashes++;
    return hashing.get();
  }
}
