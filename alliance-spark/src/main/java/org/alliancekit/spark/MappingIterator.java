package org.alliancekit.spark;

import java.util.Iterator;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/** Maps each row of a partition lazily, one at a time. */
final class MappingIterator implements Iterator<Row> {
  private final Iterator<Row> rows;
  private final Function<Row, Row> mapping;

  MappingIterator(Iterator<Row> rows, Function<Row, Row> mapping) {
    this.rows = rows;
    this.mapping = mapping;
  }

  @Override
  public boolean hasNext() {
    return rows.hasNext();
  }

  @Override
  public Row next() {
    return mapping.apply(rows.next());
  }
}
