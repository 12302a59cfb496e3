package rbs.source;

/** A cell that cannot be read as its column's type; the message is the reject reason. */
final class BadValue extends Exception {

  private static final long serialVersionUID = 1L;

  BadValue(String reason) {
    // no stack trace: rejects are expected and can be many
    super(reason, null, false, false);
  }
}
