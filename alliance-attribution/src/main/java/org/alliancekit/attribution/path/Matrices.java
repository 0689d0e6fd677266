package org.alliancekit.attribution.path;

/** Dense linear algebra for the small systems of the Markov model. */
final class Matrices {
  private Matrices() {}

  /**
   * The inverse of a square matrix, by Gauss-Jordan elimination with partial pivoting: {@code
   * O(m^3)} for an {@code m x m} matrix. The argument is left unchanged.
   *
   * @throws IllegalStateException if the matrix is singular
   */
  static double[][] invert(double[][] matrix) {
    int m = matrix.length;
    double[][] a = new double[m][];
    double[][] inverse = new double[m][m];
    for (int i = 0; i < m; i++) {
      a[i] = matrix[i].clone();
      inverse[i][i] = 1;
    }
    for (int column = 0; column < m; column++) {
      int pivot = column;
      for (int row = column + 1; row < m; row++) {
        if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) {
          pivot = row;
        }
      }
      if (a[pivot][column] == 0) {
        throw new IllegalStateException("matrix is singular at column " + column);
      }
      swap(a, pivot, column);
      swap(inverse, pivot, column);
      double scale = 1 / a[column][column];
      for (int j = 0; j < m; j++) {
        a[column][j] *= scale;
        inverse[column][j] *= scale;
      }
      for (int row = 0; row < m; row++) {
        double factor = a[row][column];
        if (row != column && factor != 0) {
          for (int j = 0; j < m; j++) {
            a[row][j] -= factor * a[column][j];
            inverse[row][j] -= factor * inverse[column][j];
          }
        }
      }
    }
    return inverse;
  }

  /** The product of a matrix and a vector. */
  static double[] times(double[][] matrix, double[] vector) {
    double[] result = new double[matrix.length];
    for (int i = 0; i < matrix.length; i++) {
      double sum = 0;
      for (int j = 0; j < vector.length; j++) {
        sum += matrix[i][j] * vector[j];
      }
      result[i] = sum;
    }
    return result;
  }

  private static void swap(double[][] rows, int i, int j) {
    double[] row = rows[i];
    rows[i] = rows[j];
    rows[j] = row;
  }
}
