package rbs.samples.attack;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Σ coefficient × variable + constant, over variables numbered from 0. */
record LinearForm(SortedMap<Integer, Double> coefficients, double constant) {

  LinearForm {
    coefficients = new TreeMap<>(coefficients);
    coefficients.values().removeIf(c -> c == 0);
  }

  /** Builds a form term by term. */
  static final class Builder {
    private final SortedMap<Integer, Double> coefficients = new TreeMap<>();
    private double constant;

    Builder add(int variable, double coefficient) {
      coefficients.merge(variable, coefficient, Double::sum);
      return this;
    }

    Builder add(double constant) {
      this.constant += constant;
      return this;
    }

    LinearForm build() {
      return new LinearForm(coefficients, constant);
    }
  }

  static LinearForm zero() {
    return new LinearForm(new TreeMap<>(), 0);
  }

  boolean isZero() {
    return coefficients.isEmpty() && constant == 0;
  }

  LinearForm plus(LinearForm o, double factor) {
    SortedMap<Integer, Double> c = new TreeMap<>(coefficients);
    o.coefficients.forEach((v, a) -> c.merge(v, factor * a, Double::sum));
    return new LinearForm(c, constant + factor * o.constant);
  }

  LinearForm times(double factor) {
    return zero().plus(this, factor);
  }

  double at(double[] x) {
    double sum = constant;
    for (Map.Entry<Integer, Double> e : coefficients.entrySet()) {
      sum += e.getValue() * x[e.getKey()];
    }
    return sum;
  }

  /** The same form over renumbered variables. */
  LinearForm renumbered(Map<Integer, Integer> numbers) {
    SortedMap<Integer, Double> c = new TreeMap<>();
    coefficients.forEach((v, a) -> c.put(numbers.get(v), a));
    return new LinearForm(c, constant);
  }
}
