package dev.parley.routing.sim;

/**
 * A point estimate with the half-width of its 95% confidence interval, computed from batch means.
 *
 * <p>Why batches: successive calls' waits are strongly correlated (at 92% load a queue that built
 * up takes tens of minutes to drain), so treating calls as independent would give an interval far
 * too narrow. Cutting one long run into batches much longer than that memory makes the batch means
 * nearly independent and normal, and Student's t over them is honest.
 *
 * <p>{@link #controlled} additionally uses control variates: per batch quantities whose mean is
 * known exactly from the inputs (here the number of calls that arrived and the handle time they
 * brought). A batch that happened to get more work than average has a lower service level; the
 * regression of the batch means on the controls' deviations from their known means removes that
 * part of the noise. The estimate is the regression's intercept, its variance the textbook OLS one
 * with {@code batches − 1 − controls} degrees of freedom (Lavenberg and Welch; exact when the batch
 * values are jointly normal).
 */
public record Estimate(double value, double halfWidth95) {

  /** Mean of {@code y} with a t interval over its values (half-width NaN with fewer than two). */
  static Estimate batchMeans(double[] y) {
    int n = y.length;
    double mean = 0;
    for (double v : y) {
      mean += v;
    }
    mean /= n;
    if (n < 2) {
      return new Estimate(mean, Double.NaN);
    }
    double ss = 0;
    for (double v : y) {
      ss += (v - mean) * (v - mean);
    }
    return new Estimate(mean, tQuantile975(n - 1) * Math.sqrt(ss / (n - 1) / n));
  }

  /**
   * The control-variate estimate of the mean of {@code y}: {@code x[j][b]} is control {@code j} in
   * batch {@code b}, {@code known[j]} its exact expectation. Needs more batches than controls plus
   * two. Value and half-width are NaN when the controls did not vary independently (a run so short
   * that no batch saw a call, say).
   */
  static Estimate controlled(double[] y, double[][] x, double[] known) {
    int n = y.length;
    int p = x.length + 1; // intercept + controls
    if (n < p + 2) {
      throw new IllegalArgumentException(n + " batches are too few for " + x.length + " controls");
    }
    // Design matrix columns: 1, x_j - known_j. Normal equations (D'D) c = D'y.
    double[][] d = new double[n][p];
    for (int b = 0; b < n; b++) {
      d[b][0] = 1;
      for (int j = 1; j < p; j++) {
        d[b][j] = x[j - 1][b] - known[j - 1];
      }
    }
    double[][] dtd = new double[p][p];
    double[] dty = new double[p];
    for (int b = 0; b < n; b++) {
      for (int i = 0; i < p; i++) {
        dty[i] += d[b][i] * y[b];
        for (int j = 0; j < p; j++) {
          dtd[i][j] += d[b][i] * d[b][j];
        }
      }
    }
    double[][] inv = invert(dtd);
    if (inv == null) {
      return new Estimate(Double.NaN, Double.NaN);
    }
    double[] coef = new double[p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        coef[i] += inv[i][j] * dty[j];
      }
    }
    double sse = 0;
    for (int b = 0; b < n; b++) {
      double fit = 0;
      for (int j = 0; j < p; j++) {
        fit += d[b][j] * coef[j];
      }
      sse += (y[b] - fit) * (y[b] - fit);
    }
    int df = n - p;
    double variance = sse / df * inv[0][0];
    return new Estimate(coef[0], tQuantile975(df) * Math.sqrt(variance));
  }

  /** Gauss–Jordan inverse with partial pivoting of a small matrix; null when it is singular. */
  private static double[][] invert(double[][] m) {
    int p = m.length;
    double[][] a = new double[p][2 * p];
    double scale = 0;
    for (int i = 0; i < p; i++) {
      scale = Math.max(scale, Math.abs(m[i][i]));
      System.arraycopy(m[i], 0, a[i], 0, p);
      a[i][p + i] = 1;
    }
    for (int col = 0; col < p; col++) {
      int pivot = col;
      for (int r = col + 1; r < p; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = a[col];
      a[col] = a[pivot];
      a[pivot] = tmp;
      double div = a[col][col];
      if (Math.abs(div) < 1e-12 * scale) {
        return null;
      }
      for (int j = 0; j < 2 * p; j++) {
        a[col][j] /= div;
      }
      for (int r = 0; r < p; r++) {
        if (r != col && a[r][col] != 0) {
          double f = a[r][col];
          for (int j = 0; j < 2 * p; j++) {
            a[r][j] -= f * a[col][j];
          }
        }
      }
    }
    double[][] inv = new double[p][p];
    for (int i = 0; i < p; i++) {
      System.arraycopy(a[i], p, inv[i], 0, p);
    }
    return inv;
  }

  /** Student's t 97.5% quantile; a table up to 30 degrees of freedom, 1.96 beyond. */
  static double tQuantile975(int df) {
    double[] t = {
      12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
      2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
      2.052, 2.048, 2.045, 2.042
    };
    if (df < 1) {
      throw new IllegalArgumentException("degrees of freedom must be positive, got " + df);
    }
    return df <= t.length ? t[df - 1] : 1.96;
  }
}
