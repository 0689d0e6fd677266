/**
 * Results of batch work over many rows, and the one problem type of the library.
 *
 * <p><b>Errors and problems.</b> Every entry point that takes many records (a list, an iterable,
 * arrays of columns, a file, a DataFrame) returns the results of the good records and one {@link
 * org.alliancekit.model.batch.Problem} for every bad record, with its location (its row index and
 * key, or its file, line and column) and its {@link org.alliancekit.model.batch.ProblemKind}. It
 * never stops at its first bad record and never drops one silently. A single-value API throws
 * {@code IllegalArgumentException} naming the field, the value and the rule instead, and so does a
 * batch call whose arguments are wrong as a whole (such as columns of different lengths). The same
 * problem, with the same kind, travels from the readers to the verbs, the report and Spark: a kind
 * is never translated into another.
 */
package org.alliancekit.model.batch;
