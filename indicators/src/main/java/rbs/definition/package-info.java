/**
 * Reading a programme file (YAML) into the model, every problem located at the key or value the
 * user wrote.
 */
package rbs.definition;
