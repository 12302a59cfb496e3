/**
 * What went wrong in the user's input and where: the one user-facing exception, {@link
 * rbs.InputException}, with the {@link rbs.Problem}s and {@link rbs.Location}s it carries.
 */
package rbs;
