package rbs.model;

/** What an indicator measures: a single aggregate, a share of two, or a rate per population. */
public sealed interface Measure permits Aggregate, Share, Rate {

  /** The indicator kind as written in the programme file: count, persons, sum, share or rate. */
  String kindName();
}
