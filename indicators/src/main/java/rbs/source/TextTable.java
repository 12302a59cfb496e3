package rbs.source;

import java.io.IOException;

/** A text extract read as a table, which also hashes its bytes for the manifest. */
interface TextTable extends Table {

  /** The SHA-256 of the whole file (the rest of it is read for this). */
  String sha256() throws IOException;
}
