/**
 * What a publication may show: the published levels, primary suppression of small counts, and
 * complementary suppression that keeps every withheld small count inside a range at least as wide
 * as the threshold over every relation a reader knows, across every publication of the programme.
 */
package rbs.disclosure;
