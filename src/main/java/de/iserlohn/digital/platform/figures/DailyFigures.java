package de.iserlohn.digital.platform.figures;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one day as they are collected: counts (and snapshot values) per figure and
 * dimension, and distributions (a count per whole-number bucket, e.g. lead time in hours).
 */
public final class DailyFigures {

  /** A figure and its dimension (a process key, an org unit, a channel; empty for none). */
  public record Key(String figure, String dimension) {
    public Key {
      dimension = dimension == null ? "" : dimension;
    }
  }

  private final Map<Key, Long> values = new HashMap<>();
  private final Map<Key, TreeMap<Integer, Long>> distributions = new HashMap<>();

  /** Adds to a count (a missing count is 0). */
  public void add(String figure, String dimension, long value) {
    values.merge(new Key(figure, dimension), value, Long::sum);
  }

  /** Counts one case in the bucket of a distribution. */
  public void observe(String figure, String dimension, int bucket) {
    distributions
        .computeIfAbsent(new Key(figure, dimension), k -> new TreeMap<>())
        .merge(bucket, 1L, Long::sum);
  }

  public Map<Key, Long> values() {
    return values;
  }

  public Map<Key, TreeMap<Integer, Long>> distributions() {
    return distributions;
  }

  public long value(String figure, String dimension) {
    return values.getOrDefault(new Key(figure, dimension), 0L);
  }
}
