package de.iserlohn.digital.platform.casefile;

import java.util.List;

/** One page of search results and how many Vorgänge match in all. */
public record CaseSearchResult(List<VorgangSummary> items, long total, int page, int size) {

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
