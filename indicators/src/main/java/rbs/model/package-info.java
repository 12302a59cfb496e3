/**
 * The programme and its results as immutable values (programme, target groups, goals, indicators
 * and their sealed {@link rbs.model.Measure}, units, periods, outcomes), using the JDK only.
 */
package rbs.model;
