package io.productstore.product.persistence;

import java.util.Map;
import java.util.UUID;

/**
 * The version of each category's listings, shared by every instance: any change to one of a
 * category's products moves it, so a listing cache re-reads a category only when it moved.
 */
public interface ListingVersions {

  /** The versions of the categories that ever changed, by category. */
  Map<String, UUID> all();

  /** Moves the category's version; called after the change is written. */
  void moved(String category);
}
